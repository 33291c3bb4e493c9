import {
  dateOfDay,
  dayOfDate,
  isNightAnswer,
  keptNights,
  withEntry,
  type NightEntry,
} from '../nights/answers';
import type { CheckIn, CheckInChoice } from '../nights/check-in';
import { dateIn, lastNightDate, nightToAsk } from '../nights/dates';
import { nightsPileUp } from '../nights/pile-up';
import { nightStrip } from '../nights/strip';
import { DB_KEYS, readDb, removeDb, writeDb } from '../storage/db';
import { loadNight } from './night';
import { serially } from './queue';

// The morning check-in (issue 17). Its answers live only in this device's IndexedDB, under their
// own keys: they are not settings, so they never reach the export or the browser's sync.

async function loadChoice(): Promise<CheckInChoice> {
  const stored = await readDb(DB_KEYS.checkIn);
  return stored === 'on' || stored === 'off' ? stored : null;
}

/**
 * The check-in as the pages see it at `now`. Answers older than the last 28 nights are dropped
 * from storage here, and while the check-in is not on nothing is read or shown. Runs in the queue.
 */
async function checkInAt(now: number): Promise<CheckIn> {
  const [choice, stored, { settings, zone, night }] = await Promise.all([
    loadChoice(),
    readDb(DB_KEYS.nights),
    loadNight(now),
  ]);
  if (choice !== 'on') return { choice, asking: null, strip: [], pileUp: false };
  const today = dateIn(zone, now);
  const entries = keptNights(stored, today);
  if (stored !== undefined && JSON.stringify(entries) !== JSON.stringify(stored))
    await writeDb(DB_KEYS.nights, entries);
  const { schedule } = settings;
  // Asked only once the night is over, and not while a manual start runs either.
  const asking = night.phase === 'off' ? nightToAsk(schedule, zone, now, entries) : null;
  const last = lastNightDate(schedule, zone, now) ?? dateOfDay(dayOfDate(today) - 1);
  return { choice, asking, strip: nightStrip(entries, last), pileUp: nightsPileUp(entries, today) };
}

/** The check-in at `now`. */
export function loadCheckIn(now: number): Promise<CheckIn> {
  return serially(() => checkInAt(now));
}

/** Turns the check-in on, or off; off forgets every answer. */
export function setCheckIn(on: unknown, now: number): Promise<CheckIn> {
  return serially(async () => {
    if (on === true) await writeDb(DB_KEYS.checkIn, 'on');
    else if (on === false) {
      await writeDb(DB_KEYS.checkIn, 'off');
      await removeDb(DB_KEYS.nights);
    }
    return checkInAt(now);
  });
}

/**
 * Records the answer (or a skip) for the night the question asks about at `now`, and only that
 * night: a page never names the date. Nothing is stored while the check-in is off.
 */
export function answerNight(answer: unknown, now: number): Promise<CheckIn> {
  return serially(async () => {
    const before = await checkInAt(now);
    if (before.asking && isNightAnswer(answer)) {
      const { zone } = await loadNight(now);
      const entries = keptNights(await readDb(DB_KEYS.nights), dateIn(zone, now));
      const entry: NightEntry = { night: before.asking, answer };
      await writeDb(DB_KEYS.nights, withEntry(entries, entry, dateIn(zone, now)));
    }
    return checkInAt(now);
  });
}

/** "Forget my nights": deletes every answer; the check-in stays as chosen. */
export function forgetNights(now: number): Promise<CheckIn> {
  return serially(async () => {
    await removeDb(DB_KEYS.nights);
    return checkInAt(now);
  });
}

/** Whether hard nights pile up at `now` (all the pause page is told). */
export async function nightsPileUpNow(now: number): Promise<boolean> {
  return (await loadCheckIn(now)).pileUp;
}
