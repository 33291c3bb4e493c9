import { browser } from '../browser';
import type { NightState } from '../schedule';

/** Our alarm names. Alarms persist across worker stops and browser restarts. */
export const ALARM = {
  /** The next scheduled change of phase. */
  next: 'next-change',
  /** Once a minute while the evening fades in, to follow the ramp. */
  ramp: 'ramp-tick',
  /** A periodic look at the clock, which catches sleep, wake and clock changes. */
  safety: 'safety-check',
} as const;

/** Minutes between safety checks: late enough to cost nothing, soon enough after a wake. */
export const SAFETY_PERIOD_MINUTES = 5;

/**
 * Sets the alarms for the state just applied, touching only what differs, so that calling it
 * again changes nothing.
 */
export async function scheduleAlarms(night: NightState, next: number | null): Promise<void> {
  const [current, ramp, safety] = await Promise.all([
    browser.alarms.get(ALARM.next),
    browser.alarms.get(ALARM.ramp),
    browser.alarms.get(ALARM.safety),
  ]);
  if (next === null) {
    if (current) await browser.alarms.clear(ALARM.next);
  } else if (current?.scheduledTime !== next) {
    browser.alarms.create(ALARM.next, { when: next });
  }
  if (night.phase === 'ramping' && !ramp) {
    browser.alarms.create(ALARM.ramp, { periodInMinutes: 1 });
  } else if (night.phase !== 'ramping' && ramp) {
    await browser.alarms.clear(ALARM.ramp);
  }
  if (!safety) browser.alarms.create(ALARM.safety, { periodInMinutes: SAFETY_PERIOD_MINUTES });
}
