import { beforeEach, describe, expect, it } from 'vitest';
import {
  clearBackup,
  clearRestored,
  loadBackup,
  loadSettings,
  saveSettings,
} from '../../utils/settings/store';
import { SETTINGS_MIRROR } from '../../utils/storage/local';
import { defaultSettings } from '../../utils/settings/schema';
import v1 from '../fixtures/settings-v1.json';
import { clearStore, readRaw, writeRaw } from './helpers/store';
import { settingsWith } from '../helpers/settings';

beforeEach(clearStore);

describe('settings store', () => {
  it('a new install loads the defaults, with nothing to recover', async () => {
    expect(await loadSettings()).toEqual({
      settings: defaultSettings(),
      recovered: false,
      restored: false,
    });
  });

  it('keeps what was saved', async () => {
    const settings = settingsWith({ clockHiding: false });
    await saveSettings(settings, Date.now());
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
    expect(await loadSettings()).toEqual({
      settings: defaultSettings(),
      recovered: true,
      restored: false,
    });
    expect(await readRaw('settings')).toEqual(broken);
    expect(JSON.parse((await loadBackup())!)).toEqual([broken]);
  });

  it('the backup outlives a new save, until the user clears it', async () => {
    await writeRaw('settings', 'garbage');
    await loadSettings();
    await saveSettings(defaultSettings(), Date.now());
    expect(await loadSettings()).toEqual({
      settings: defaultSettings(),
      recovered: true,
      restored: false,
    });
    await clearBackup();
    expect(await loadSettings()).toEqual({
      settings: defaultSettings(),
      recovered: false,
      restored: false,
    });
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

describe('settings lost with the database', () => {
  const mine = { ...defaultSettings(), clockHiding: false, neverTouch: ['docs.example.org'] };

  it('come back from their mirror instead of the defaults, and the user is told', async () => {
    await saveSettings(mine, 1_000);
    await clearStore();
    expect(await loadSettings()).toEqual({ settings: mine, recovered: false, restored: true });
    // Put back in the database, so the next loss is covered too; told until dismissed.
    expect(await readRaw('settings')).toEqual(mine);
    expect((await loadSettings()).restored).toBe(true);
    await clearRestored();
    expect(await loadSettings()).toEqual({ settings: mine, recovered: false, restored: false });
  });

  it('settings saved before the mirror existed get one when loaded', async () => {
    await writeRaw('settings', v1);
    const { settings } = await loadSettings();
    await clearStore();
    expect(await loadSettings()).toEqual({ settings, recovered: false, restored: true });
  });

  it('a mirror that does not parse is set aside and never applied', async () => {
    const broken = { savedAt: 5, settings: { version: 2, schedule: 'tonight please' } };
    await SETTINGS_MIRROR.set(broken as never);
    expect(await loadSettings()).toEqual({
      settings: defaultSettings(),
      recovered: true,
      restored: false,
    });
    expect(await readRaw('settings')).toBeUndefined();
    expect(JSON.parse((await loadBackup())!)).toEqual([broken]);
  });
});
