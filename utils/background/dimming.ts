import { browser } from '../browser';
import type { LiveState } from '../live-state';
import { dimmingAppliesTo, mayDim } from '../dimming/applies';
import { exactCss, NEUTRAL_CSS } from '../dimming/css';
import {
  DIM_SCRIPT_ID,
  sameRegistration,
  wantedRegistration,
  type DimRegistration,
} from '../dimming/registration';
import { dimmingOn, strengthsNow } from '../dimming/strength';
import { DIM_INSERTED, DIM_MAY_LINGER, type InsertedRecord } from '../storage/local';
import type { Feature } from './feature';
import { forEachTab } from './tabs';

/** The part of `browser.scripting` dimming uses (and tests fake). */
export interface DimScripting {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<DimRegistration[]>;
  registerContentScripts(scripts: DimRegistration[]): Promise<void>;
  updateContentScripts(scripts: DimRegistration[]): Promise<unknown>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  insertCSS(injection: { target: { tabId: number }; css: string }): Promise<void>;
  removeCSS(injection: { target: { tabId: number }; css: string }): Promise<void>;
}

/**
 * Brings the registration in line with the night: registers, updates or removes `qh-dim` only.
 * Returns whether a registration was there before, which means pages may hold its files.
 */
export async function applyRegistration(
  scripting: DimScripting,
  live: LiveState,
): Promise<boolean> {
  const wanted = wantedRegistration(live);
  const [have] = await scripting.getRegisteredContentScripts({ ids: [DIM_SCRIPT_ID] });
  if (!wanted) {
    if (have) await scripting.unregisterContentScripts({ ids: [DIM_SCRIPT_ID] });
  } else if (!have) {
    await register(scripting, wanted);
  } else if (have.excludeMatches?.length && !wanted.excludeMatches) {
    // An update cannot take the exclusions away (a missing field keeps the old value).
    await scripting.unregisterContentScripts({ ids: [DIM_SCRIPT_ID] });
    await register(scripting, wanted);
  } else if (!sameRegistration(have, wanted)) {
    // Updating in place leaves no moment with nothing registered.
    const { persistAcrossSessions: _, ...update } = wanted;
    await scripting.updateContentScripts([update]);
  }
  return !!have;
}

async function register(scripting: DimScripting, wanted: DimRegistration): Promise<void> {
  try {
    await scripting.registerContentScripts([wanted]);
  } catch (error) {
    // A browser that cannot keep registrations across restarts still dims this session.
    if (!wanted.persistAcrossSessions) throw error;
    await scripting.registerContentScripts([{ ...wanted, persistAcrossSessions: false }]);
  }
}

/**
 * Brings tabs already open in line without a reload: the exact strengths while the night runs
 * (fading, since the CSS carries a transition), the neutral sheet once it is over. New CSS goes
 * in before the old comes out, so no frame goes bright in between.
 */
export async function applyToOpenTabs(
  scripting: DimScripting,
  live: LiveState,
  wasRegistered = false,
): Promise<void> {
  let stored = await DIM_INSERTED.get();
  const on = dimmingOn(live);
  const lingering = await DIM_MAY_LINGER.get();
  if (on && !lingering) await DIM_MAY_LINGER.set(true);
  if (!on && !stored && (lingering || wasRegistered)) {
    // The record was lost (a restart, an update) while tabs may hold the night's files: every
    // tab that can have been dimmed gets the neutral sheet. Nothing inserted survives that loss.
    stored = { css: '', undimmed: [] };
  }
  if (!on && (!stored || stored.css === NEUTRAL_CSS)) {
    if (lingering) await DIM_MAY_LINGER.set(false);
    return;
  }
  const record: InsertedRecord = {
    css: on ? exactCss(strengthsNow(live)) : NEUTRAL_CSS,
    undimmed: live.undimmed,
  };
  if (JSON.stringify(stored) === JSON.stringify(record)) return;
  // Under the previous record: which pages were dimmed (night) or might hold night files (neutral).
  const before = (url: string) => !!stored && mayDim(url, stored.undimmed ?? []);
  const after = (url: string) => (on ? dimmingAppliesTo(url, live) : before(url));
  await forEachTab(async (tab) => {
    // A tab closing or navigating to a page we may not touch fails alone: nothing to undo there.
    const target = { tabId: tab.id };
    const had = before(tab.url);
    const wants = after(tab.url);
    if (wants && !(had && stored?.css === record.css))
      await scripting.insertCSS({ target, css: record.css });
    if (had && stored?.css && !(wants && stored.css === record.css))
      await scripting.removeCSS({ target, css: stored.css });
  });
  await DIM_INSERTED.set(record);
  if (!on) await DIM_MAY_LINGER.set(false);
}

/**
 * Dims, warms and grays every page the user has not excluded while the night is not off, with
 * the strength following the fade; outside it nothing is registered and nothing is inserted.
 */
export const dimmingFeature: Feature = {
  name: 'dimming',
  async apply({ live }) {
    const scripting = browser.scripting as unknown as DimScripting | undefined;
    if (!scripting) return;
    const wasRegistered = await applyRegistration(scripting, live);
    await applyToOpenTabs(scripting, live, wasRegistered);
  },
};
