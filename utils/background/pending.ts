import type { Breath, BreathPurpose } from '../protocol';
import { nightAt, pauseTonightOverride } from '../schedule';
import { loosenings, revertLoosening, tighteningPart } from '../settings/loosens';
import type { Settings } from '../settings/schema';
import { hasSavedSettings, loadSettings, saveOverride } from '../settings/store';
import { saveAndShare } from '../settings/sync';
import { loadNightChanges, saveNightChanges, type StoredBreath } from './pending-store';
import { loadNight } from './night';

/** The settings in force and whether the night holds them now: quiet hours run, fade included. */
async function nightNow(
  now: number,
): Promise<{ settings: Settings; zone: string; holds: boolean }> {
  const { settings, zone, night } = await loadNight(now);
  return { settings, zone, holds: night.phase !== 'off' };
}

function newBreath(purpose: BreathPurpose, seconds: number, now: number): StoredBreath {
  return { purpose, seconds, since: now, token: crypto.randomUUID() };
}

/**
 * Saves settings the way the night allows. By day, on the very first save, or when nothing
 * loosens, all of it applies.
 * During quiet hours the tightening part applies at once and the whole wish waits: for the
 * morning, or, in "after a breathing pause" mode, for a pause the page must sit through
 * (returned here, checked again by {@link finishBreath}).
 */
export async function saveAsNightAllows(
  desired: Settings,
  now: number,
): Promise<{ breath?: Breath }> {
  const { settings, holds } = await nightNow(now);
  // Before the first save the defaults are in force, and they are nobody's plan to protect.
  const planned = holds && (await hasSavedSettings());
  if (!planned || loosenings(settings, desired).length === 0) {
    await saveAndShare(desired, now);
    // Nothing of this waits; a pause begun for pausing tonight is left to finish.
    const { breath } = await loadNightChanges();
    await saveNightChanges(breath?.purpose === 'pauseTonight' ? { breath } : {});
    return {};
  }
  const applied = tighteningPart(settings, desired);
  await saveAndShare(applied, now);
  const breath =
    settings.loosenAtNight === 'pause'
      ? newBreath('settings', applied.blocking.pauseSeconds, now)
      : undefined;
  await saveNightChanges({ desired, breath });
  return breath ? { breath: { token: breath.token, seconds: breath.seconds } } : {};
}

/**
 * Starts a breathing pause for what waits (`settings`) or for pausing tonight. Null when none
 * is offered: by day nothing waits, and in "in the morning" mode loosening waits for the end
 * of the night instead.
 */
export async function beginBreath(purpose: unknown, now: number): Promise<Breath | null> {
  if (purpose !== 'settings' && purpose !== 'pauseTonight') return null;
  const [{ settings, holds }, changes] = await Promise.all([nightNow(now), loadNightChanges()]);
  if (!holds || settings.loosenAtNight !== 'pause') return null;
  if (purpose === 'settings' && !changes.desired) return null;
  if (purpose === 'pauseTonight' && !(await pauseWaits(now))) return null;
  const breath = newBreath(purpose, settings.blocking.pauseSeconds, now);
  await saveNightChanges({ ...changes, breath });
  return { token: breath.token, seconds: breath.seconds };
}

/**
 * Ends a breathing pause: when `token` is the one handed out and its full length has passed
 * by the background's own clock, what it was for applies. True once it has.
 */
export async function finishBreath(token: unknown, now: number): Promise<boolean> {
  const changes = await loadNightChanges();
  const breath = changes.breath;
  if (!breath || typeof token !== 'string' || token !== breath.token) return false;
  if (now - breath.since < breath.seconds * 1000) return false;
  const { settings, zone, holds } = await nightNow(now);
  // A switch to "in the morning" since the pause began is honoured: then nothing applies early.
  if (settings.loosenAtNight !== 'pause') return false;
  // A night that ended meanwhile needs no pause, and must not pause the next one.
  if (!holds && breath.purpose === 'pauseTonight') return false;
  if (breath.purpose === 'settings') {
    if (changes.desired) await saveAndShare(changes.desired, now);
    await saveNightChanges({});
  } else {
    await saveOverride(pauseTonightOverride(settings.schedule, zone, now));
    await saveNightChanges({ desired: changes.desired });
  }
  return true;
}

/**
 * Cancels one waiting change (`item`, as the settings page got it from the status) or, with
 * null, all of them. Only a change that really waits is matched, so a forged item does nothing.
 */
export async function cancelWaiting(item: unknown): Promise<void> {
  const changes = await loadNightChanges();
  if (!changes.desired) return;
  const { settings } = await loadSettings();
  const match = loosenings(settings, changes.desired).find(
    (waiting) => JSON.stringify(waiting) === JSON.stringify(item),
  );
  if (item !== null && !match) return;
  const desired = match ? revertLoosening(settings, changes.desired, match) : settings;
  const left = loosenings(settings, desired).length > 0;
  // What is left of the wish (its tightening already applied) keeps waiting; else nothing does.
  await saveNightChanges(left ? { ...changes, desired } : {});
  if (!left) await saveAndShare(tighteningPart(settings, desired), Date.now());
}

/**
 * Applies what waited once the night is over (the phase is off: morning, or a pause). Safe to
 * run on every reconcile: the second run finds nothing waiting, and a run cut short after the
 * save only saves the same settings again.
 */
export async function applyWhenNightEnds(now: number): Promise<void> {
  const changes = await loadNightChanges();
  if (!changes.desired && !changes.breath) return;
  const { holds } = await nightNow(now);
  if (holds) return;
  if (changes.desired) await saveAndShare(changes.desired, now);
  await saveNightChanges({});
}

/** Whether pausing tonight is a loosening now: a scheduled night, or one the user started, runs. */
export async function pauseWaits(now: number): Promise<boolean> {
  const { settings, zone, night, override } = await loadNight(now);
  // Ending a start the user made by day, with no scheduled night under way, undoes nothing planned.
  const ownStartOnly = override?.kind === 'start' && !nightAt(settings.schedule, zone, now);
  return night.phase !== 'off' && !ownStartOnly;
}

/**
 * The popup's one click that sets a site aside: added at once to what is in force and to what
 * waits, so the morning does not take it back. (Issue 11 item 3 turns this into a loosening
 * like any other; until then it keeps its old behaviour.)
 */
export async function addNeverTouchNow(site: string): Promise<void> {
  const add = (settings: Settings): Settings =>
    settings.neverTouch.includes(site)
      ? settings
      : { ...settings, neverTouch: [...settings.neverTouch, site] };
  const [{ settings }, changes] = await Promise.all([loadSettings(), loadNightChanges()]);
  await saveAndShare(add(settings), Date.now());
  if (changes.desired) await saveNightChanges({ ...changes, desired: add(changes.desired) });
}
