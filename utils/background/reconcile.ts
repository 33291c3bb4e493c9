import { browser } from '../browser';
import { publishLiveState, RECONCILED } from '../storage/local';
import { nextChange, type NightState } from '../schedule';
import { saveOverride } from '../settings/store';
import { browserZone } from '../time-zone';
import { scheduleAlarms } from './alarms';
import { countWake } from './bench-wakes';
import type { Feature } from './feature';
import { FEATURES } from './features';
import { loadNight } from './night';
import { serially } from './queue';
import { applyWhenNightEnds } from './pending';
import { reconcileDue, recheckAt } from './reconcile-due';

/**
 * Recomputes the night from storage and the clock, and brings everything in line with it:
 * the published state, the alarms and each feature. Remembers nothing between calls, so it
 * is right after a worker stop, a crash, a sleep, a clock change or a move to another zone. It
 * writes stored state, so it runs in the queue (`requestReconcile`, `changeThenReconcile`).
 * Once everything is applied it leaves its mark (`RECONCILED`) for the next worker start.
 */
export async function reconcile(now: number, features: Feature[] = FEATURES): Promise<NightState> {
  // Until this run has applied everything, nothing worked out holds: a worker stopped midway
  // works the night out again at its next start.
  await RECONCILED.set(null);
  // What waited on the night applies first, once the night is over.
  await applyWhenNightEnds(now);
  const { settings, zone, override, overrideChanged, night, live } = await loadNight(now);
  if (overrideChanged) await saveOverride(override);
  await publishLiveState(live);
  const next = nextChange(settings.schedule, zone, now, override);
  await scheduleAlarms(night, next);
  for (const feature of features) {
    try {
      await feature.apply({ now, settings, night, override, live });
    } catch (error) {
      // One feature failing (a tab closing mid-change) must not stop the others.
      console.error(`Quiet Hours: ${feature.name} could not be applied`, error);
    }
  }
  await RECONCILED.set({
    at: now,
    recheckAt: recheckAt(now, night, next, override),
    browserZone: browserZone(),
  });
  return night;
}

/**
 * What a worker start does: a full `reconcile` only when something is due (`reconcileDue`: no
 * finished reconcile this session, the night's next change come, the clock set back, the
 * browser in another zone). Otherwise everything stays as the last reconcile left it, so the
 * many wakes of an idle day (a tab's title or icon changing, a page's message) cost one read.
 * Events that change something reconcile in full on their own. True when it reconciled.
 */
export async function reconcileIfDue(
  now: number,
  features: Feature[] = FEATURES,
): Promise<boolean> {
  const due = reconcileDue(await RECONCILED.get(), now, browserZone());
  if (import.meta.env.QH_BENCH) {
    await countWake(browser.storage.local, due);
  }
  if (due) await reconcile(now, features);
  return due;
}

/**
 * Runs `reconcile` in the queue, after anything already under way, so two events never apply
 * at once. Reads the clock when its turn comes, not when it was asked.
 */
export function requestReconcile(): Promise<NightState> {
  return serially(() => reconcile(Date.now()));
}

/** Runs `reconcileIfDue` in the queue, reading the clock when its turn comes. */
export function requestReconcileIfDue(): Promise<boolean> {
  return serially(() => reconcileIfDue(Date.now()));
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
