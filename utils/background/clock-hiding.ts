import { browser } from '../browser';
import { clockHidingOn } from '../clock-mask/wanted';
import type { Feature } from './feature';
import { forEachTab } from './tabs';

/** The clock mask's registration; other features' scripts (`qh-dim`…) are never touched. */
export const CLOCK_SCRIPT_ID = 'qh-clock';
/** The unlisted script WXT builds from entrypoints/clock-mask.ts. */
export const CLOCK_SCRIPT_FILE = '/clock-mask.js';

type Scripting = NonNullable<typeof browser.scripting>;

/**
 * Registers the clock mask for pages opened from now on, and injects it into tabs already open,
 * only while quiet hours run with clock hiding on; unregisters it otherwise. Scripts already in
 * pages see the published night change and undo themselves. Never-touched sites are checked by
 * the script itself, since site patterns (subdomains, case-blind paths) don't map onto match
 * patterns exactly.
 */
export const clockHidingFeature: Feature = {
  name: 'clock hiding',
  async apply({ live }) {
    const scripting = browser.scripting as Scripting | undefined;
    if (!scripting) return;
    const registered = (await scripting.getRegisteredContentScripts({ ids: [CLOCK_SCRIPT_ID] }))
      .length;
    const wanted = clockHidingOn(live);
    if (wanted && !registered) {
      await scripting.registerContentScripts([
        {
          id: CLOCK_SCRIPT_ID,
          js: [CLOCK_SCRIPT_FILE],
          matches: ['<all_urls>'],
          runAt: 'document_end',
          allFrames: true,
          // Each browser session starts unregistered, so a restart injects into restored tabs.
          persistAcrossSessions: false,
        },
      ]);
      await injectIntoOpenTabs(scripting);
    } else if (!wanted && registered) {
      await scripting.unregisterContentScripts({ ids: [CLOCK_SCRIPT_ID] });
    }
  },
};

/** Runs the mask in every frame of the tabs open now; pages that refuse are left alone. */
function injectIntoOpenTabs(scripting: Scripting): Promise<void> {
  return forEachTab((tab) =>
    scripting.executeScript({
      target: { tabId: tab.id, allFrames: true },
      files: [CLOCK_SCRIPT_FILE],
    }),
  );
}
