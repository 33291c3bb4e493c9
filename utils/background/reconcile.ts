import { liveStateFor, publishLiveState } from '../live-state';
import { isOverrideLive, nextChange, stateAt, type NightState } from '../schedule';
import { loadOverride, loadSettings, saveOverride } from '../settings/store';
import { scheduleAlarms } from './alarms';
import { FEATURES, type Feature } from './features';
import { applyWhenNightEnds } from './pending';

/**
 * Recomputes the night from storage and the clock, and brings everything in line with it:
 * the published state, the alarms and each feature. Remembers nothing between calls, so it
 * is right after a worker stop, a crash, a sleep or a clock change.
 */
export async function reconcile(now: number, features: Feature[] = FEATURES): Promise<NightState> {
  await applyWhenNightEnds(now);
  const [{ settings }, stored] = await Promise.all([loadSettings(), loadOverride()]);
  const override = isOverrideLive(stored, now) ? stored : undefined;
  if (stored && !override) await saveOverride(undefined);
  const night = stateAt(settings.schedule, now, override);
  const live = liveStateFor(settings, night);
  await publishLiveState(live);
  await scheduleAlarms(night, nextChange(settings.schedule, now, override));
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

/** Runs `task` after every read-change-write already queued, so two never interleave. */
export function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Runs `reconcile` after any run already under way, so two events never apply at once.
 * Reads the clock when its turn comes, not when it was asked.
 */
export function requestReconcile(): Promise<NightState> {
  return serially(() => reconcile(Date.now()));
}
