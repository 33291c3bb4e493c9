import type { Settings } from '../settings/schema';

/** The still-pages switches (issue 16) as the night publishes them: all off by day. */
export interface Stillness {
  calmMotion: boolean;
  autoplayWaits: boolean;
  keepSoundDown: boolean;
}

/** Nothing stilled: what is published outside quiet hours. */
export const NO_STILLNESS: Stillness = {
  calmMotion: false,
  autoplayWaits: false,
  keepSoundDown: false,
};

/** The user's switches, as published for a night that runs. */
export function stillnessOf(settings: Settings): Stillness {
  return {
    calmMotion: settings.calmMotion,
    autoplayWaits: settings.autoplayWaits,
    keepSoundDown: settings.keepSoundDown,
  };
}
