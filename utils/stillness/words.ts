import type { LiveState } from '../live-state';
import { stillAppliesTo } from './wanted';

/** Each still-pages line, as literal keys so the key check and the types see them. */
const LINES = {
  calmMotion: 'still_motion_here',
  autoplayWaits: 'still_autoplay_here',
  keepSoundDown: 'still_sound_here',
} as const;

/**
 * What is kept still on the page at `url` under the night as published, as message keys in
 * the order the settings page lists them ("Motion is calmed here."); none by day, on pages the
 * browser keeps to itself, and on never-touched sites.
 */
export function stillLines(
  live: LiveState,
  url: string | undefined,
): Array<(typeof LINES)[keyof typeof LINES]> {
  return (Object.keys(LINES) as Array<keyof typeof LINES>)
    .filter((option) => stillAppliesTo(live, option, url))
    .map((option) => LINES[option]);
}
