import type { LiveState } from '../live-state';
import { excludeMatchesFor } from '../dimming/exclude';
import type { DimRegistration } from '../dimming/registration';

/** The part of `browser.scripting` the still-pages features use (and tests fake). */
export interface StillScripting {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<DimRegistration[]>;
  registerContentScripts(scripts: DimRegistration[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
}

/**
 * A still-pages registration: every page and frame from `document_start`, never-touched sites
 * left out by the browser itself, the same patterns as dimming. Not kept across restarts: a
 * browser started by day must not restore tabs with the night's files (nothing can take a
 * registered file back out of a page), and at night the first reconcile registers it again.
 */
export function stillRegistration(
  id: string,
  files: { css: string[] } | { js: string[] },
  live: LiveState,
): DimRegistration {
  const excludeMatches = excludeMatchesFor(live.neverTouch);
  return {
    id,
    ...files,
    matches: ['<all_urls>'],
    ...(excludeMatches.length ? { excludeMatches } : {}),
    runAt: 'document_start',
    allFrames: true,
    persistAcrossSessions: false,
  };
}

const sorted = (list: string[] | undefined) => JSON.stringify([...(list ?? [])].sort());

/** What `syncRegistration` found and did. */
export interface RegistrationChange {
  /** Registered before this call. */
  had: boolean;
  /** Registered after it. */
  has: boolean;
  /** The registration was made, removed, or made again with other exclusions. */
  changed: boolean;
}

/**
 * Brings the registration `id` in line with `wanted` (`null`: nothing registered), changing
 * only what differs, so it can run on every wake. Files never change for these scripts, so
 * only the address patterns are compared.
 */
export async function syncRegistration(
  scripting: StillScripting,
  id: string,
  wanted: DimRegistration | null,
): Promise<RegistrationChange> {
  const [have] = await scripting.getRegisteredContentScripts({ ids: [id] });
  const same =
    !!have &&
    !!wanted &&
    sorted(have.matches) === sorted(wanted.matches) &&
    sorted(have.excludeMatches) === sorted(wanted.excludeMatches);
  if (have && !same) await scripting.unregisterContentScripts({ ids: [id] });
  if (wanted && !same) await scripting.registerContentScripts([wanted]);
  return { had: !!have, has: !!wanted, changed: !same && (!!have || !!wanted) };
}
