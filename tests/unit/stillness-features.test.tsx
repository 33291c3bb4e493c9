import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { autoplayFeature } from '../../utils/background/autoplay';
import { calmMotionFeature } from '../../utils/background/calm-motion';
import type { ReconcileContext } from '../../utils/background/feature';
import { mutedByUs, mutesNewSound } from '../../utils/stillness/sound';
import { IDLE_STATE, liveStateFor, type LiveState } from '../../utils/live-state';
import { MOTION_CSS } from '../../utils/stillness/motion';
import { NO_STILLNESS } from '../../utils/stillness/switches';
import { render } from '@testing-library/preact';
import { StillLines } from '../../components/StillLines';
import { FakeScripting } from './fakes/scripting';
import { settingsWith } from '../helpers/settings';

function setUp() {
  const scripting = new FakeScripting();
  (fakeBrowser as any).scripting = scripting;
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
    { id: 1, url: 'https://news.example/' },
    { id: 2, url: 'chrome://settings/' },
    { id: 3, url: 'https://docs.example.org/page' },
  ] as never);
  return scripting;
}

afterEach(() => vi.restoreAllMocks());

const still = { calmMotion: true, autoplayWaits: true, keepSoundDown: true };
const night: LiveState = { ...IDLE_STATE, phase: 'on', level: 1, still };
const context = (live: LiveState) => ({ live }) as ReconcileContext;
const both = async (live: LiveState) => {
  await calmMotionFeature.apply(context(live));
  await autoplayFeature.apply(context(live));
};

describe('still pages at night', () => {
  it('publishes the switches only while the night runs', () => {
    const settings = settingsWith({ keepSoundDown: true });
    const on = liveStateFor(settings, { phase: 'ramping', level: 0 } as never, 'UTC');
    expect(on.still).toEqual(still);
    expect(liveStateFor(settings, { phase: 'off', level: 0 } as never, 'UTC').still).toEqual(
      NO_STILLNESS,
    );
  });

  it('registers nothing and touches no tab by day', async () => {
    const scripting = setUp();
    await both(IDLE_STATE);
    expect(scripting.calls).toEqual([]);
  });

  it('at night registers the motion CSS and the guard for every frame from document_start', async () => {
    const scripting = setUp();
    await both(night);
    expect(scripting.registered).toEqual([
      expect.objectContaining({
        id: 'qh-calm',
        css: ['/still/motion.css'],
        allFrames: true,
        runAt: 'document_start',
      }),
      expect.objectContaining({
        id: 'qh-autoplay',
        js: ['/autoplay-guard.js'],
        allFrames: true,
        runAt: 'document_start',
      }),
    ]);
    // Tabs already open are calmed and guarded too; the browser's own pages are not.
    expect(scripting.inserted(1)).toEqual([MOTION_CSS]);
    expect(scripting.inserted(2)).toEqual([]);
    expect(scripting.injected.map((i) => [i.tabId, i.allFrames])).toEqual([
      [1, true],
      [3, true],
    ]);
  });

  it('leaves never-touched sites out, from their first frame and in open tabs', async () => {
    const scripting = setUp();
    await both({ ...night, neverTouch: ['docs.example.org'] });
    for (const script of scripting.registered)
      expect(script.excludeMatches).toEqual(['*://*.docs.example.org/*']);
    expect(scripting.inserted(3)).toEqual([]);
  });

  it('is idempotent through the night and undoes itself in the morning', async () => {
    const scripting = setUp();
    await both(night);
    const calls = scripting.calls.length;
    await both({ ...night, level: 0.5, phase: 'ramping' });
    expect(scripting.calls).toHaveLength(calls);
    await both(IDLE_STATE);
    expect(scripting.registered).toEqual([]);
    expect(scripting.inserted(1)).toEqual([]);
  });

  it('each switch off registers only the other', async () => {
    const scripting = setUp();
    await both({ ...night, still: { ...still, calmMotion: false } });
    expect(scripting.registered.map((s) => s.id)).toEqual(['qh-autoplay']);
    await both({ ...night, still: { ...still, autoplayWaits: false } });
    expect(scripting.registered.map((s) => s.id)).toEqual(['qh-calm']);
  });

  it('takes calm motion out of an open tab whose site becomes never touched', async () => {
    const scripting = setUp();
    await both(night);
    await both({ ...night, neverTouch: ['news.example'] });
    expect(scripting.inserted(1)).toEqual([]);
    expect(scripting.inserted(3)).toEqual([MOTION_CSS]);
  });
});

describe('keeping new sound down', () => {
  const tab = { active: false, url: 'https://video.example/', mutedInfo: { muted: false } };
  it('mutes a background tab that starts sound at night, only with the switch on', () => {
    expect(mutesNewSound(night, tab)).toBe(true);
    expect(mutesNewSound({ ...night, still: { ...still, keepSoundDown: false } }, tab)).toBe(false);
    expect(mutesNewSound(IDLE_STATE, tab)).toBe(false);
  });

  it('leaves the tab the person is in, never-touched sites and pages it may not change', () => {
    expect(mutesNewSound(night, { ...tab, active: true })).toBe(false);
    expect(mutesNewSound({ ...night, neverTouch: ['video.example'] }, tab)).toBe(false);
    expect(mutesNewSound(night, { ...tab, url: 'chrome://newtab/' })).toBe(false);
  });
});

describe('what the popup says about sound and stillness', () => {
  it('knows a tab this extension muted from one the person muted', () => {
    const id = fakeBrowser.runtime.id;
    expect(mutedByUs({ mutedInfo: { muted: true, reason: 'extension', extensionId: id } })).toBe(
      true,
    );
    expect(mutedByUs({ mutedInfo: { muted: true, reason: 'user' } })).toBe(false);
    expect(mutedByUs({ mutedInfo: { muted: false, reason: 'extension', extensionId: id } })).toBe(
      false,
    );
  });

  it('names what is kept still on a page, none by day or on a never-touched site', () => {
    const words = (live: LiveState, url: string) =>
      render(<StillLines live={live} url={url} />).container.textContent;
    expect(words(night, 'https://news.example/')).toBe(
      'Kept still on this pageMotion is calmed here.Videos and sound wait for a click here.' +
        'A tab that starts sound while you are elsewhere is muted.',
    );
    expect(
      words({ ...night, still: { ...still, calmMotion: false } }, 'https://news.example/'),
    ).not.toMatch(/Motion/);
    expect(words(IDLE_STATE, 'https://news.example/')).toBe('');
    expect(words({ ...night, neverTouch: ['news.example'] }, 'https://news.example/')).toBe('');
    expect(words(night, 'chrome://settings/')).toBe('');
  });
});
