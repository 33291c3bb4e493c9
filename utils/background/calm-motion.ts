import { browser } from '../browser';
import { MOTION_CSS, MOTION_FILE } from '../stillness/motion';
import {
  stillRegistration,
  syncRegistration,
  type StillScripting,
} from '../stillness/registration';
import { stillAppliesTo, stillOn } from '../stillness/wanted';
import type { Feature } from './feature';
import { forEachTab } from './tabs';

/** Calm motion's registration; other features' ids (`qh-dim`…) are never touched. */
export const CALM_SCRIPT_ID = 'qh-calm';

/** The part of `browser.scripting` calm motion uses. */
export interface CalmScripting extends StillScripting {
  insertCSS(injection: {
    target: { tabId: number; allFrames: boolean };
    css: string;
  }): Promise<void>;
  removeCSS(injection: {
    target: { tabId: number; allFrames: boolean };
    css: string;
  }): Promise<void>;
}

/**
 * Calm motion (issue 16): while the night runs with it on, the browser injects the motion CSS
 * into every page and frame at `document_start`, so a page's first frame is already still.
 * It starts with the night, not gradually. Tabs already open get the same CSS inserted when the
 * registration comes, and taken out when it goes (or when their site becomes never touched).
 * A page loaded during the night keeps the registered file until it is reloaded: the browser
 * lets nothing take it back out.
 */
export const calmMotionFeature: Feature = {
  name: 'calm motion',
  async apply({ live }) {
    const scripting = browser.scripting as unknown as CalmScripting | undefined;
    if (!scripting) return;
    const on = stillOn(live, 'calmMotion');
    const wanted = on ? stillRegistration(CALM_SCRIPT_ID, { css: [MOTION_FILE] }, live) : null;
    const change = await syncRegistration(scripting, CALM_SCRIPT_ID, wanted);
    if (!change.changed) return;
    await forEachTab(async (tab) => {
      const target = { tabId: tab.id, allFrames: true };
      const wants = stillAppliesTo(live, 'calmMotion', tab.url);
      // A tab that had the inserted CSS and keeps it is left as it is: no moment of motion.
      if (wants && !change.had) await scripting.insertCSS({ target, css: MOTION_CSS });
      else if (!wants && change.had) await scripting.removeCSS({ target, css: MOTION_CSS });
    });
  },
};
