import { dateOfDay, dayOfDate, keptNights, type NightAnswer, type NightEntry } from './answers';

/** How many nights the strip shows. */
export const STRIP_NIGHTS = 14;

/** One dot of the strip: a night's date and its answer; null when skipped or not answered. */
export interface StripNight {
  night: string;
  answer: NightAnswer | null;
}

/** The {@link STRIP_NIGHTS} nights ending with `last`, oldest first. */
export function nightStrip(entries: NightEntry[], last: string): StripNight[] {
  const kept = new Map(keptNights(entries, last).map((entry) => [entry.night, entry.answer]));
  const end = dayOfDate(last);
  return Array.from({ length: STRIP_NIGHTS }, (_, index) => {
    const night = dateOfDay(end - STRIP_NIGHTS + 1 + index);
    const answer = kept.get(night);
    return { night, answer: answer && answer !== 'skipped' ? answer : null };
  });
}

/** What the strip's text alternative counts. */
export interface StripCounts {
  hard: number;
  some: number;
  unanswered: number;
}

/** The strip in three numbers: hard nights, nights with some sleep, nights not answered. */
export function stripCounts(strip: StripNight[]): StripCounts {
  const count = (test: (answer: NightAnswer | null) => boolean) =>
    strip.filter((night) => test(night.answer)).length;
  return {
    hard: count((answer) => answer === 'barely' || answer === 'none'),
    some: count((answer) => answer === 'some'),
    unanswered: count((answer) => answer === null),
  };
}
