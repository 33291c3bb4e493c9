import { browser } from '../browser';
import type { LiveState } from '../live-state';
import { isTouchableUrl } from '../page-access';
import { dimmingAppliesTo, mayDim } from '../dimming/applies';
import { exactCss, NEUTRAL_CSS } from '../dimming/css';
import {
  DIM_SCRIPT_ID,
  sameRegistration,
  wantedRegistration,
  type DimRegistration,
} from '../dimming/registration';
import { dimmingOn, strengthsNow } from '../dimming/strength';
import type { Feature } from './features';

/** The part of `browser.scripting` dimming uses (and tests fake). */
export interface DimScripting {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<DimRegistration[]>;
  registerContentScripts(scripts: DimRegistration[]): Promise<void>;
  updateContentScripts(scripts: DimRegistration[]): Promise<unknown>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  insertCSS(injection: { target: { tabId: number }; css: string }): Promise<void>;
  removeCSS(injection: { target: { tabId: number }; css: string }): Promise<void>;
}

/** What was last put into open tabs with `insertCSS`, so it can be taken out again. */
export interface InsertedRecord {
  css: string;
  neverTouch: string[];
}

/** Kept in session storage: a browser restart reloads every tab, leaving nothing inserted. */
export const INSERTED_KEY = 'dimInserted';
/**
 * Kept in `storage.local`, true from the first dimming of a night until every open tab has had
 * the neutral sheet. Registered files outlive the session record of inserted CSS (a browser
 * quit at night comes back with its tabs holding them), so this, not that record, says whether
 * tabs may still be dim.
 */
export const DIM_MAY_LINGER_KEY = 'dimMayLinger';

const area = () => browser.storage.session ?? browser.storage.local;

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
  let stored = (await area().get(INSERTED_KEY))[INSERTED_KEY] as InsertedRecord | undefined;
  const on = dimmingOn(live);
  const lingering = !!(await browser.storage.local.get(DIM_MAY_LINGER_KEY))[DIM_MAY_LINGER_KEY];
  if (on && !lingering) await browser.storage.local.set({ [DIM_MAY_LINGER_KEY]: true });
  if (!on && !stored && (lingering || wasRegistered)) {
    // The record was lost (a restart, an update) while tabs may hold the night's files: every
    // tab that can have been dimmed gets the neutral sheet. Nothing inserted survives that loss.
    stored = { css: '', neverTouch: [] };
  }
  if (!on && (!stored || stored.css === NEUTRAL_CSS)) {
    if (lingering) await browser.storage.local.remove(DIM_MAY_LINGER_KEY);
    return;
  }
  const record: InsertedRecord = {
    css: on ? exactCss(strengthsNow(live)) : NEUTRAL_CSS,
    neverTouch: live.neverTouch,
  };
  if (JSON.stringify(stored) === JSON.stringify(record)) return;
  // Under the previous record: which pages were dimmed (night) or might hold night files (neutral).
  const before = (url: string) => !!stored && mayDim(url, stored.neverTouch);
  const after = (url: string) => (on ? dimmingAppliesTo(url, live) : before(url));
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs
      .filter((tab) => tab.id !== undefined && isTouchableUrl(tab.url))
      .map(async (tab) => {
        const target = { tabId: tab.id! };
        try {
          const had = before(tab.url!);
          const wants = after(tab.url!);
          if (wants && !(had && stored?.css === record.css))
            await scripting.insertCSS({ target, css: record.css });
          if (had && stored?.css && !(wants && stored.css === record.css))
            await scripting.removeCSS({ target, css: stored.css });
        } catch {
          // A tab closing or navigating to a page we may not touch: nothing to undo there.
        }
      }),
  );
  await area().set({ [INSERTED_KEY]: record });
  if (!on) await browser.storage.local.remove(DIM_MAY_LINGER_KEY);
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
