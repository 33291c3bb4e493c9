import type { Schedule, Weekday } from './settings/schema';
import { parseTimeOfDay } from './time-of-day';
import { instantAt, localDay, weekdayOf } from './zoned-time';

/** Where the evening stands: nothing yet, fading in, or fully on. */
export type Phase = 'off' | 'ramping' | 'on';

/** The night's state at one instant. */
export interface NightState {
  phase: Phase;
  /** Strength of the effects, 0 (none) to 1 (the user's full settings). */
  level: number;
}

/**
 * A manual change to tonight, persisted so a sleeping worker keeps it.
 * `start`: quiet hours now, until the next scheduled end. `pause`: none until the night is over.
 */
export interface Override {
  kind: 'start' | 'pause';
  /** When the user asked (epoch ms). */
  since: number;
  /** When it lapses by itself (epoch ms). */
  until: number;
}

/** One scheduled night, as instants. */
export interface Night {
  start: number;
  end: number;
}

const MINUTE = 60_000;
/** How far ahead to look for the next change: a week and a bit covers a one-night-a-week schedule. */
const LOOKAHEAD_DAYS = 8;

/**
 * The instant of wall-clock time `minutesOfDay` in `zone`, on the local day `dayOffset` days
 * after `from`'s day there. Daylight saving: a time in the spring-forward gap happens once the
 * clocks have jumped, moved on by the gap's length (02:30 on a New York spring night is 03:30
 * EDT; 02:15 on Lord Howe is 02:45); a time in the fall-back repeat happens the first time it
 * comes round (see `instantAt`).
 */
export function localInstant(
  zone: string,
  from: number,
  dayOffset: number,
  minutesOfDay: number,
): number {
  return instantAt(localDay(from, zone) + dayOffset, minutesOfDay, zone);
}

/** The nights that start on local days from `fromDay` to `toDay` days after `at`'s day, oldest first. */
export function nightsAround(
  schedule: Schedule,
  zone: string,
  at: number,
  fromDay: number,
  toDay: number,
): Night[] {
  const start = parseTimeOfDay(schedule.start);
  const end = parseTimeOfDay(schedule.end);
  if (start === null || end === null || start === end) return [];
  const nights: Night[] = [];
  const today = localDay(at, zone);
  for (let day = today + fromDay; day <= today + toDay; day++) {
    if (!schedule.days.includes(weekdayOf(day) as Weekday)) continue;
    nights.push({
      start: instantAt(day, start, zone),
      // A night that ends at or before its start time ends on the next day's morning.
      end: instantAt(end <= start ? day + 1 : day, end, zone),
    });
  }
  return nights;
}

/** The scheduled night under way at `now`, if any. Nights never exceed a day, so yesterday's and today's cover it. */
export function nightAt(schedule: Schedule, zone: string, now: number): Night | undefined {
  return nightsAround(schedule, zone, now, -1, 0).find((n) => n.start <= now && now < n.end);
}

function rampLevel(schedule: Schedule, since: number, now: number): number {
  if (schedule.rampMinutes <= 0) return 1;
  return Math.min(1, Math.max(0, (now - since) / (schedule.rampMinutes * MINUTE)));
}

function activeOverride(override: Override | undefined, now: number): Override | undefined {
  return override && override.since <= now && now < override.until ? override : undefined;
}

/** The night's phase and level at `now`, with the user's manual override applied. */
export function stateAt(
  schedule: Schedule,
  zone: string,
  now: number,
  override?: Override,
): NightState {
  const manual = activeOverride(override, now);
  if (manual?.kind === 'pause') return { phase: 'off', level: 0 };
  const night = nightAt(schedule, zone, now);
  if (!night && !manual) return { phase: 'off', level: 0 };
  const level = Math.max(
    night ? rampLevel(schedule, night.start, now) : 0,
    manual ? rampLevel(schedule, manual.since, now) : 0,
  );
  return { phase: level >= 1 ? 'on' : 'ramping', level };
}

/** Two states count as the same while the phase holds and, outside a ramp, the level too. */
function sameState(a: NightState, b: NightState): boolean {
  return a.phase === b.phase && (a.phase === 'ramping' || a.level === b.level);
}

/**
 * The next instant after `now` at which the phase changes (or, outside a ramp, the level):
 * what the wake-up alarm is set to. `null` when nothing changes in the next week.
 * During a ramp the level moves continuously; the caller repaints on its own minute tick.
 */
export function nextChange(
  schedule: Schedule,
  zone: string,
  now: number,
  override?: Override,
): number | null {
  const rampMs = Math.max(0, schedule.rampMinutes) * MINUTE;
  const candidates: number[] = [];
  for (const night of nightsAround(schedule, zone, now, -1, LOOKAHEAD_DAYS)) {
    candidates.push(night.start, night.start + rampMs, night.end);
  }
  if (override) candidates.push(override.since, override.since + rampMs, override.until);
  const current = stateAt(schedule, zone, now, override);
  const later = candidates.filter((t) => t > now).sort((a, b) => a - b);
  return later.find((t) => !sameState(stateAt(schedule, zone, t, override), current)) ?? null;
}

/** The first instant after `at` whose local time is the schedule's end time. */
function nextEndTime(schedule: Schedule, zone: string, at: number): number {
  const end = parseTimeOfDay(schedule.end) ?? 0;
  const today = localInstant(zone, at, 0, end);
  return today > at ? today : localInstant(zone, at, 1, end);
}

/** "Start now": quiet hours from `now` until the scheduled end time comes round. */
export function startNowOverride(schedule: Schedule, zone: string, now: number): Override {
  const night = nightAt(schedule, zone, now);
  return { kind: 'start', since: now, until: night ? night.end : nextEndTime(schedule, zone, now) };
}

/**
 * "Pause tonight": no effects until tonight's night is over: the one under way, or else the
 * next one to start. `undefined` when there is nothing to pause (a manual start is simply
 * cancelled by the caller, and no night is scheduled in the coming week).
 */
export function pauseTonightOverride(
  schedule: Schedule,
  zone: string,
  now: number,
): Override | undefined {
  const night =
    nightAt(schedule, zone, now) ??
    nightsAround(schedule, zone, now, 0, LOOKAHEAD_DAYS).find((n) => n.start > now);
  return night ? { kind: 'pause', since: now, until: night.end } : undefined;
}

/**
 * A manual start or pause made in another zone, re-timed so it still lasts until the end of
 * tonight where the hours are now (after travel, or a new zone setting); it keeps its start, so
 * a fade under way goes on. `undefined` when a pause finds no night left to cover.
 */
export function overrideInZone(
  override: Override,
  schedule: Schedule,
  zone: string,
  now: number,
): Override | undefined {
  const retimed =
    override.kind === 'start'
      ? startNowOverride(schedule, zone, now)
      : pauseTonightOverride(schedule, zone, now);
  return retimed && { ...retimed, since: override.since };
}

/** Whether an override still matters at `now` (a lapsed one can be forgotten). */
export function isOverrideLive(override: Override | undefined, now: number): override is Override {
  return !!override && now < override.until;
}
