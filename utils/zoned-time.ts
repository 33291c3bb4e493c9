/**
 * Calendar arithmetic in an IANA time zone through `Intl`, so the answers never depend on the
 * zone the browser (or a test runner) happens to be in. A local day is counted in whole days
 * since 1970-01-01, which makes "the next day" plain addition and the weekday a remainder.
 */

const DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, format);
  }
  return format;
}

/** The wall-clock reading of `instant` in `zone`, written as if that reading were UTC. */
function wallClock(instant: number, zone: string): number {
  const part: Record<string, number> = {};
  for (const { type, value } of formatter(zone).formatToParts(instant)) part[type] = Number(value);
  return Date.UTC(
    part.year!,
    part.month! - 1,
    part.day!,
    part.hour! % 24,
    part.minute!,
    part.second!,
  );
}

/** How far `zone`'s clocks are ahead of UTC at `instant`, in ms. */
function offsetAt(instant: number, zone: string): number {
  return wallClock(instant, zone) - Math.floor(instant / 1000) * 1000;
}

/** The local calendar day of `instant` in `zone`, as whole days since 1970-01-01. */
export function localDay(instant: number, zone: string): number {
  return Math.floor(wallClock(instant, zone) / DAY);
}

/** The weekday of a local day from `localDay`: 0 is Sunday, as `Date.getDay()` (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * The instant `zone`'s clocks read `minutesOfDay` on local day `day`. A reading the clocks skip
 * (the spring-forward gap) happens once they have jumped, moved on by the gap's length; a reading
 * they show twice (the fall-back repeat) happens the first time. This is the `Date`
 * constructor's rule for the browser's own zone, and Temporal's "compatible".
 */
export function instantAt(day: number, minutesOfDay: number, zone: string): number {
  const wall = day * DAY + minutesOfDay * 60_000;
  // Clocks change at most once in any two days, so the offsets a day either side bracket it.
  const before = wall - offsetAt(wall - DAY, zone);
  const after = wall - offsetAt(wall + DAY, zone);
  const fits = (instant: number) => offsetAt(instant, zone) === wall - instant;
  if (fits(before) && fits(after)) return Math.min(before, after);
  if (fits(after)) return after;
  // `before` fits, or the reading is in the gap, where the old offset moves it on by the gap.
  return before;
}
