import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { HANDLERS } from '../../utils/background/handlers';
import { exportText } from '../../utils/export-file';
import { loadSettings, saveSettings } from '../../utils/settings/store';
import { DB_KEYS } from '../../utils/storage/db';
import { settingsWith } from '../helpers/settings';
import { clearStore, readRaw, writeRaw } from './helpers/store';
import { inTimeZone, local } from './helpers/time';

// Reconcile's features are not what is under test.
vi.mock('../../utils/background/features', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  FEATURES: [],
}));

inTimeZone('Europe/Madrid');
beforeEach(async () => {
  await clearStore();
  vi.useFakeTimers({ toFake: ['Date'] });
  // 22:00–07:00 every night, in the browser's zone.
  await saveSettings(settingsWith({ schedule: { start: '22:00', end: '07:00' } }), 0);
});
afterEach(() => vi.useRealTimers());

/** The morning after the night that started on `date` (November 2026). */
const morningAfter = (day: number) => local(`2026-11-${String(day + 1).padStart(2, '0')} 09:00`);

/** Sets the clock to the morning after night `day` and answers the question. */
async function answerOn(day: number, answer: string) {
  vi.setSystemTime(morningAfter(day));
  return HANDLERS.answerNight(answer);
}

describe('the morning check-in in the background', () => {
  it('is off, and asks nothing, until the person turns it on', async () => {
    vi.setSystemTime(morningAfter(10));
    expect(await HANDLERS.getCheckIn(undefined)).toEqual({
      choice: null,
      asking: null,
      strip: [],
      pileUp: false,
    });
    // An answer while off stores nothing.
    await HANDLERS.answerNight('none');
    expect(await readRaw(DB_KEYS.nights)).toBeUndefined();
    const on = await HANDLERS.setCheckIn(true);
    expect(on).toMatchObject({ choice: 'on', asking: '2026-11-10', pileUp: false });
    expect(on.strip).toHaveLength(14);
    expect(on.strip.at(-1)).toEqual({ night: '2026-11-10', answer: null });
  });

  it('stores the night date and the answer, nothing else, once a morning', async () => {
    await HANDLERS.setCheckIn(true);
    const after = await answerOn(10, 'barely');
    expect(after.asking).toBeNull();
    expect(after.strip.at(-1)).toEqual({ night: '2026-11-10', answer: 'barely' });
    expect(await readRaw(DB_KEYS.nights)).toEqual([{ night: '2026-11-10', answer: 'barely' }]);
    // A second answer the same morning changes nothing.
    await HANDLERS.answerNight('some');
    expect(await readRaw(DB_KEYS.nights)).toEqual([{ night: '2026-11-10', answer: 'barely' }]);
    // A skip is remembered too, so the question is not asked again that day; it shows hollow.
    const skipped = await answerOn(11, 'skipped');
    expect(skipped.asking).toBeNull();
    expect(skipped.strip.at(-1)).toEqual({ night: '2026-11-11', answer: null });
    // Nonsense is ignored.
    vi.setSystemTime(morningAfter(12));
    expect((await HANDLERS.answerNight('fine')).asking).toBe('2026-11-12');
  });

  it('nothing is asked at night, nor during a manual start', async () => {
    await HANDLERS.setCheckIn(true);
    vi.setSystemTime(local('2026-11-12 23:30'));
    expect((await HANDLERS.getCheckIn(undefined)).asking).toBeNull();
    vi.setSystemTime(local('2026-11-12 15:00'));
    await HANDLERS.startNow(undefined);
    expect((await HANDLERS.getCheckIn(undefined)).asking).toBeNull();
  });

  it('support leads after hard nights pile up, and steps back after a night with some sleep', async () => {
    await HANDLERS.setCheckIn(true);
    expect((await answerOn(10, 'none')).pileUp).toBe(false);
    expect((await answerOn(11, 'barely')).pileUp).toBe(false);
    expect((await answerOn(12, 'none')).pileUp).toBe(true);
    vi.setSystemTime(local('2026-11-13 23:00'));
    // At night too, and the pause page is told just that.
    expect((await HANDLERS.getCheckIn(undefined)).pileUp).toBe(true);
    expect(await HANDLERS.nightsPileUp(undefined)).toBe(true);
    expect((await answerOn(13, 'some')).pileUp).toBe(false);
    expect(await HANDLERS.nightsPileUp(undefined)).toBe(false);
  });

  it('"Forget my nights" forgets every answer and keeps the check-in on', async () => {
    await HANDLERS.setCheckIn(true);
    await answerOn(10, 'none');
    await answerOn(11, 'none');
    await answerOn(12, 'none');
    const forgotten = await HANDLERS.forgetNights(undefined);
    expect(forgotten).toMatchObject({ choice: 'on', pileUp: false });
    expect(forgotten.strip.every((night) => night.answer === null)).toBe(true);
    expect(await readRaw(DB_KEYS.nights)).toBeUndefined();
  });

  it('turning it off forgets every answer, and nothing shows until it is on again', async () => {
    await HANDLERS.setCheckIn(true);
    await answerOn(10, 'none');
    expect(await HANDLERS.setCheckIn(false)).toEqual({
      choice: 'off',
      asking: null,
      strip: [],
      pileUp: false,
    });
    expect(await readRaw(DB_KEYS.nights)).toBeUndefined();
    const again = await HANDLERS.setCheckIn(true);
    expect(again.strip.every((night) => night.answer === null)).toBe(true);
  });

  it('keeps only the last 28 nights, even when the popup is not opened for weeks', async () => {
    await HANDLERS.setCheckIn(true);
    await answerOn(1, 'none');
    await answerOn(2, 'none');
    vi.setSystemTime(local('2026-11-29 12:00'));
    await HANDLERS.getCheckIn(undefined);
    expect(await readRaw(DB_KEYS.nights)).toEqual([{ night: '2026-11-02', answer: 'none' }]);
    vi.setSystemTime(local('2026-11-30 12:00'));
    await HANDLERS.getCheckIn(undefined);
    expect(await readRaw(DB_KEYS.nights)).toEqual([]);
  });

  it('answers never reach the settings, their export or the sync copy', async () => {
    await HANDLERS.setCheckIn(true);
    await answerOn(10, 'none');
    const { settings } = await loadSettings();
    expect(exportText(settings)).not.toMatch(/2026-11-10|nights|check/i);
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).not.toMatch(/2026-11-10/);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toMatch(/2026-11-10/);
  });

  it('reads what storage holds with care', async () => {
    await writeRaw(DB_KEYS.checkIn, 'maybe');
    vi.setSystemTime(morningAfter(10));
    expect((await HANDLERS.getCheckIn(undefined)).choice).toBeNull();
    await writeRaw(DB_KEYS.checkIn, 'on');
    await writeRaw(DB_KEYS.nights, 'not a list');
    expect((await HANDLERS.getCheckIn(undefined)).asking).toBe('2026-11-10');
    // A page's "on" that is not exactly true changes nothing.
    await HANDLERS.setCheckIn('yes');
    expect(await readRaw(DB_KEYS.checkIn)).toBe('on');
  });
});
