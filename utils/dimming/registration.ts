import type { LiveState } from '../live-state';
import { registeredFiles } from './css';
import { excludeMatchesFor } from './exclude';
import { dimmingOn, roundedStrengths, strengthsNow } from './strength';

/** Dimming's registration; other features' ids (`qh-clock`…) are never touched. */
export const DIM_SCRIPT_ID = 'qh-dim';

/** The fields of a registered content script that dimming sets. */
export interface DimRegistration {
  id: string;
  css?: string[];
  js?: string[];
  matches?: string[];
  excludeMatches?: string[];
  runAt?: string;
  allFrames?: boolean;
  persistAcrossSessions?: boolean;
}

/**
 * What the browser should have registered for the night, or `null` for nothing at all. The
 * browser injects these files itself at `document_start`, before the first paint, with no
 * worker awake: that is what keeps a page opened at night from flashing white. Top frames only:
 * a frame is dimmed by its page's filter, so dimming it too would dim it twice. Kept across
 * browser restarts, so the first pages after one are dim too.
 */
export function wantedRegistration(live: LiveState): DimRegistration | null {
  if (!dimmingOn(live)) return null;
  const excludeMatches = excludeMatchesFor(live.undimmed);
  return {
    id: DIM_SCRIPT_ID,
    css: registeredFiles(roundedStrengths(strengthsNow(live))),
    matches: ['<all_urls>'],
    ...(excludeMatches.length ? { excludeMatches } : {}),
    runAt: 'document_start',
    allFrames: false,
    persistAcrossSessions: true,
  };
}

const sorted = (list: string[] | undefined) => JSON.stringify([...(list ?? [])].sort());
/** Firefox echoes file paths back without their leading slash. */
const files = (list: string[] | undefined) =>
  JSON.stringify((list ?? []).map((path) => path.replace(/^\//, '')));

/** Whether the browser's registration already does what `wanted` asks (fields it may echo back aside). */
export function sameRegistration(have: DimRegistration, wanted: DimRegistration): boolean {
  return (
    files(have.css) === files(wanted.css) &&
    sorted(have.matches) === sorted(wanted.matches) &&
    sorted(have.excludeMatches) === sorted(wanted.excludeMatches) &&
    (have.runAt ?? 'document_idle') === wanted.runAt &&
    !have.allFrames === !wanted.allFrames &&
    !have.js?.length
  );
}
