import type { LiveState } from '../live-state';
import { mayDim } from '../dimming/applies';
import type { Stillness } from './switches';

/**
 * Whether the night as published asks for `option`. Each switch comes on with the night and
 * the fade included, not gradually: motion is either calm or not.
 */
export function stillOn(live: LiveState, option: keyof Stillness): boolean {
  // A state published by an older version has no `still` at all.
  return live.phase !== 'off' && live.still?.[option] === true;
}

/**
 * Whether `option` applies to the page at `url`: the night asks for it, the browser lets
 * extensions change the page, and the user never excluded its site (the same test as dimming).
 */
export function stillAppliesTo(
  live: LiveState,
  option: keyof Stillness,
  url: string | undefined,
): boolean {
  return stillOn(live, option) && mayDim(url, live.neverTouch);
}
