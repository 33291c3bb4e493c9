import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { registerHandlers } from '../../utils/background/handlers';
import { serially } from '../../utils/background/queue';
import { watchSync } from '../../utils/background/sync';
import { defaultSettings, type Settings } from '../../utils/settings/schema';
import { loadSettings, saveSettings } from '../../utils/settings/store';
import {
  chooseSync,
  saveAndShare,
  takeSyncedSettings,
  type StoreSynced,
} from '../../utils/settings/sync';
import { SYNC_CHOICE } from '../../utils/storage/local';
import {
  readSyncCopy,
  splitForQuota,
  SYNC_ITEM_BYTES,
  writeSyncCopy,
} from '../../utils/storage/sync';
import { deliver } from './helpers/messages';
import { clearStore } from './helpers/store';

// What syncing changes in stored settings is under test, not the features a change reconciles.
vi.mock('../../utils/background/features', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  FEATURES: [],
}));

const bytes = (text: string) => new TextEncoder().encode(text).length;
const synced = () => fakeBrowser.storage.sync.get(null);
const settled = () => serially(async () => undefined);
/** Stores a synced copy as it comes: the night's rule is tested in night-changes.test.ts. */
const storeAsIs: StoreSynced = (copy, savedAt) => saveSettings(copy, savedAt);

const sam = { name: 'Sam', phone: '+1 555 0100', url: '' };
const here: Settings = { ...defaultSettings(), clockHiding: false, contacts: [sam] };
const there: Settings = {
  ...defaultSettings(),
  effects: { dim: 60, warmth: 20, grayscale: 10 },
  contacts: [{ name: 'Dr. Lee', phone: '+1 555 0199', url: '' }],
};

beforeEach(clearStore);
afterEach(() => vi.restoreAllMocks());

describe('the synced copy and the 8 KB per item quota', () => {
  it('a copy far over one item is split into parts that each fit, and reads back whole', async () => {
    // 500 long sites, quotes and characters of several bytes: about 60 KB of JSON.
    const sites = Array.from({ length: 500 }, (_, n) => `site-${n}-${'ü"é'.repeat(30)}.example`);
    const big = { savedAt: 7, settings: { ...here, blocking: { ...here.blocking, sites } } };
    await writeSyncCopy(big);
    const items = Object.entries(await synced());
    expect(items.length).toBeGreaterThan(8);
    for (const [key, value] of items) {
      expect(bytes(key) + bytes(JSON.stringify(value)), key).toBeLessThanOrEqual(SYNC_ITEM_BYTES);
    }
    expect(await readSyncCopy()).toEqual(big);

    // A shorter copy afterwards leaves no parts of the longer one behind.
    await writeSyncCopy({ savedAt: 8, settings: here });
    expect(Object.keys(await synced())).toHaveLength(2);
    expect(await readSyncCopy()).toEqual({ savedAt: 8, settings: here });
  });

  it('never splits a character, and every part but the last is full', () => {
    const text = '😀'.repeat(5000);
    const parts = splitForQuota(text, 1000);
    expect(parts.join('')).toBe(text);
    expect(parts.every((part) => !/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(part))).toBe(true);
    for (const part of parts.slice(0, -1)) expect(bytes(JSON.stringify(part))).toBeGreaterThan(995);
  });
});

describe('settings from another browser', () => {
  it('last saved wins, by the stamp each copy carries', async () => {
    await saveSettings(here, 100);
    await writeSyncCopy({ savedAt: 200, settings: there });
    expect(await takeSyncedSettings(storeAsIs, Date.now())).toBe(true);
    expect((await loadSettings()).settings).toEqual({ ...there, contacts: [sam] });

    const older = { ...defaultSettings(), clockHiding: false };
    await writeSyncCopy({ savedAt: 150, settings: older });
    expect(await takeSyncedSettings(storeAsIs, Date.now())).toBe(false);
    expect((await loadSettings()).settings.effects).toEqual(there.effects);
  });

  it('a synced copy that does not parse is ignored, whatever its stamp', async () => {
    await saveSettings(here, 100);
    for (const copy of [
      { savedAt: 900, settings: { ...there, schedule: 'tonight please' } },
      { savedAt: 900, settings: { ...there, version: 99 } },
      { savedAt: 900, settings: 'garbage' },
      'garbage',
    ]) {
      await writeSyncCopy(copy);
      expect(await takeSyncedSettings(storeAsIs, Date.now()), JSON.stringify(copy)).toBe(false);
      expect((await loadSettings()).settings).toEqual(here);
    }
    // Parts that do not join into JSON are ignored too.
    await fakeBrowser.storage.sync.set({ settingsCopy: { parts: 2 }, settingsCopy0: '{"sav' });
    expect(await takeSyncedSettings(storeAsIs, Date.now())).toBe(false);
    expect((await loadSettings()).settings).toEqual(here);
  });

  it('a new browser with nothing saved takes the synced settings; one that does not sync does not', async () => {
    await writeSyncCopy({ savedAt: 5, settings: there });
    await SYNC_CHOICE.set({ settings: false, contacts: false });
    expect(await takeSyncedSettings(storeAsIs, Date.now())).toBe(false);
    expect((await loadSettings()).settings).toEqual(defaultSettings());
    await SYNC_CHOICE.set({ settings: true, contacts: false });
    expect(await takeSyncedSettings(storeAsIs, Date.now())).toBe(true);
    expect((await loadSettings()).settings).toEqual({ ...there, contacts: [] });
  });
});

describe('contacts stay on this browser unless the user ticks the second box', () => {
  it('are left out of the synced copy, and kept here when a copy comes in', async () => {
    await saveAndShare(here, 100);
    const copy = (await readSyncCopy()) as { settings: Partial<Settings> };
    expect(copy.settings).not.toHaveProperty('contacts');
    expect(JSON.stringify(await synced())).not.toContain('555');

    // Another browser that shares its contacts: this one still keeps its own.
    await writeSyncCopy({ savedAt: 200, settings: there });
    expect(await takeSyncedSettings(storeAsIs, Date.now())).toBe(true);
    expect((await loadSettings()).settings.contacts).toEqual([sam]);
  });

  it('travel both ways once ticked, and leave sync again when unticked', async () => {
    await saveSettings(here, 100);
    await chooseSync({ settings: true, contacts: true }, 300, storeAsIs);
    expect(((await readSyncCopy()) as { settings: Settings }).settings.contacts).toEqual([sam]);

    await writeSyncCopy({ savedAt: 400, settings: there });
    expect(await takeSyncedSettings(storeAsIs, Date.now())).toBe(true);
    expect((await loadSettings()).settings.contacts).toEqual(there.contacts);

    await chooseSync({ settings: true, contacts: false }, 500, storeAsIs);
    expect(JSON.stringify(await synced())).not.toContain('555');
  });

  it('turning sync off stops both ways', async () => {
    await chooseSync({ settings: false, contacts: false }, 100, storeAsIs);
    await saveAndShare(here, 200);
    expect(await synced()).toEqual({});
  });
});

describe('the background and the browser sync', () => {
  let unregister: () => void;
  beforeEach(() => {
    unregister = registerHandlers();
    watchSync();
  });
  afterEach(() => unregister());

  it('a change from another browser is applied in the queue', async () => {
    await saveSettings(here, Date.now() - 60_000);
    await writeSyncCopy({ savedAt: Date.now(), settings: there });
    await settled();
    expect((await loadSettings()).settings).toEqual({ ...there, contacts: [sam] });
  });

  it('the echo of our own write changes nothing and writes nothing again', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const saved = await deliver('saveSettings', here);
    expect(saved.res).toMatchObject({ ok: true });
    await settled();
    await settled();
    expect(set).toHaveBeenCalledTimes(1);
    expect((await loadSettings()).settings).toEqual(here);
  });

  it('the settings page stores the choice, refusing anything but two true/false answers', async () => {
    expect((await deliver('setSyncChoice', { settings: true, contacts: 'yes' })).res).toEqual({
      settings: true,
      contacts: false,
    });
    expect((await deliver('setSyncChoice', { settings: false, contacts: false })).res).toEqual({
      settings: false,
      contacts: false,
    });
    expect(await SYNC_CHOICE.get()).toEqual({ settings: false, contacts: false });
  });
});
