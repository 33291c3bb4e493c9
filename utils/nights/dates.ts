import { nightAt, nightsAround } from '../schedule';
import type { Schedule } from '../settings/schema';
import { localDay } from '../zoned-time';
import { dateOfDay, type NightEntry } from './answers';

/** How far back the last night is looked for: a week covers a one-night-a-week schedule. */
const LOOKBACK_DAYS = 7;

/** The date of `now` in `zone`, `YYYY-MM-DD`. */
export function dateIn(zone: string, now: number): string {
  return dateOfDay(localDay(now, zone));
}

/**
 * The date (in `zone`, the day it started on) of the last scheduled night that has ended by
 * `now`, or null when none ended in the past week. A night from 23:00 to 07:00 belongs to the
 * evening it began on; one starting at 00:30 belongs to the day of that 00:30.
 */
export function lastNightDate(schedule: Schedule, zone: string, now: number): string | null {
  const ended = nightsAround(schedule, zone, now, -LOOKBACK_DAYS, 0).filter((n) => n.end <= now);
  const last = ended[ended.length - 1];
  return last ? dateOfDay(localDay(last.start, zone)) : null;
}

/**
 * The night the morning question asks about at `now`: the last one that ended, once it is over
 * and until it has an answer or a skip. Nothing while a scheduled night runs.
 */
export function nightToAsk(
  schedule: Schedule,
  zone: string,
  now: number,
  entries: NightEntry[],
): string | null {
  if (nightAt(schedule, zone, now)) return null;
  const last = lastNightDate(schedule, zone, now);
  return last && !entries.some((entry) => entry.night === last) ? last : null;
}
