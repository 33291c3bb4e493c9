import { browser } from '../browser';
import {
  stillRegistration,
  syncRegistration,
  type StillScripting,
} from '../stillness/registration';
import { stillOn } from '../stillness/wanted';
import type { Feature } from './feature';
import { forEachTab } from './tabs';

/** The autoplay guard's registration; other features' ids are never touched. */
export const AUTOPLAY_SCRIPT_ID = 'qh-autoplay';
/** The unlisted script WXT builds from entrypoints/autoplay-guard.ts. */
export const AUTOPLAY_SCRIPT_FILE = '/autoplay-guard.js';

/** The part of `browser.scripting` the guard's feature uses. */
export interface AutoplayScripting extends StillScripting {
  executeScript(injection: {
    target: { tabId: number; allFrames: boolean };
    files: string[];
  }): Promise<unknown>;
}

/**
 * "Autoplay waits for a click" (issue 16): registers the guard for every page and frame from
 * `document_start`, and runs it in the tabs already open, only while the night runs with the
 * setting on; unregisters it otherwise. Running copies hear the published night change and stop
 * by themselves. Frames of a never-touched page are left alone by the guard itself.
 */
export const autoplayFeature: Feature = {
  name: 'autoplay waits',
  async apply({ live }) {
    const scripting = browser.scripting as unknown as AutoplayScripting | undefined;
    if (!scripting) return;
    const wanted = stillOn(live, 'autoplayWaits')
      ? stillRegistration(AUTOPLAY_SCRIPT_ID, { js: [AUTOPLAY_SCRIPT_FILE] }, live)
      : null;
    const change = await syncRegistration(scripting, AUTOPLAY_SCRIPT_ID, wanted);
    if (!change.had && change.has)
      await forEachTab((tab) =>
        scripting.executeScript({
          target: { tabId: tab.id, allFrames: true },
          files: [AUTOPLAY_SCRIPT_FILE],
        }),
      );
  },
};
