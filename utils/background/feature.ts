import type { LiveState } from '../live-state';
import type { NightState, Override } from '../schedule';
import type { Settings } from '../settings/schema';

/** Everything a feature needs to bring the browser in line with the night. */
export interface ReconcileContext {
  now: number;
  settings: Settings;
  night: NightState;
  override: Override | undefined;
  live: LiveState;
}

/**
 * One part of the wind-down (dimming, blocking, clock hiding, the toolbar badge). `apply` is
 * idempotent: it reads what the browser has now and changes only what differs, so it can run
 * after any wake, crash or update.
 */
export interface Feature {
  name: string;
  apply(context: ReconcileContext): Promise<void>;
}
