import type { LiveState } from '../live-state';

/** The three effects, each its own filter piece that is the identity at strength 0. */
export type EffectName = 'dim' | 'warmth' | 'grayscale';
export const EFFECT_NAMES: EffectName[] = ['dim', 'warmth', 'grayscale'];

/** How strong each effect is right now, as percentages 0–100 (the user's setting × the fade). */
export type Strengths = Record<EffectName, number>;

/** Whether the night asks for any dimming at all; the fade starting at 0 still counts. */
export function dimmingOn(live: LiveState): boolean {
  return live.phase !== 'off' && EFFECT_NAMES.some((name) => live.effects[name] > 0);
}

/** Each effect's strength now: the setting scaled by the evening's level, clamped to 0–100. */
export function strengthsNow(live: LiveState): Strengths {
  return strengthsAt(live.effects, live.level);
}

/**
 * Each effect's strength at a fade `level` (0–1, clamped): the setting scaled, clamped to 0–100.
 * At level 1 it is what a page gets once the evening has fully faded in.
 */
export function strengthsAt(effects: Strengths, level: number): Strengths {
  const fade = Math.min(1, Math.max(0, level));
  const at = (name: EffectName) => Math.min(100, Math.max(0, effects[name] * fade));
  return { dim: at('dim'), warmth: at('warmth'), grayscale: at('grayscale') };
}

/** Whole-percent strengths, as the static files registered for new pages carry them. */
export function roundedStrengths(strengths: Strengths): Strengths {
  return {
    dim: Math.round(strengths.dim),
    warmth: Math.round(strengths.warmth),
    grayscale: Math.round(strengths.grayscale),
  };
}
