import { liveStateFor, type LiveState } from '../live-state';
import {
  isOverrideLive,
  overrideInZone,
  stateAt,
  type NightState,
  type Override,
} from '../schedule';
import { loadOverride, loadSettings } from '../settings/store';
import type { Settings } from '../settings/schema';
import { readLiveState } from '../storage/local';
import { hoursZone } from '../time-zone';

/** The night at one instant, worked out from storage and the clock. */
export interface NightNow {
  settings: Settings;
  /** True while an unreadable stored settings value is set aside (see `loadSettings`). */
  recovered: boolean;
  /** The IANA zone the hours are computed in (the chosen one, or the browser's). */
  zone: string;
  /** True when lost settings were brought back from their mirror (see `loadSettings`). */
  restored: boolean;
  /** The user's manual start or pause, if it still matters at this instant. */
  override: Override | undefined;
  /** True when the stored override differs from `override` (lapsed, or re-timed to a new zone). */
  overrideChanged: boolean;
  night: NightState;
  /** What is published for this night (`LIVE_STATE`). */
  live: LiveState;
}

/**
 * "The night now": the stored settings and override, and the night they make at `now`. Every
 * part of the background that asks where the evening stands asks here.
 */
export async function loadNight(now: number): Promise<NightNow> {
  const [{ settings, recovered, restored }, stored, last] = await Promise.all([
    loadSettings(),
    loadOverride(),
    readLiveState(),
  ]);
  const zone = hoursZone(settings);
  let override = isOverrideLive(stored, now) ? stored : undefined;
  // A start or pause meant "tonight" where the user was; after a zone change, tonight is here.
  if (override && last.zone && last.zone !== zone) {
    override = overrideInZone(override, settings.schedule, zone, now);
  }
  const night = stateAt(settings.schedule, zone, now, override);
  return {
    settings,
    recovered,
    restored,
    zone,
    override,
    overrideChanged: stored !== override,
    night,
    live: liveStateFor(settings, night, zone),
  };
}
