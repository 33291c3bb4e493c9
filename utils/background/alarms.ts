import { browser } from '../browser';
import type { NightState } from '../schedule';

/** Every alarm the background sets. Alarms persist across worker stops and browser restarts. */
export const ALARM = {
  /** The next scheduled change of phase. */
  next: 'next-change',
  /** Once a minute while the evening fades in, to follow the ramp. */
  ramp: 'ramp-tick',
  /** A periodic look at the clock, which catches sleep, wake and clock changes. */
  safety: 'safety-check',
  /** When the first site opened for a while from the pause page closes again. */
  allowanceEnd: 'allowance-end',
} as const;

/** The name of one of our alarms. */
export type AlarmName = (typeof ALARM)[keyof typeof ALARM];

/** When an alarm fires: once at an epoch-milliseconds instant, or every so many minutes. */
export type AlarmWhen = number | { periodInMinutes: number };

/** Minutes between the fade's steps: the level is worked out again this often while it moves. */
export const RAMP_PERIOD_MINUTES = 1;

/** Minutes between safety checks: late enough to cost nothing, soon enough after a wake. */
export const SAFETY_PERIOD_MINUTES = 5;

/**
 * Makes the alarm `name` fire `when`, or not at all with `null`, touching it only when it
 * differs, so calling it again changes nothing (and a periodic alarm keeps its rhythm).
 */
export async function ensureAlarm(name: AlarmName, when: AlarmWhen | null): Promise<void> {
  const current = await browser.alarms.get(name);
  if (when === null) {
    if (current) await browser.alarms.clear(name);
  } else if (typeof when === 'number') {
    if (current?.scheduledTime !== when || current.periodInMinutes !== undefined)
      browser.alarms.create(name, { when });
  } else if (current?.periodInMinutes !== when.periodInMinutes) {
    browser.alarms.create(name, { periodInMinutes: when.periodInMinutes });
  }
}

/** Sets the alarms for the state just applied, touching only what differs. */
export async function scheduleAlarms(night: NightState, next: number | null): Promise<void> {
  await Promise.all([
    ensureAlarm(ALARM.next, next),
    ensureAlarm(
      ALARM.ramp,
      night.phase === 'ramping' ? { periodInMinutes: RAMP_PERIOD_MINUTES } : null,
    ),
    ensureAlarm(ALARM.safety, { periodInMinutes: SAFETY_PERIOD_MINUTES }),
  ]);
}
