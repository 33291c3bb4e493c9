import { staticFiles } from './css';
import type { DimNames } from './names';

/**
 * The dimming CSS files as WXT public assets, generated at build time from the same functions
 * the background uses, so the files and the code that names them cannot drift apart; `names`
 * are the build's custom property names, the same the build defines for the code.
 */
export function dimmingAssets(names: DimNames): { relativeDest: string; contents: string }[] {
  return staticFiles(names).map(({ path, css }) => ({
    relativeDest: path.slice(1),
    contents: css,
  }));
}
