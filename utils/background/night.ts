import { liveStateFor, type LiveState } from '../live-state';
import { isOverrideLive, stateAt, type NightState, type Override } from '../schedule';
import { loadOverride, loadSettings } from '../settings/store';
import type { Settings } from '../settings/schema';

/** The night at one instant, worked out from storage and the clock. */
export interface NightNow {
  settings: Settings;
  /** True while an unreadable stored settings value is set aside (see `loadSettings`). */
  recovered: boolean;
  /** True when lost settings were brought back from their mirror (see `loadSettings`). */
  restored: boolean;
  /** The user's manual start or pause, if it still matters at this instant. */
  override: Override | undefined;
  /** True when a stored override has lapsed and can be forgotten. */
  overrideLapsed: boolean;
  night: NightState;
  /** What is published for this night (`LIVE_STATE`). */
  live: LiveState;
}

/**
 * "The night now": the stored settings and override, and the night they make at `now`. Every
 * part of the background that asks where the evening stands asks here.
 */
export async function loadNight(now: number): Promise<NightNow> {
  const [{ settings, recovered, restored }, stored] = await Promise.all([
    loadSettings(),
    loadOverride(),
  ]);
  const override = isOverrideLive(stored, now) ? stored : undefined;
  const night = stateAt(settings.schedule, now, override);
  return {
    settings,
    recovered,
    restored,
    override,
    overrideLapsed: stored !== undefined && !override,
    night,
    live: liveStateFor(settings, night),
  };
}
