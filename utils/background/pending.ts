import type { Breath, BreathPurpose } from '../protocol';
import { nightAt, pauseTonightOverride } from '../schedule';
import { loosenings, revertLoosening, tighteningPart } from '../settings/loosens';
import type { Settings } from '../settings/schema';
import { parseSettings, type ParseResult } from '../settings/parse';
import { hasSavedSettings, loadSettings, saveOverride, saveSettings } from '../settings/store';
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
 * Stores `desired` the way the night allows, through `save`. By day, on the very first save, or
 * when nothing loosens, all of it applies and nothing of an earlier wish waits any more (the
 * last save wins). During quiet hours the tightening part applies at once and the whole wish
 * waits. Resolves to the settings in force while it waits, or undefined when nothing waits.
 */
async function storeAsNightAllows(
  desired: Settings,
  now: number,
  save: (settings: Settings) => Promise<void>,
): Promise<Settings | undefined> {
  const { settings, holds } = await nightNow(now);
  // Before the first save the defaults are in force, and they are nobody's plan to protect.
  const planned = holds && (await hasSavedSettings());
  const { breath } = await loadNightChanges();
  // A pause begun for pausing tonight is left to finish; one begun for an older wish is not.
  const tonight = breath?.purpose === 'pauseTonight' ? { breath } : {};
  if (!planned || loosenings(settings, desired).length === 0) {
    await save(desired);
    await saveNightChanges(tonight);
    return undefined;
  }
  const applied = tighteningPart(settings, desired);
  await save(applied);
  await saveNightChanges({ ...tonight, desired });
  return applied;
}

/**
 * Saves settings the way the night allows (see `storeAsNightAllows`). When a loosening waits in
 * "after a breathing pause" mode, hands out the pause the page must sit through (checked again
 * by {@link finishBreath}); in "in the morning" mode it waits for the end of the night.
 */
export async function saveAsNightAllows(
  desired: Settings,
  now: number,
): Promise<{ breath?: Breath }> {
  const applied = await storeAsNightAllows(desired, now, (settings) => saveAndShare(settings, now));
  if (!applied || applied.loosenAtNight !== 'pause') return {};
  const breath = newBreath('settings', applied.blocking.pauseSeconds, now);
  await saveNightChanges({ desired, breath });
  return { breath: { token: breath.token, seconds: breath.seconds } };
}

/**
 * Stores a copy of the settings synced from another of the user's browsers, saved there at
 * `savedAt`, under the same rule as a save here: at night its tightening part applies and the
 * rest waits on this browser's night, for a breathing pause begun from the settings page or
 * for the morning. Nothing is shared back: the copy in sync is already the newest.
 */
export async function storeSyncedAsNightAllows(
  copy: Settings,
  savedAt: number,
  now: number,
): Promise<void> {
  await storeAsNightAllows(copy, now, (settings) => saveSettings(settings, savedAt));
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
 * A change that only tightens (the page menu's "Pause this site during quiet hours"), applied
 * at once to the settings in force and to what waits, so the morning, or the end of a breathing
 * pause, does not take it back when the wish saved before it applies. `change` returns null
 * where it has nothing to change. True when either changed.
 */
export async function tightenNow(
  change: (settings: Settings) => Settings | null,
  now: number,
): Promise<boolean> {
  const [{ settings }, changes] = await Promise.all([loadSettings(), loadNightChanges()]);
  const applied = change(settings);
  const desired = changes.desired && change(changes.desired);
  if (applied) await saveAndShare(applied, now);
  if (desired) {
    // A wish the change has caught up with (it re-lists a site the wish removed) waits no more.
    const waits = loosenings(applied ?? settings, desired).length > 0;
    await saveNightChanges(waits ? { ...changes, desired } : { breath: changes.breath });
  }
  return !!(applied || desired);
}

/**
 * The popup's "Don't dim this site": the site joins the sites left undimmed (dimming only; the
 * clock mask and the pause page still apply to it). It adds to the plan as last saved, so what
 * already waits keeps waiting, and it loosens the night, so at night it waits like any other
 * loosening (see {@link saveAsNightAllows}). `undefined` when the site is already there.
 */
export async function dontDimSite(
  site: string,
  now: number,
): Promise<{ breath?: Breath } | Extract<ParseResult, { ok: false }> | undefined> {
  const [{ settings }, { desired }] = await Promise.all([loadSettings(), loadNightChanges()]);
  const plan = desired ?? settings;
  if (plan.notDimmed.includes(site)) return undefined;
  const parsed = parseSettings({ ...plan, notDimmed: [...plan.notDimmed, site] });
  return parsed.ok ? saveAsNightAllows(parsed.settings, now) : parsed;
}
