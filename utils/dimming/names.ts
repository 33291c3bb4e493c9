import type { EffectName } from './strength';
import { neutralName } from '../page-names';

/** The custom properties the dimming CSS sets on the root: one per effect and the composed filter. */
export type DimNames = Record<EffectName | 'filter', string>;

/**
 * Fresh names for a build. The registered files are static, so their names cannot differ per
 * install; drawn at random per build they say nothing about the extension, change with every
 * release, and cannot collide with a page's own custom properties.
 */
export function randomDimNames(): DimNames {
  const name = () => `--${neutralName()}`;
  return { dim: name(), warmth: name(), grayscale: name(), filter: name() };
}

/**
 * The names this build uses: set by wxt.config.ts at build time, the same for the static files
 * and for the CSS the background inserts. Tests (no build) get their own random set.
 */
// Written out in full so the build's `define` replaces it; outside a build (the config itself)
// `import.meta.env` is missing.
const defined = import.meta.env ? import.meta.env.QH_DIM_NAMES : undefined;
export const DIM_NAMES: DimNames = defined ? (JSON.parse(defined) as DimNames) : randomDimNames();
