import { EFFECT_FILTERS, FILTER_ORDER } from './filters';
import { DIM_NAMES, type DimNames } from './names';
import { EFFECT_NAMES, type EffectName, type Strengths } from './strength';

/** Seconds a change of strength takes in tabs already open: a slow fade, never a step. */
export const FADE_SECONDS = 4;

const identity = (name: EffectName) => EFFECT_FILTERS[name](0);

/**
 * The one rule every dimmed page gets: the root element's filter, composed from the three
 * effects' custom properties (each falling back to its identity, so the function list never
 * changes shape and fades interpolate). The filter sits on `html`, never `body`: only on the
 * root does a filter leave fixed elements positioned against the viewport. Top-layer elements
 * (fullscreen, modal dialogs, popovers and their backdrops) escape the root's filter in Chromium,
 * so they get their own; each selector is its own rule so one the browser does not know drops
 * alone. Firefox (told apart by `-moz-appearance`) draws the top layer under the root's filter
 * already, so there they would be dimmed twice. The property names are this build's `names`.
 */
export function baseCss(names: DimNames = DIM_NAMES): string {
  return (
    `html{${names.filter}:${FILTER_ORDER.map(
      (name) => `var(${names[name]},${identity(name)})`,
    ).join(' ')}!important;filter:var(${names.filter})!important}` +
    '@supports not (-moz-appearance:none){' +
    [':not(:root):fullscreen', 'dialog:modal', ':popover-open', '::backdrop']
      .map((selector) => `${selector}{filter:var(${names.filter})!important}`)
      .join('') +
    '}'
  );
}

/** The base rule with this build's names. */
export const BASE_CSS = baseCss();

/** Sets one effect's strength: the whole of one static file. */
export function effectCss(name: EffectName, percent: number, names = DIM_NAMES): string {
  return `html{${names[name]}:${EFFECT_FILTERS[name](percent)}!important}`;
}

const FADE =
  `html{transition:filter ${FADE_SECONDS}s linear!important}` +
  '@media (prefers-reduced-motion:reduce){html{transition:none!important}}';

/** What tabs already open get: the exact strengths, the base rule, and a slow fade. */
export function exactCss(strengths: Strengths): string {
  return BASE_CSS + EFFECT_NAMES.map((name) => effectCss(name, strengths[name])).join('') + FADE;
}

/**
 * Undoes the static files a page loaded during the night still holds (the browser keeps a
 * registered script's CSS until the page is reloaded, and only CSS inserted with `insertCSS`
 * can be removed): a page left open across the morning fades back to its own colours.
 */
export const NEUTRAL_CSS = `html{${DIM_NAMES.filter}:none!important}` + FADE;

/** Folder of the static files in the build. */
export const DIM_DIR = 'dim';
/** The base file, registered whenever dimming runs. */
export const BASE_FILE = `/${DIM_DIR}/base.css`;
const PREFIX: Record<EffectName, string> = { dim: 'd', warmth: 'w', grayscale: 'g' };

/** The static file setting `name` to a whole `percent` (1–100). */
export function effectFile(name: EffectName, percent: number): string {
  return `/${DIM_DIR}/${PREFIX[name]}${percent}.css`;
}

/** The files registered for new pages: the base and one per effect that is not at zero. */
export function registeredFiles(rounded: Strengths): string[] {
  return [
    BASE_FILE,
    ...EFFECT_NAMES.filter((name) => rounded[name] > 0).map((name) =>
      effectFile(name, rounded[name]),
    ),
  ];
}

/** Every static file the build ships, with the build's `names`: the base and each effect at 1–100 %. */
export function staticFiles(names: DimNames = DIM_NAMES): { path: string; css: string }[] {
  const files = [{ path: BASE_FILE, css: baseCss(names) }];
  for (const name of EFFECT_NAMES)
    for (let percent = 1; percent <= 100; percent++)
      files.push({ path: effectFile(name, percent), css: effectCss(name, percent, names) });
  return files;
}
