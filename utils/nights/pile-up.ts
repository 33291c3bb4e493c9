import { isHard, keptNights, type NightEntry } from './answers';

/** How many of the latest answered nights the rule looks at, and how many of those must be hard. */
const LOOKED_AT = 4;
const HARD_ENOUGH = 3;

/**
 * Whether hard nights pile up: at least 3 of the last 4 answered nights (skips do not count,
 * and only the last 28 nights up to `today` are seen) were "barely slept" or "didn't sleep", and
 * the latest answered one was hard too, so one night with some sleep lets support step back.
 */
export function nightsPileUp(entries: NightEntry[], today: string): boolean {
  const latest = keptNights(entries, today)
    .filter((entry) => entry.answer !== 'skipped')
    .slice(0, LOOKED_AT);
  return latest.length > 0 && isHard(latest[0]!) && latest.filter(isHard).length >= HARD_ENOUGH;
}
