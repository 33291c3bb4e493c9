import type { EffectName, Strengths } from './strength';

/** Dimming never goes past this much darker, so text always stays readable. */
export const MAX_DIM = 0.8;
/**
 * Sepia raises the red channel of white by this share; brightness scales it back first, so
 * white keeps its red and loses green and blue (255, 227, 177 at full warmth): a tint that cuts
 * blue instead of one that only browns mid-tones.
 */
const SEPIA_RED_GAIN = 0.351;

const num = (value: number) => String(Number(value.toFixed(4)));

/** `brightness()` for a dim strength 0–100. */
export function dimFilter(percent: number): string {
  return `brightness(${num(1 - (MAX_DIM * percent) / 100)})`;
}

/** A warm tint for a warmth strength 0–100: white turns amber, red stays at full. */
export function warmFilter(percent: number): string {
  const w = percent / 100;
  return `brightness(${num(1 / (1 + SEPIA_RED_GAIN * w))}) sepia(${num(w)})`;
}

/** `grayscale()` for a strength 0–100. */
export function grayFilter(percent: number): string {
  return `grayscale(${num(percent / 100)})`;
}

/** Each effect's filter piece, by name. */
export const EFFECT_FILTERS: Record<EffectName, (percent: number) => string> = {
  dim: dimFilter,
  warmth: warmFilter,
  grayscale: grayFilter,
};

/**
 * The order the pieces apply in on a page, first to last: gray, then warmth, so the tint lands
 * on the grayed page and stays visible, then dim over both.
 */
export const FILTER_ORDER: readonly EffectName[] = ['grayscale', 'warmth', 'dim'];

/** The whole filter a page gets at these strengths: each effect's piece, in page order. */
export function pageFilter(strengths: Strengths): string {
  return FILTER_ORDER.map((name) => EFFECT_FILTERS[name](strengths[name])).join(' ');
}
