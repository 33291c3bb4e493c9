import { publishLiveState } from '../storage/local';
import { nextChange, type NightState } from '../schedule';
import { saveOverride } from '../settings/store';
import { scheduleAlarms } from './alarms';
import type { Feature } from './feature';
import { FEATURES } from './features';
import { loadNight } from './night';
import { serially } from './queue';
import { applyWhenNightEnds } from './pending';

/**
 * Recomputes the night from storage and the clock, and brings everything in line with it:
 * the published state, the alarms and each feature. Remembers nothing between calls, so it
 * is right after a worker stop, a crash, a sleep, a clock change or a move to another zone. It
 * writes stored state, so it runs in the queue (`requestReconcile`, `changeThenReconcile`).
 */
export async function reconcile(now: number, features: Feature[] = FEATURES): Promise<NightState> {
  // What waited on the night applies first, once the night is over.
  await applyWhenNightEnds(now);
  const { settings, zone, override, overrideChanged, night, live } = await loadNight(now);
  if (overrideChanged) await saveOverride(override);
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

/**
 * Runs `reconcile` in the queue, after anything already under way, so two events never apply
 * at once. Reads the clock when its turn comes, not when it was asked.
 */
export function requestReconcile(): Promise<NightState> {
  return serially(() => reconcile(Date.now()));
}

/**
 * Runs `change` (a read-change-write of stored state) in the queue and reconciles right after
 * it, in the same turn, so no other change slips in between. Resolves to what `change` returned.
 */
export function changeThenReconcile<T>(change: () => Promise<T>): Promise<T> {
  return serially(async () => {
    const result = await change();
    await reconcile(Date.now());
    return result;
  });
}
