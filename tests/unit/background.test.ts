import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ALARM } from '../../utils/background/alarms';
import { registerHandlers } from '../../utils/background/handlers';
import { reconcile } from '../../utils/background/reconcile';
import { LIVE_STATE, readLiveState } from '../../utils/storage/local';
import { defaultSettings } from '../../utils/settings/schema';
import { loadOverride, loadSettings, saveSettings } from '../../utils/settings/store';
import { contentScript, deliver } from './helpers/messages';
import { clearStore } from './helpers/store';
import { inTimeZone, local } from './helpers/time';
import { settingsWith } from '../helpers/settings';
import { travelledTo } from './helpers/time';

inTimeZone('Europe/London');
let unregister: () => void;
beforeEach(async () => {
  await clearStore();
  unregister = registerHandlers();
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  unregister();
  vi.useRealTimers();
});

describe('reconcile', () => {
  it('during the ramp publishes the night, wakes at the ramp end and ticks each minute', async () => {
    const now = local('2026-11-27 22:15');
    await reconcile(now, []);
    expect(await readLiveState()).toMatchObject({
      phase: 'ramping',
      level: 0.5,
      clockHiding: true,
    });
    expect((await fakeBrowser.alarms.get(ALARM.next))?.scheduledTime).toBe(
      local('2026-11-27 22:30'),
    );
    expect(await fakeBrowser.alarms.get(ALARM.ramp)).toMatchObject({ periodInMinutes: 1 });
    expect(await fakeBrowser.alarms.get(ALARM.safety)).toBeDefined();
  });

  it('in the daytime publishes nothing running and sets one alarm for the evening', async () => {
    await reconcile(local('2026-11-27 12:00'), []);
    expect(await readLiveState()).toMatchObject({ phase: 'off', level: 0, clockHiding: false });
    expect((await fakeBrowser.alarms.get(ALARM.next))?.scheduledTime).toBe(
      local('2026-11-27 22:00'),
    );
    expect(await fakeBrowser.alarms.get(ALARM.ramp)).toBeUndefined();
  });

  it('is idempotent: a second run writes nothing and changes no alarm', async () => {
    const now = local('2026-11-27 23:00');
    await reconcile(now, []);
    const alarms = await fakeBrowser.alarms.getAll();
    const changes = vi.fn();
    fakeBrowser.storage.local.onChanged.addListener(changes);
    await reconcile(now, []);
    expect(changes).not.toHaveBeenCalled();
    expect(await fakeBrowser.alarms.getAll()).toEqual(alarms);
  });

  it('applies every feature, and one failing feature does not stop the next', async () => {
    const applied: string[] = [];
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await reconcile(local('2026-11-27 23:00'), [
      { name: 'broken', apply: () => Promise.reject(new Error('tab closed')) },
      { name: 'dim', apply: async ({ night }) => void applied.push(night.phase) },
    ]);
    expect(applied).toEqual(['on']);
  });
});

describe('messages', () => {
  it('saves valid settings from an extension page and applies them', async () => {
    vi.setSystemTime(local('2026-11-27 20:15'));
    const settings = settingsWith({ schedule: { start: '20:00' } });
    const { res } = await deliver('saveSettings', settings);
    expect(res).toMatchObject({ ok: true, status: { night: { phase: 'ramping' } } });
    expect((await loadSettings()).settings.schedule.start).toBe('20:00');
    expect(await readLiveState()).toMatchObject({ phase: 'ramping' });
  });

  it('refuses invalid settings with the field and the reason, and stores nothing', async () => {
    const bad = settingsWith({ schedule: { end: '25:00' } });
    const { res } = await deliver('saveSettings', bad);
    expect(res).toEqual({
      ok: false,
      errors: [
        { field: 'schedule.end', message: expect.stringContaining('25:00 is not a time of day') },
      ],
    });
    expect((await loadSettings()).settings).toEqual(defaultSettings());
  });

  it('a content script (or anything that is not our page) can change nothing', async () => {
    const settings = settingsWith({ clockHiding: false });
    for (const type of [
      'saveSettings',
      'resetSettings',
      'startNow',
      'pauseTonight',
      'resume',
      'getBackup',
    ] as const) {
      const { err } = await deliver(type, settings as never, contentScript());
      expect(err?.message).toBe("Only Quiet Hours' own pages can change its settings.");
    }
    const { err } = await deliver('saveSettings', settings, {
      id: 'another-extension',
      url: 'chrome-extension://another-extension/x.html',
    });
    expect(err).toBeDefined();
    expect((await loadSettings()).settings).toEqual(defaultSettings());
    expect(await fakeBrowser.storage.local.get(LIVE_STATE.key)).toEqual({});
  });

  it('start now, pause tonight and resume change the night and survive a restart', async () => {
    vi.setSystemTime(local('2026-11-27 15:00'));
    expect((await deliver('startNow', undefined)).res?.night.phase).not.toBe('off');
    // A new worker: the handlers are registered again, and the override comes from storage.
    unregister();
    unregister = registerHandlers();
    expect((await deliver('getStatus', undefined)).res?.override?.kind).toBe('start');
    expect((await deliver('pauseTonight', undefined)).res).toMatchObject({
      night: { phase: 'off' },
      override: null,
    });

    // At night pausing is a loosening: it goes through the breathing pause (night-changes.test.ts).
    vi.setSystemTime(local('2026-11-27 23:00'));
    const breath = (await deliver('beginBreath', 'pauseTonight')).res!;
    vi.setSystemTime(local('2026-11-27 23:00') + breath.seconds * 1000);
    expect((await deliver('finishBreath', breath.token)).res?.status).toMatchObject({
      night: { phase: 'off' },
      override: { kind: 'pause' },
    });
    expect((await deliver('resume', undefined)).res).toMatchObject({
      night: { phase: 'on' },
      override: null,
    });
  });
});

describe('time zones', () => {
  // 18:00 in London is 23:30 in Kolkata: night there, evening here.
  const londonEvening = () => local('2026-11-27 18:00');

  it('a zone chosen in the settings decides the night, and the alarm is its morning', async () => {
    await saveSettings({ ...defaultSettings(), timeZone: 'Asia/Kolkata' }, Date.now());
    await reconcile(londonEvening(), []);
    expect(await readLiveState()).toMatchObject({ phase: 'on', zone: 'Asia/Kolkata' });
    // 07:00 in Kolkata is 01:30 in London.
    expect((await fakeBrowser.alarms.get(ALARM.next))?.scheduledTime).toBe(
      local('2026-11-28 01:30'),
    );
    vi.setSystemTime(londonEvening());
    expect((await deliver('getStatus', undefined)).res).toMatchObject({
      night: { phase: 'on' },
      zone: 'Asia/Kolkata',
    });
  });

  it('the browser moving to another zone is picked up at the next wake', async () => {
    const at = londonEvening();
    await reconcile(at, []);
    expect(await readLiveState()).toMatchObject({ phase: 'off', zone: 'Europe/London' });
    // 03:00 in Tokyo.
    await travelledTo('Asia/Tokyo', () => reconcile(at, []));
    expect(await readLiveState()).toMatchObject({ phase: 'on', zone: 'Asia/Tokyo' });
  });

  it('"pause tonight" made before a move lasts until morning where the browser is now', async () => {
    vi.setSystemTime(local('2026-11-27 23:00'));
    // At night pausing goes through the breathing pause (night-changes.test.ts).
    const breath = (await deliver('beginBreath', 'pauseTonight')).res!;
    vi.setSystemTime(local('2026-11-27 23:00') + breath.seconds * 1000);
    expect((await deliver('finishBreath', breath.token)).res?.done).toBe(true);
    await travelledTo('America/New_York', async () => {
      // Half an hour later, early evening in New York; then 03:00 there, 08:00 in London.
      await reconcile(local('2026-11-27 18:30'), []);
      expect((await loadOverride())?.until).toBe(local('2026-11-28 07:00'));
      expect((await reconcile(local('2026-11-28 03:00'), [])).phase).toBe('off');
      expect((await reconcile(local('2026-11-28 07:00'), [])).phase).toBe('off');
      expect(await loadOverride()).toBeUndefined();
    });
  });
});
