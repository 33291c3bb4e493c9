import { afterAll, beforeAll, describe } from 'vitest';
import { browserZone } from '../../../utils/time-zone';

/** Runs a describe block's tests in an IANA time zone (Node re-reads TZ when it changes). */
export function inTimeZone(zone: string): void {
  let previous: string | undefined;
  beforeAll(() => {
    previous = process.env.TZ;
    process.env.TZ = zone;
  });
  afterAll(() => setProcessZone(previous));
}

function setProcessZone(zone: string | undefined): void {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
}

/** Runs `body` with the browser (the process) in `zone`, as after a flight. */
export async function travelledTo<T>(zone: string, body: () => Promise<T>): Promise<T> {
  const home = process.env.TZ;
  process.env.TZ = zone;
  try {
    return await body();
  } finally {
    setProcessZone(home);
  }
}

/** Runs `read` with the process in `zone`, so the `Date` constructor (not our code) does the sums. */
function withProcessZone<T>(zone: string | undefined, read: () => T): T {
  if (zone === undefined) return read();
  const previous = process.env.TZ;
  process.env.TZ = zone;
  try {
    return read();
  } finally {
    setProcessZone(previous);
  }
}

/** A zone unlike every zone under test (+12:45, with its own daylight saving), for the process to sit in. */
export const ELSEWHERE = 'Pacific/Chatham';

/**
 * Declares `body`'s tests twice: with `zone` passed in while the process sits in another zone,
 * and through the process zone, as the browser's own zone reaches the code. `body` is given a
 * getter for the zone to pass, read when the tests run.
 */
export function inZoneBothWays(zone: string, body: (zoneToPass: () => string) => void): void {
  describe(`${zone}, passed in`, () => {
    inTimeZone(ELSEWHERE);
    body(() => zone);
  });
  describe(`${zone}, the process zone`, () => {
    inTimeZone(zone);
    body(() => browserZone());
  });
}

/** The instant of a local wall-clock time, written `YYYY-MM-DD HH:MM`, in `zone` (default: the process's). */
export function local(text: string, zone?: string): number {
  const [date, time] = text.split(' ');
  const [y, m, d] = date!.split('-').map(Number);
  const [h, mi] = time!.split(':').map(Number);
  return withProcessZone(zone, () => new Date(y!, m! - 1, d!, h!, mi!).getTime());
}

/** The local wall-clock reading of an instant, `YYYY-MM-DD HH:MM`, in `zone` (default: the process's). */
export function wall(instant: number, zone?: string): string {
  return withProcessZone(zone, () => {
    const d = new Date(instant);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
  });
}
