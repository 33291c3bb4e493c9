import { afterAll, beforeAll } from 'vitest';

/** Runs a describe block's tests in an IANA time zone (Node re-reads TZ when it changes). */
export function inTimeZone(zone: string): void {
  let previous: string | undefined;
  beforeAll(() => {
    previous = process.env.TZ;
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  });
}

/** The instant of a local wall-clock time, written `YYYY-MM-DD HH:MM`, in the current zone. */
export function local(text: string): number {
  const [date, time] = text.split(' ');
  const [y, m, d] = date!.split('-').map(Number);
  const [h, mi] = time!.split(':').map(Number);
  return new Date(y!, m! - 1, d!, h!, mi!).getTime();
}

/** The local wall-clock reading of an instant, `YYYY-MM-DD HH:MM`, in the current zone. */
export function wall(instant: number): string {
  const d = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
