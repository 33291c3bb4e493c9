import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { IDLE_STATE, type LiveState } from '../../utils/live-state';
import {
  guardsPage,
  personActed,
  startAutoplayGuard,
  type AutoplayGuard,
} from '../../utils/stillness/guard';
import { LIVE_STATE } from '../../utils/storage/local';
import { installDomFakes } from './fakes/highlights';

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
// happy-dom has no XPath; the guard finds custom elements' roots with it.
let undoDomFakes: () => void;
beforeAll(() => (undoDomFakes = installDomFakes()));
afterAll(() => undoDomFakes());
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
  guard = startAutoplayGuard(window as Window & typeof globalThis);
  await guard.refresh();
  return guard;
}

/** A custom element whose shadow root holds a video that is already playing. */
function playingInCustomElement() {
  const host = document.createElement('hero-player');
  document.body.appendChild(host);
  const video = document.createElement('video');
  host.attachShadow({ mode: 'open' }).appendChild(video);
  Object.defineProperty(video, 'paused', { value: false, configurable: true });
  const pause = vi.spyOn(video, 'pause').mockImplementation(() => undefined);
  return { host, video, pause };
}

/** A guard that arrived while the page was loading, once the page has been parsed. */
async function parsedWith(live: LiveState) {
  Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
  try {
    await guardWith(live);
  } finally {
    delete (document as { readyState?: string }).readyState;
  }
  document.dispatchEvent(new Event('DOMContentLoaded'));
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

  it('finds roots in what the page adds: a custom element deep in an added subtree', async () => {
    acting(false);
    await guardWith(night);
    const wrapper = document.createElement('section');
    wrapper.innerHTML = '<div><hero-player></hero-player></div>';
    const shadow = wrapper.querySelector('hero-player')!.attachShadow({ mode: 'open' });
    document.body.appendChild(wrapper);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(startPlaying(shadow)).toHaveBeenCalled();
  });

  it('pauses media in a root found once the page is parsed, if it came with the page', async () => {
    acting(false);
    const { host, video, pause } = playingInCustomElement();
    await parsedWith(night);
    expect(pause).toHaveBeenCalled();
    // A guard put into a tab already open leaves what was playing alone.
    pause.mockClear();
    guard!.retire();
    await guardWith(night);
    expect(pause).not.toHaveBeenCalled();
    expect(host.shadowRoot!.contains(video)).toBe(true);
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
