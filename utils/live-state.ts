import type { NightState, Phase } from './schedule';
import type { Effects, Settings } from './settings/schema';
import { NO_STILLNESS, stillnessOf, type Stillness } from './stillness/switches';

/**
 * The night as the background last worked it out, published in `storage.local`
 * (`LIVE_STATE` in utils/storage/local.ts) so content scripts and pages can read it without
 * waking the background (and so a restarted worker can tell what it had applied).
 */
export interface LiveState {
  phase: Phase;
  /** 0–1: how far the evening's fade has come. */
  level: number;
  /** The effects at full strength (multiply by `level` for now). */
  effects: Effects;
  /** Whether times of day on pages are masked right now. */
  clockHiding: boolean;
  /** Motion, autoplay and new sound (issue 16): what is kept still right now. */
  still: Stillness;
  /** Sites never touched (no dimming, no clock mask), as canonical patterns. */
  neverTouch: string[];
  /** Sites dimming leaves alone: the never-touched ones and the ones only left undimmed. */
  undimmed: string[];
  /** The zone this state was worked out in, so the next wake can tell the zone has changed. */
  zone: string;
}

/** What is published while nothing runs: the state a fresh install starts from too. */
export const IDLE_STATE: LiveState = {
  phase: 'off',
  level: 0,
  effects: { dim: 0, warmth: 0, grayscale: 0 },
  clockHiding: false,
  still: NO_STILLNESS,
  neverTouch: [],
  undimmed: [],
  zone: '',
};

/** The state published for a night in `zone`: the user's effects, and clock hiding only while it runs. */
export function liveStateFor(settings: Settings, night: NightState, zone: string): LiveState {
  const spared = {
    neverTouch: settings.neverTouch,
    undimmed: [...new Set([...settings.neverTouch, ...settings.notDimmed])],
  };
  if (night.phase === 'off') return { ...IDLE_STATE, ...spared, zone };
  return {
    zone,
    phase: night.phase,
    level: night.level,
    effects: settings.effects,
    clockHiding: settings.clockHiding,
    still: stillnessOf(settings),
    ...spared,
  };
}
