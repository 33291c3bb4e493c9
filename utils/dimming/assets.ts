import { staticFiles } from './css';

/**
 * The dimming CSS files as WXT public assets, generated at build time from the same functions
 * the background uses, so the files and the code that names them cannot drift apart.
 */
export function dimmingAssets(): { relativeDest: string; contents: string }[] {
  return staticFiles().map(({ path, css }) => ({ relativeDest: path.slice(1), contents: css }));
}
