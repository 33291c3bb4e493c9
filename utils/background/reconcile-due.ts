import type { NightState, Override } from '../schedule';
import type { ReconcileMark } from '../storage/local';
import { RAMP_PERIOD_MINUTES } from './alarms';

const MINUTE = 60_000;
/** The longest a mark holds on its own, whatever the schedule says. */
const MARK_HOLDS_AT_MOST = 24 * 60 * MINUTE;

/**
 * When the night worked out at `now` next needs working out again: its next change (`next`,
 * from `nextChange`, which covers the start, the end of the fade and the end of the night),
 * the fade's next step while it moves (the level changes every moment; it is followed on the
 * ramp alarm's rhythm), the end of the user's start or pause (a pause can run out into the
 * morning with the phase staying off, and the badge says "paused" until then), and at the
 * latest a day on.
 */
export function recheckAt(
  now: number,
  night: NightState,
  next: number | null,
  override: Override | undefined,
): number {
  const times = [now + MARK_HOLDS_AT_MOST];
  if (next !== null) times.push(next);
  if (night.phase === 'ramping') times.push(now + RAMP_PERIOD_MINUTES * MINUTE);
  if (override) times.push(override.until);
  return Math.min(...times);
}

/**
 * Whether a worker start must work the night out in full, or may leave everything as the last
 * reconcile put it: due when no reconcile has finished this session (or the mark is of another
 * shape), when the night's next change has come, when the clock reads earlier than the mark (it
 * was set back), or when the browser reports another zone than it did then (`zone`).
 */
export function reconcileDue(mark: ReconcileMark | null, now: number, zone: string): boolean {
  if (!mark || typeof mark.at !== 'number' || typeof mark.recheckAt !== 'number') return true;
  return now >= mark.recheckAt || now < mark.at || mark.browserZone !== zone;
}
