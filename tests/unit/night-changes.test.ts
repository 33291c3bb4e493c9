import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerHandlers } from '../../utils/background/handlers';
import { DB_KEYS } from '../../utils/storage/db';
import { reconcile } from '../../utils/background/reconcile';
import type { SaveResult } from '../../utils/protocol';
import { defaultSettings, type Settings } from '../../utils/settings/schema';
import { loadSettings } from '../../utils/settings/store';
import { pauseSite } from '../../utils/background/pause-site';
import { takeSynced } from '../../utils/background/sync';
import { blockingPlan, isBlocked } from '../../utils/blocking/plan';
import { writeSyncCopy } from '../../utils/storage/sync';
import { deliver } from './helpers/messages';
import { clearStore, readRaw } from './helpers/store';
import { inTimeZone, local } from './helpers/time';

inTimeZone('Europe/London');
let unregister: () => void;
beforeEach(async () => {
  await clearStore();
  unregister = registerHandlers();
  vi.useFakeTimers({ toFake: ['Date'] });
  // The fake browser lacks scripting and DNR; what these tests watch is the stored settings.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  unregister();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A plan made by day: two listed sites, 22:00–07:00 every night. */
function plan(patch: Partial<Settings> = {}): Settings {
  const base = defaultSettings();
  return {
    ...base,
    blocking: { ...base.blocking, sites: ['youtube.com', 'reddit.com'] },
    ...patch,
  };
}
const withSites = (settings: Settings, sites: string[]): Settings => ({
  ...settings,
  blocking: { ...settings.blocking, sites },
});

async function save(settings: Settings) {
  const { res } = await deliver('saveSettings', settings);
  expect(res?.ok).toBe(true);
  return res as Extract<SaveResult, { ok: true }>;
}
const sites = async () => (await loadSettings()).settings.blocking.sites;

async function planByDay(patch: Partial<Settings> = {}) {
  vi.setSystemTime(local('2026-11-27 12:00'));
  await save(plan(patch));
  vi.setSystemTime(local('2026-11-27 23:00'));
}

describe('at night, loosening waits for a breathing pause (the default)', () => {
  it('removing a site keeps it listed until the whole pause has passed, by the background clock', async () => {
    await planByDay();
    const answer = await save(withSites(plan(), ['reddit.com']));
    expect(answer.breath).toEqual({ token: expect.any(String), seconds: 30 });
    expect(await sites()).toEqual(['youtube.com', 'reddit.com']);
    expect(answer.status.waiting?.blocking.sites).toEqual(['reddit.com']);

    vi.setSystemTime(local('2026-11-27 23:00') + 29_000);
    expect((await deliver('finishBreath', answer.breath!.token)).res?.done).toBe(false);
    expect((await deliver('finishBreath', 'a guessed token')).res?.done).toBe(false);
    expect(await sites()).toEqual(['youtube.com', 'reddit.com']);

    vi.setSystemTime(local('2026-11-27 23:00') + 30_000);
    const { res } = await deliver('finishBreath', answer.breath!.token);
    expect(res).toMatchObject({
      done: true,
      status: { settings: { blocking: { sites: ['reddit.com'] } } },
    });
    expect(res?.status.waiting).toBeUndefined();
    expect(await readRaw(DB_KEYS.nightChanges)).toBeUndefined();
  });

  it('a tightening change applies at once, with no pause', async () => {
    await planByDay();
    const answer = await save({
      ...withSites(plan(), ['youtube.com', 'reddit.com', 'x.com']),
      effects: { dim: 60, warmth: 40, grayscale: 0 },
    });
    expect(answer.breath).toBeUndefined();
    expect(answer.status.waiting).toBeUndefined();
    expect(answer.status.settings.effects.dim).toBe(60);
    expect(await sites()).toEqual(['youtube.com', 'reddit.com', 'x.com']);
  });

  it('a mixed change applies its tightening now and the rest waits', async () => {
    await planByDay();
    const answer = await save({
      ...withSites(plan(), ['reddit.com', 'x.com']),
      clockHiding: false,
    });
    expect(await sites()).toEqual(['youtube.com', 'reddit.com', 'x.com']);
    expect(answer.status.settings.clockHiding).toBe(true);
    expect(answer.breath).toBeDefined();
  });

  it('resetting to the defaults keeps the listed sites until the pause is done', async () => {
    await planByDay();
    const { res } = await deliver('resetSettings', undefined);
    expect(res).toMatchObject({ ok: true, breath: { seconds: 30 } });
    expect(await sites()).toEqual(['youtube.com', 'reddit.com']);
  });

  it('a later pause can be begun from the settings page; none is offered when nothing waits', async () => {
    await planByDay();
    expect((await deliver('beginBreath', 'settings')).res).toBeNull();
    await save(withSites(plan(), []));
    const breath = (await deliver('beginBreath', 'settings')).res!;
    vi.setSystemTime(Date.now() + breath.seconds * 1000);
    expect((await deliver('finishBreath', breath.token)).res?.done).toBe(true);
    expect(await sites()).toEqual([]);
  });

  it('pausing tonight is refused straight away and goes through the breathing pause', async () => {
    await planByDay();
    expect((await deliver('pauseTonight', undefined)).res).toMatchObject({
      night: { phase: 'on' },
      override: null,
    });
    const breath = (await deliver('beginBreath', 'pauseTonight')).res!;
    expect(breath.seconds).toBe(30);
    expect((await deliver('finishBreath', breath.token)).res?.done).toBe(false);
    vi.setSystemTime(Date.now() + 30_000);
    expect((await deliver('finishBreath', breath.token)).res).toMatchObject({
      done: true,
      status: { night: { phase: 'off' }, override: { kind: 'pause' } },
    });
  });

  it('the popup\'s "don\'t dim" on a listed site waits for the pause, and never lifts the block', async () => {
    await planByDay();
    await save(withSites(plan(), ['reddit.com', 'youtube.com', 'x.com']));
    const { res } = await deliver('dontDimSite', 'https://www.youtube.com/watch?v=1');
    const answer = res as Extract<SaveResult, { ok: true }>;
    expect(answer.breath).toEqual({ token: expect.any(String), seconds: 30 });
    expect(answer.status.settings.notDimmed).toEqual([]);
    expect(answer.status.waiting).toMatchObject({ notDimmed: ['youtube.com'] });

    vi.setSystemTime(Date.now() + 30_000);
    expect((await deliver('finishBreath', answer.breath!.token)).res?.done).toBe(true);
    const { settings } = await loadSettings();
    expect(settings.notDimmed).toEqual(['youtube.com']);
    expect(settings.neverTouch).toEqual([]);
    const plan2 = blockingPlan(settings, 'on', [], Date.now());
    expect(isBlocked(plan2, 'https://www.youtube.com/watch?v=1')).toBe(true);
  });

  it('"don\'t dim" adds to what already waits, so an earlier wish keeps waiting', async () => {
    await planByDay();
    await save(withSites(plan(), ['reddit.com']));
    const { res } = await deliver('dontDimSite', 'https://docs.example.org/page');
    const waiting = res?.ok ? res.status.waiting : undefined;
    expect(waiting).toMatchObject({
      notDimmed: ['docs.example.org'],
      blocking: { sites: ['reddit.com'] },
    });
    expect(await sites()).toEqual(['youtube.com', 'reddit.com']);
  });
});

describe('at night, side doors keep to the same rule', () => {
  it('a site paused from the page menu while a wish waits survives the morning', async () => {
    await planByDay({ loosenAtNight: 'morning' });
    await save({ ...plan({ loosenAtNight: 'morning' }), clockHiding: false });
    await pauseSite('https://news.test/today');
    expect(await sites()).toEqual(['youtube.com', 'reddit.com', 'news.test']);
    vi.setSystemTime(local('2026-11-28 08:00'));
    await reconcile(local('2026-11-28 08:00'), []);
    const { settings } = await loadSettings();
    expect(settings.clockHiding).toBe(false);
    expect(settings.blocking.sites).toEqual(['youtube.com', 'reddit.com', 'news.test']);
  });

  it('pausing from the page menu a site a waiting wish removes keeps it listed in the morning', async () => {
    await planByDay({ loosenAtNight: 'morning' });
    await save(withSites(plan({ loosenAtNight: 'morning' }), ['reddit.com']));
    // The page menu still shows on a listed page opened by day in an older tab.
    await pauseSite('https://www.youtube.com/');
    expect((await deliver('getStatus', undefined)).res?.waiting).toBeUndefined();
    vi.setSystemTime(local('2026-11-28 08:00'));
    await reconcile(local('2026-11-28 08:00'), []);
    expect(await sites()).toEqual(['youtube.com', 'reddit.com']);
  });

  it('a synced copy from another browser: its tightening applies now, its loosening waits', async () => {
    await planByDay({ loosenAtNight: 'morning' });
    const copy = {
      ...withSites(plan({ loosenAtNight: 'morning' }), ['reddit.com', 'x.com']),
      effects: { dim: 70, warmth: 40, grayscale: 0 },
    };
    await writeSyncCopy({ savedAt: Date.now() + 1000, settings: copy });
    await takeSynced();
    let { settings } = await loadSettings();
    expect(settings.blocking.sites).toEqual(['youtube.com', 'reddit.com', 'x.com']);
    expect(settings.effects.dim).toBe(70);
    expect((await deliver('getStatus', undefined)).res?.waiting?.blocking.sites).toEqual([
      'reddit.com',
      'x.com',
    ]);
    // The same copy seen again (another wake) changes nothing.
    await takeSynced();
    expect(await sites()).toEqual(['youtube.com', 'reddit.com', 'x.com']);

    vi.setSystemTime(local('2026-11-28 08:00'));
    await reconcile(local('2026-11-28 08:00'), []);
    ({ settings } = await loadSettings());
    expect(settings.blocking.sites).toEqual(['reddit.com', 'x.com']);
    expect(settings.effects.dim).toBe(70);
  });

  it('an imported file that loosens the plan waits like a save', async () => {
    await planByDay();
    const file = { ...plan(), version: 3, clockHiding: false } as Record<string, unknown>;
    delete file.notDimmed;
    const answer = await save(file as unknown as Settings);
    expect(answer.breath).toBeDefined();
    expect(answer.status.settings.clockHiding).toBe(true);
    expect(answer.status.waiting?.clockHiding).toBe(false);
  });
});

describe('at night, in "in the morning" mode', () => {
  it('waits for the end of the night, through a worker restart, and applies exactly once', async () => {
    await planByDay({ loosenAtNight: 'morning' });
    const answer = await save(withSites(plan({ loosenAtNight: 'morning' }), ['reddit.com']));
    expect(answer.breath).toBeUndefined();
    expect((await deliver('beginBreath', 'settings')).res).toBeNull();
    expect((await deliver('beginBreath', 'pauseTonight')).res).toBeNull();

    // A new worker, a reconcile still at night: nothing applies early.
    unregister();
    unregister = registerHandlers();
    await reconcile(local('2026-11-28 03:00'), []);
    expect(await sites()).toEqual(['youtube.com', 'reddit.com']);
    expect((await deliver('getStatus', undefined)).res?.waiting?.blocking.sites).toEqual([
      'reddit.com',
    ]);

    vi.setSystemTime(local('2026-11-28 07:01'));
    await reconcile(local('2026-11-28 07:01'), []);
    expect(await sites()).toEqual(['reddit.com']);
    // Added back by day, it stays: the waiting change is not applied a second time.
    await save(withSites(plan({ loosenAtNight: 'morning' }), ['reddit.com', 'youtube.com']));
    await reconcile(local('2026-11-28 07:02'), []);
    expect(await sites()).toEqual(['reddit.com', 'youtube.com']);
  });

  it('switching to the breathing pause is itself a change that waits', async () => {
    await planByDay({ loosenAtNight: 'morning' });
    const answer = await save(plan({ loosenAtNight: 'pause' }));
    expect(answer.status.settings.loosenAtNight).toBe('morning');
    expect(answer.status.waiting?.loosenAtNight).toBe('pause');
  });

  it('a waiting change can be cancelled, one at a time or all at once', async () => {
    await planByDay({ loosenAtNight: 'morning' });
    await save({ ...withSites(plan({ loosenAtNight: 'morning' }), []), clockHiding: false });
    const one = await deliver('cancelWaiting', { kind: 'siteRemoved', site: 'youtube.com' });
    expect(one.res?.waiting).toMatchObject({
      clockHiding: false,
      blocking: { sites: ['youtube.com'] },
    });
    // Something that does not wait changes nothing.
    const forged = await deliver('cancelWaiting', {
      kind: 'siteRemoved',
      site: 'evil.test',
    } as never);
    expect(forged.res?.waiting).toEqual(one.res?.waiting);
    const all = await deliver('cancelWaiting', null);
    expect(all.res?.waiting).toBeUndefined();
    vi.setSystemTime(local('2026-11-28 08:00'));
    await reconcile(local('2026-11-28 08:00'), []);
    expect(await sites()).toEqual(['youtube.com', 'reddit.com']);
    expect((await loadSettings()).settings.clockHiding).toBe(true);
  });
});
