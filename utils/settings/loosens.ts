import { parseTimeOfDay } from '../time-of-day';
import { LIMITS, type Schedule, type Settings, type Weekday } from './schema';

/**
 * One way a settings change makes the night less quiet. Each kind names a field (and, for
 * lists, the entry), so the settings page can say what waits and cancel it on its own.
 */
export type Loosening =
  | { kind: 'siteRemoved'; site: string }
  | { kind: 'neverTouchAdded'; site: string }
  | { kind: 'notDimmedAdded'; site: string }
  | { kind: 'nightsRemoved'; days: Weekday[] }
  | { kind: 'hoursShorter' }
  | { kind: 'fadeLonger' }
  | { kind: 'effectLower'; effect: 'dim' | 'warmth' | 'grayscale' }
  | { kind: 'clockHidingOff' }
  | { kind: 'stillnessOff'; option: StillnessOption }
  | { kind: 'frictionPause' }
  | { kind: 'pauseShorter' }
  | { kind: 'allowLonger' }
  | { kind: 'loosenAtNightChanged' }
  /** The hours read in another time zone: at 2 a.m. a far zone would end the night at once. */
  | { kind: 'zoneChanged' };

/** The still-pages switches (issue 16): each one off lets more through at night. */
export type StillnessOption = 'calmMotion' | 'autoplayWaits' | 'keepSoundDown';
export const STILLNESS_OPTIONS: readonly StillnessOption[] = [
  'calmMotion',
  'autoplayWaits',
  'keepSoundDown',
];

const DAY = 1440;
const WEEK = 7 * DAY;

/** Every minute of the week that `schedule` covers (night by night, DST aside). */
function weekCoverage(schedule: Schedule): Uint8Array {
  const covered = new Uint8Array(WEEK);
  const start = parseTimeOfDay(schedule.start);
  const end = parseTimeOfDay(schedule.end);
  if (start === null || end === null || start === end) return covered;
  const length = end > start ? end - start : end + DAY - start;
  for (const day of new Set(schedule.days)) {
    for (let m = 0; m < length; m++) covered[(day * DAY + start + m) % WEEK] = 1;
  }
  return covered;
}

/** True when every minute of the week `inner` covers is covered by `outer` too. */
function coversAll(outer: Schedule, inner: Schedule): boolean {
  const a = weekCoverage(outer);
  const b = weekCoverage(inner);
  return b.every((minute, i) => !minute || a[i] === 1);
}

/** The days of `after` with every night `before` had kept. */
function keepNights(before: Schedule, after: Schedule): Weekday[] {
  return [...new Set([...after.days, ...before.days])].sort();
}

/** Minutes a night lasts from `start` to `end`, across midnight when `end` comes first. */
function nightLength(start: string, end: string): number {
  const s = parseTimeOfDay(start) ?? 0;
  const e = parseTimeOfDay(end) ?? 0;
  return e > s ? e - s : e + DAY - s;
}

/**
 * `after`'s hours where they only lengthen `before`'s (an earlier start, a later end), else
 * `before`'s, checked minute by minute over the week so a night can never slip to another day.
 */
function keepHours(
  before: Schedule,
  after: Schedule,
  days: Weekday[],
): Pick<Schedule, 'start' | 'end'> {
  const base = nightLength(before.start, before.end);
  const start = nightLength(after.start, before.end) >= base ? after.start : before.start;
  const end = nightLength(before.start, after.end) >= base ? after.end : before.end;
  const candidates = [
    { start: after.start, end: after.end },
    { start, end },
  ];
  const holds = candidates.find(
    (hours) => hours.start !== hours.end && coversAll({ ...before, ...hours, days }, before),
  );
  return holds ?? { start: before.start, end: before.end };
}

/**
 * Every way `after` makes the night less quiet than `before`, in the order the settings page
 * lists them. Changes that keep it as quiet or make it quieter are not in the list.
 */
export function loosenings(before: Settings, after: Settings): Loosening[] {
  const out: Loosening[] = [];
  for (const site of before.blocking.sites)
    if (!after.blocking.sites.includes(site)) out.push({ kind: 'siteRemoved', site });
  for (const site of after.neverTouch)
    if (!before.neverTouch.includes(site)) out.push({ kind: 'neverTouchAdded', site });
  for (const site of after.notDimmed)
    if (!before.notDimmed.includes(site)) out.push({ kind: 'notDimmedAdded', site });
  const removed = before.schedule.days.filter((day) => !after.schedule.days.includes(day));
  if (removed.length) out.push({ kind: 'nightsRemoved', days: removed });
  const days = keepNights(before.schedule, after.schedule);
  if (!coversAll({ ...after.schedule, days }, before.schedule)) out.push({ kind: 'hoursShorter' });
  if (after.schedule.rampMinutes > before.schedule.rampMinutes) out.push({ kind: 'fadeLonger' });
  for (const effect of ['dim', 'warmth', 'grayscale'] as const)
    if (after.effects[effect] < before.effects[effect]) out.push({ kind: 'effectLower', effect });
  if (before.clockHiding && !after.clockHiding) out.push({ kind: 'clockHidingOff' });
  for (const option of STILLNESS_OPTIONS)
    if (before[option] && !after[option]) out.push({ kind: 'stillnessOff', option });
  if (before.blocking.friction === 'off' && after.blocking.friction === 'pause')
    out.push({ kind: 'frictionPause' });
  if (after.blocking.pauseSeconds < before.blocking.pauseSeconds)
    out.push({ kind: 'pauseShorter' });
  if (after.blocking.allowMinutes > before.blocking.allowMinutes) out.push({ kind: 'allowLonger' });
  if (after.loosenAtNight !== before.loosenAtNight) out.push({ kind: 'loosenAtNightChanged' });
  if (after.timeZone !== before.timeZone) out.push({ kind: 'zoneChanged' });
  return out;
}

/**
 * `after`'s sites with every site `before` listed kept. Added sites come in while the list has
 * room; past the limit they wait with the rest, since keeping what the plan had comes first.
 */
function keepSites(before: string[], after: string[]): string[] {
  let room = LIMITS.sites - before.length;
  const added = after.filter((site) => !before.includes(site) && room-- > 0);
  // A list that lost nothing keeps the order it was given; else the plan's order holds.
  return before.every((site) => after.includes(site))
    ? after.filter((site) => before.includes(site) || added.includes(site))
    : [...before, ...added];
}

/**
 * `after` with one loosening put back to how `before` had it: what cancelling that one
 * waiting change leaves.
 */
export function revertLoosening(before: Settings, after: Settings, item: Loosening): Settings {
  switch (item.kind) {
    case 'siteRemoved':
      return {
        ...after,
        blocking: { ...after.blocking, sites: keepSites([item.site], after.blocking.sites) },
      };
    case 'neverTouchAdded':
      return { ...after, neverTouch: after.neverTouch.filter((site) => site !== item.site) };
    case 'notDimmedAdded':
      return { ...after, notDimmed: after.notDimmed.filter((site) => site !== item.site) };
    case 'nightsRemoved':
      return {
        ...after,
        schedule: { ...after.schedule, days: keepNights(before.schedule, after.schedule) },
      };
    case 'hoursShorter': {
      const hours = keepHours(before.schedule, after.schedule, after.schedule.days);
      return { ...after, schedule: { ...after.schedule, ...hours } };
    }
    case 'fadeLonger':
      return {
        ...after,
        schedule: { ...after.schedule, rampMinutes: before.schedule.rampMinutes },
      };
    case 'effectLower':
      return {
        ...after,
        effects: { ...after.effects, [item.effect]: before.effects[item.effect] },
      };
    case 'clockHidingOff':
      return { ...after, clockHiding: true };
    case 'stillnessOff':
      return { ...after, [item.option]: true };
    case 'frictionPause':
      return { ...after, blocking: { ...after.blocking, friction: 'off' } };
    case 'pauseShorter':
      return {
        ...after,
        blocking: { ...after.blocking, pauseSeconds: before.blocking.pauseSeconds },
      };
    case 'allowLonger':
      return {
        ...after,
        blocking: { ...after.blocking, allowMinutes: before.blocking.allowMinutes },
      };
    case 'loosenAtNightChanged':
      return { ...after, loosenAtNight: before.loosenAtNight };
    case 'zoneChanged':
      return { ...after, timeZone: before.timeZone };
  }
}

/**
 * The part of a change that may apply at once during quiet hours: `after` with every
 * loosening put back to `before`, so a change that only tightens comes back as it is, and
 * one that only loosens comes back as `before`. The rest waits.
 */
export function tighteningPart(before: Settings, after: Settings): Settings {
  const days = keepNights(before.schedule, after.schedule);
  return {
    ...after,
    schedule: {
      ...keepHours(before.schedule, after.schedule, days),
      days,
      rampMinutes: Math.min(before.schedule.rampMinutes, after.schedule.rampMinutes),
    },
    effects: {
      dim: Math.max(before.effects.dim, after.effects.dim),
      warmth: Math.max(before.effects.warmth, after.effects.warmth),
      grayscale: Math.max(before.effects.grayscale, after.effects.grayscale),
    },
    blocking: {
      sites: keepSites(before.blocking.sites, after.blocking.sites),
      friction: before.blocking.friction === 'off' ? 'off' : after.blocking.friction,
      pauseSeconds: Math.max(before.blocking.pauseSeconds, after.blocking.pauseSeconds),
      allowMinutes: Math.min(before.blocking.allowMinutes, after.blocking.allowMinutes),
    },
    clockHiding: before.clockHiding || after.clockHiding,
    calmMotion: before.calmMotion || after.calmMotion,
    autoplayWaits: before.autoplayWaits || after.autoplayWaits,
    keepSoundDown: before.keepSoundDown || after.keepSoundDown,
    neverTouch: after.neverTouch.filter((site) => before.neverTouch.includes(site)),
    notDimmed: after.notDimmed.filter((site) => before.notDimmed.includes(site)),
    loosenAtNight: before.loosenAtNight,
    timeZone: before.timeZone,
  };
}
