import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { IDLE_STATE, type LiveState } from '../../utils/live-state';
import { AutoplayGuard, guardsPage, personActed } from '../../utils/stillness/guard';
import { LIVE_STATE } from '../../utils/storage/local';

const still = { calmMotion: true, autoplayWaits: true, keepSoundDown: false };
const night: LiveState = { ...IDLE_STATE, phase: 'on', level: 1, still };

/** Says whether the person has just acted, as `navigator.userActivation.isActive` would. */
function acting(active: boolean) {
  Object.defineProperty(window.navigator, 'userActivation', {
    value: { isActive: active, hasBeenActive: active },
    configurable: true,
  });
}

/** A media element in `root` that starts playing (as far as events go) and can be paused. */
function startPlaying(root: Document | ShadowRoot) {
  const video = document.createElement('video');
  root.appendChild(video);
  const pause = vi.spyOn(video, 'pause').mockImplementation(() => undefined);
  video.dispatchEvent(new Event('play'));
  return pause;
}

let guard: AutoplayGuard | undefined;
const before = (globalThis as any).browser;
afterEach(() => {
  (globalThis as any).browser = before;
  guard?.retire();
  guard = undefined;
  document.body.innerHTML = '';
});

async function guardWith(live: LiveState) {
  // The guard reaches the extension APIs directly, as `browser` (Firefox) or `chrome`.
  (globalThis as any).browser = fakeBrowser;
  await LIVE_STATE.set(live);
  guard = new AutoplayGuard(window as Window & typeof globalThis);
  guard.start();
  await guard.refresh();
  return guard;
}

describe('autoplay waits for a click', () => {
  it('applies at night with the switch on, and never on a never-touched site or its frames', () => {
    const url = ['https://video.example/watch'];
    expect(guardsPage(night, url)).toBe(true);
    expect(guardsPage({ ...night, still: { ...still, autoplayWaits: false } }, url)).toBe(false);
    expect(guardsPage(IDLE_STATE, url)).toBe(false);
    expect(guardsPage({ ...night, neverTouch: ['video.example'] }, url)).toBe(false);
    const frame = ['https://player.example/embed', 'https://video.example/'];
    expect(guardsPage({ ...night, neverTouch: ['video.example'] }, frame)).toBe(false);
  });

  it('reads the browser’s own user activation, trusting a browser without it', () => {
    acting(true);
    expect(personActed(window)).toBe(true);
    acting(false);
    expect(personActed(window)).toBe(false);
  });

  it('pauses media that starts with nobody acting, in the page and in open shadow roots', async () => {
    acting(false);
    await guardWith(night);
    expect(startPlaying(document.body as unknown as Document)).toHaveBeenCalled();
    const host = document.createElement('div');
    document.body.appendChild(host);
    const shadow = host.attachShadow({ mode: 'open' });
    // Shadow roots are found as they are added, after the observer has delivered.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(startPlaying(shadow)).toHaveBeenCalled();
  });

  it('lets a click on Play play', async () => {
    acting(true);
    await guardWith(night);
    expect(startPlaying(document.body as unknown as Document)).not.toHaveBeenCalled();
  });

  it('does nothing by day, and stops when the night ends', async () => {
    acting(false);
    await guardWith(IDLE_STATE);
    expect(startPlaying(document.body as unknown as Document)).not.toHaveBeenCalled();
    await guardWith(night);
    await LIVE_STATE.set(IDLE_STATE);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(startPlaying(document.body as unknown as Document)).not.toHaveBeenCalled();
  });
});
