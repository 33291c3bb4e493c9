import { browser } from './browser';
import type { NightState, Phase } from './schedule';
import type { Effects, Settings } from './settings/schema';

/**
 * The night as the background last worked it out, published in `storage.local` so content
 * scripts and pages can read it without waking the background (and so a restarted worker
 * can tell what it had applied).
 */
export interface LiveState {
  phase: Phase;
  /** 0–1: how far the evening's fade has come. */
  level: number;
  /** The effects at full strength (multiply by `level` for now). */
  effects: Effects;
  /** Whether times of day on pages are masked right now. */
  clockHiding: boolean;
  /** Sites never touched, as canonical patterns. */
  neverTouch: string[];
  /** The zone this state was worked out in, so the next wake can tell the zone has changed. */
  zone: string;
}

export const LIVE_STATE_KEY = 'live';

/** What is published while nothing runs: the state a fresh install starts from too. */
export const IDLE_STATE: LiveState = {
  phase: 'off',
  level: 0,
  effects: { dim: 0, warmth: 0, grayscale: 0 },
  clockHiding: false,
  neverTouch: [],
  zone: '',
};

/** The last published state, or the idle one. */
export async function readLiveState(): Promise<LiveState> {
  const stored = await browser.storage.local.get(LIVE_STATE_KEY);
  return (stored[LIVE_STATE_KEY] as LiveState | undefined) ?? IDLE_STATE;
}

/** Publishes `state`, writing only when it differs so listeners hear real changes only. */
export async function publishLiveState(state: LiveState): Promise<boolean> {
  const stored = await browser.storage.local.get(LIVE_STATE_KEY);
  if (JSON.stringify(stored[LIVE_STATE_KEY]) === JSON.stringify(state)) return false;
  await browser.storage.local.set({ [LIVE_STATE_KEY]: state });
  return true;
}

/** The state published for a night in `zone`: the user's effects, and clock hiding only while it runs. */
export function liveStateFor(settings: Settings, night: NightState, zone: string): LiveState {
  if (night.phase === 'off') return { ...IDLE_STATE, neverTouch: settings.neverTouch, zone };
  return {
    zone,
    phase: night.phase,
    level: night.level,
    effects: settings.effects,
    clockHiding: settings.clockHiding,
    neverTouch: settings.neverTouch,
  };
}
