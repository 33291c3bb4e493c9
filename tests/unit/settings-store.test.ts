import { beforeEach, describe, expect, it } from 'vitest';
import { clearBackup, loadBackup, loadSettings, saveSettings } from '../../utils/settings/store';
import { defaultSettings } from '../../utils/settings/schema';
import v1 from '../fixtures/settings-v1.json';
import { clearStore, readRaw, writeRaw } from './helpers/store';
import { settingsWith } from '../helpers/settings';

beforeEach(clearStore);

describe('settings store', () => {
  it('a new install loads the defaults, with nothing to recover', async () => {
    expect(await loadSettings()).toEqual({ settings: defaultSettings(), recovered: false });
  });

  it('keeps what was saved', async () => {
    const settings = settingsWith({ clockHiding: false });
    await saveSettings(settings);
    expect((await loadSettings()).settings).toEqual(settings);
  });

  it('migrates an older stored shape and stores the migrated one', async () => {
    await writeRaw('settings', v1);
    const { settings, recovered } = await loadSettings();
    expect(recovered).toBe(false);
    expect(settings.effects.grayscale).toBe(60);
    expect(await readRaw('settings')).toEqual(settings);
  });

  it('sets an unreadable value aside, uses the defaults, and never overwrites it', async () => {
    const broken = { version: 2, schedule: 'tonight please' };
    await writeRaw('settings', broken);
    expect(await loadSettings()).toEqual({ settings: defaultSettings(), recovered: true });
    expect(await readRaw('settings')).toEqual(broken);
    expect(JSON.parse((await loadBackup())!)).toEqual([broken]);
  });

  it('the backup outlives a new save, until the user clears it', async () => {
    await writeRaw('settings', 'garbage');
    await loadSettings();
    await saveSettings(defaultSettings());
    expect(await loadSettings()).toEqual({ settings: defaultSettings(), recovered: true });
    await clearBackup();
    expect(await loadSettings()).toEqual({ settings: defaultSettings(), recovered: false });
    expect(await loadBackup()).toBeUndefined();
  });

  it('keeps every distinct unreadable value, each once', async () => {
    await writeRaw('settings', 'first');
    await loadSettings();
    await loadSettings();
    await writeRaw('settings', 'second');
    await loadSettings();
    expect(JSON.parse((await loadBackup())!)).toEqual(['first', 'second']);
  });
});
