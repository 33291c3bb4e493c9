import { liveStateFor, publishLiveState, readLiveState } from '../live-state';
import { isOverrideLive, nextChange, overrideInZone, stateAt, type NightState } from '../schedule';
import { loadOverride, loadSettings, saveOverride } from '../settings/store';
import { hoursZone } from '../time-zone';
import { scheduleAlarms } from './alarms';
import { FEATURES, type Feature } from './features';

/**
 * Recomputes the night from storage and the clock, and brings everything in line with it:
 * the published state, the alarms and each feature. Remembers nothing between calls, so it
 * is right after a worker stop, a crash, a sleep, a clock change or a move to another zone.
 */
export async function reconcile(now: number, features: Feature[] = FEATURES): Promise<NightState> {
  const [{ settings }, stored, last] = await Promise.all([
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
  if (stored !== override) await saveOverride(override);
  const night = stateAt(settings.schedule, zone, now, override);
  const live = liveStateFor(settings, night, zone);
  await publishLiveState(live);
  await scheduleAlarms(night, nextChange(settings.schedule, zone, now, override));
  for (const feature of features) {
    try {
      await feature.apply({ now, settings, night, override, live });
    } catch (error) {
      // One feature failing (a tab closing mid-change) must not stop the others.
      console.error(`Quiet Hours: ${feature.name} could not be applied`, error);
    }
  }
  return night;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `reconcile` after any run already under way, so two events never apply at once.
 * Reads the clock when its turn comes, not when it was asked.
 */
export function requestReconcile(): Promise<NightState> {
  const run = queue.then(() => reconcile(Date.now()));
  queue = run.catch(() => undefined);
  return run;
}
