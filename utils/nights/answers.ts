/** What the person said about a night: some sleep, barely any, or none. */
export type NightAnswer = 'some' | 'barely' | 'none';

/** One night's entry: its answer, or `skipped` when the morning question was passed over. */
export interface NightEntry {
  /** The date the night started on, in the schedule's time zone, `YYYY-MM-DD`. Nothing else. */
  night: string;
  answer: NightAnswer | 'skipped';
}

/** Every answer the morning question offers, gentlest first. */
export const NIGHT_ANSWERS: readonly NightAnswer[] = ['some', 'barely', 'none'];

/** How many nights of answers are kept: the newest night and the 27 before it. */
export const NIGHTS_KEPT = 28;

const DAY = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A local day (whole days since 1970-01-01, as `localDay` counts) written `YYYY-MM-DD`. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** The local day of a `YYYY-MM-DD` date: the inverse of {@link dateOfDay}. */
export function dayOfDate(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);
}

/** Whether a night was hard: barely any sleep, or none. */
export function isHard(entry: NightEntry): boolean {
  return entry.answer === 'barely' || entry.answer === 'none';
}

/** Whether `value` is one of the answers (or a skip) a page may send. */
export function isNightAnswer(value: unknown): value is NightEntry['answer'] {
  return value === 'skipped' || NIGHT_ANSWERS.includes(value as NightAnswer);
}

/**
 * The entries of the {@link NIGHTS_KEPT} nights ending on `newest`, newest first, one per night.
 * What storage returns is read through here too, so anything malformed or older is dropped.
 */
export function keptNights(entries: unknown, newest: string): NightEntry[] {
  if (!Array.isArray(entries)) return [];
  const oldest = dateOfDay(dayOfDate(newest) - NIGHTS_KEPT + 1);
  const byNight = new Map<string, NightEntry>();
  for (const entry of entries as Array<Partial<NightEntry> | null>) {
    const night = entry?.night;
    if (typeof night !== 'string' || !DATE.test(night) || !isNightAnswer(entry?.answer)) continue;
    if (night < oldest || night > newest || byNight.has(night)) continue;
    byNight.set(night, { night, answer: entry.answer });
  }
  return [...byNight.values()].sort((a, b) => (a.night < b.night ? 1 : -1));
}

/** `entries` with `entry` in place of whatever its night held, kept to the last 28 nights. */
export function withEntry(entries: NightEntry[], entry: NightEntry, today: string): NightEntry[] {
  return keptNights([entry, ...entries], today);
}
