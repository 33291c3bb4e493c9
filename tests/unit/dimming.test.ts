import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { applyRegistration, applyToOpenTabs, dimmingFeature } from '../../utils/background/dimming';
import { dimmingAppliesTo } from '../../utils/dimming/applies';
import {
  BASE_CSS,
  exactCss,
  NEUTRAL_CSS,
  registeredFiles,
  staticFiles,
} from '../../utils/dimming/css';
import { excludeMatchesFor } from '../../utils/dimming/exclude';
import { DIM_NAMES, randomDimNames } from '../../utils/dimming/names';
import { dimFilter, grayFilter, warmFilter } from '../../utils/dimming/filters';
import {
  DIM_SCRIPT_ID,
  sameRegistration,
  wantedRegistration,
} from '../../utils/dimming/registration';
import { strengthsNow } from '../../utils/dimming/strength';
import { NO_STILLNESS } from '../../utils/stillness/switches';
import { IDLE_STATE, liveStateFor, type LiveState } from '../../utils/live-state';
import { masksPage } from '../../utils/clock-mask/wanted';
import type { NightState } from '../../utils/schedule';
import { defaultSettings } from '../../utils/settings/schema';
import { FakeScripting } from './fakes/scripting';

/** A night as published; never-touched sites are left undimmed too, as `liveStateFor` has it. */
const night = (patch: Partial<LiveState> = {}): LiveState => ({
  phase: 'on',
  level: 1,
  effects: { dim: 30, warmth: 40, grayscale: 0 },
  clockHiding: true,
  still: NO_STILLNESS,
  neverTouch: [],
  zone: 'UTC',
  ...patch,
  undimmed: patch.undimmed ?? patch.neverTouch ?? [],
});
const DAY: LiveState = IDLE_STATE;
const CLOCK = { id: 'qh-clock', js: ['/clock-mask.js'], matches: ['<all_urls>'] };

describe('dimming pieces', () => {
  it('scales each effect by the fade', () => {
    expect(strengthsNow(night({ phase: 'ramping', level: 0.5 }))).toEqual({
      dim: 15,
      warmth: 20,
      grayscale: 0,
    });
  });

  it('turns strengths into filters that do nothing at zero', () => {
    expect(dimFilter(0)).toBe('brightness(1)');
    expect(dimFilter(50)).toBe('brightness(0.6)');
    expect(dimFilter(100)).toBe('brightness(0.2)');
    expect(warmFilter(0)).toBe('brightness(1) sepia(0)');
    expect(warmFilter(100)).toBe('brightness(0.7402) sepia(1)');
    expect(grayFilter(25)).toBe('grayscale(0.25)');
  });

  it('puts the filter on the root, never on body, and has no script', () => {
    expect(BASE_CSS.startsWith('html{')).toBe(true);
    expect(BASE_CSS).not.toMatch(/body/);
    expect(BASE_CSS).toContain(`:not(:root):fullscreen{filter:var(${DIM_NAMES.filter})!important}`);
  });

  it('names nothing a page could tie to us: neutral custom properties, new with each build', () => {
    const names = Object.values(DIM_NAMES);
    for (const name of names) expect(name).toMatch(/^--[a-z]{10}$/);
    const css = [...staticFiles().map((f) => f.css), exactCss(strengthsNow(night())), NEUTRAL_CSS];
    for (const text of css) {
      expect(text).not.toMatch(/qh|quiet|clock|dim|warm/i);
      for (const property of text.match(/--[\w-]+/g) ?? []) expect(names).toContain(property);
    }
    const other = randomDimNames();
    expect(staticFiles(other)[0]!.css).toContain(other.filter);
    expect(Object.values(other).some((name) => names.includes(name))).toBe(false);
  });

  it('registers only the base and the effects that are not at zero', () => {
    expect(registeredFiles({ dim: 30, warmth: 0, grayscale: 5 })).toEqual([
      '/dim/base.css',
      '/dim/d30.css',
      '/dim/g5.css',
    ]);
  });

  it('ships every whole percent as a tiny file, and the registered set stays small', () => {
    const files = staticFiles();
    expect(files).toHaveLength(301);
    expect(Math.max(...files.map((f) => f.css.length))).toBeLessThan(500);
    const wanted = wantedRegistration(
      night({ effects: { dim: 100, warmth: 100, grayscale: 100 } }),
    )!;
    const bytes = wanted.css!.map((path) => files.find((f) => f.path === path)!.css.length);
    expect(bytes.reduce((a, b) => a + b)).toBeLessThan(1024);
  });

  it('excludes never-touched sites with match patterns covering subdomains and paths', () => {
    expect(excludeMatchesFor(['example.org', 'news.test/live', '10.0.0.1', 'bad site'])).toEqual([
      '*://*.example.org/*',
      '*://*.news.test/live',
      '*://*.news.test/live?*',
      '*://*.news.test/live/*',
      '*://10.0.0.1/*',
    ]);
  });

  it('a site only left undimmed ("Don\'t dim") keeps its clock mask; a never-touched one loses both', () => {
    const settings = {
      ...defaultSettings(),
      neverTouch: ['docs.example.org'],
      notDimmed: ['youtube.com'],
    };
    const live = liveStateFor(settings, { phase: 'on', level: 1 } as NightState, 'UTC');
    expect(dimmingAppliesTo('https://www.youtube.com/watch', live)).toBe(false);
    expect(masksPage(live, ['https://www.youtube.com/watch'])).toBe(true);
    expect(dimmingAppliesTo('https://docs.example.org/a', live)).toBe(false);
    expect(masksPage(live, ['https://docs.example.org/a'])).toBe(false);
    expect(wantedRegistration(live)?.excludeMatches).toEqual([
      '*://*.docs.example.org/*',
      '*://*.youtube.com/*',
    ]);
  });

  it('says which pages are dimmed: the night runs, the browser allows it, the site is not excluded', () => {
    const live = night({ neverTouch: ['docs.example.org'] });
    expect(dimmingAppliesTo('https://news.example.org/a', live)).toBe(true);
    expect(dimmingAppliesTo('https://docs.example.org/a', live)).toBe(false);
    expect(dimmingAppliesTo('chrome://settings', live)).toBe(false);
    expect(dimmingAppliesTo('https://chromewebstore.google.com/x', live)).toBe(false);
    expect(dimmingAppliesTo('https://news.example.org/a', DAY)).toBe(false);
    const noEffects = night({ effects: { dim: 0, warmth: 0, grayscale: 0 } });
    expect(dimmingAppliesTo('https://news.example.org/a', noEffects)).toBe(false);
  });

  it('treats Firefox’s echo of a registration (paths without the slash, extra fields) as the same', () => {
    const wanted = wantedRegistration(night())!;
    const echoed = {
      ...wanted,
      css: wanted.css!.map((p) => p.slice(1)),
      world: 'ISOLATED',
      cssOrigin: 'author',
    };
    expect(sameRegistration(echoed, wanted)).toBe(true);
    expect(sameRegistration({ ...echoed, css: ['dim/base.css'] }, wanted)).toBe(false);
  });
});

describe('dimming feature', () => {
  let scripting: FakeScripting;
  let page: number;
  let excluded: number;
  let settingsTab: number;

  beforeEach(async () => {
    scripting = new FakeScripting([CLOCK]);
    (fakeBrowser as unknown as { scripting: FakeScripting }).scripting = scripting;
    page = (await fakeBrowser.tabs.create({ url: 'https://news.example.org/' })).id!;
    excluded = (await fakeBrowser.tabs.create({ url: 'https://docs.example.org/' })).id!;
    settingsTab = (await fakeBrowser.tabs.create({ url: 'chrome://settings/' })).id!;
  });

  const apply = (live: LiveState) => dimmingFeature.apply({ live } as never);
  const registered = async () =>
    (await scripting.getRegisteredContentScripts()).map((s) => s.id).sort();

  it('costs nothing by day: nothing registered, nothing inserted, no calls', async () => {
    await apply(DAY);
    await apply(DAY);
    expect(scripting.calls).toEqual([]);
    expect(await registered()).toEqual(['qh-clock']);
  });

  it('at night registers CSS at document_start for new pages and dims open tabs, skipping excluded and forbidden ones', async () => {
    const live = night({ neverTouch: ['docs.example.org'] });
    await apply(live);
    const [script] = await scripting.getRegisteredContentScripts({ ids: [DIM_SCRIPT_ID] });
    expect(script).toMatchObject({
      css: ['/dim/base.css', '/dim/d30.css', '/dim/w40.css'],
      matches: ['<all_urls>'],
      excludeMatches: ['*://*.docs.example.org/*'],
      runAt: 'document_start',
      allFrames: false,
    });
    expect(scripting.inserted(page)).toEqual([exactCss(strengthsNow(live))]);
    expect(scripting.inserted(excluded)).toEqual([]);
    expect(scripting.inserted(settingsTab)).toEqual([]);
    expect(await registered()).toEqual(['qh-clock', 'qh-dim']);
  });

  it('is idempotent: a second run with the same night changes nothing', async () => {
    await apply(night());
    const before = scripting.calls.length;
    await apply(night());
    expect(scripting.calls.length).toBe(before);
  });

  it('follows the fade: new strengths go in before the old come out, the registration is updated in place', async () => {
    await apply(night({ phase: 'ramping', level: 0.5 }));
    scripting.calls.length = 0;
    const later = night({ phase: 'ramping', level: 0.6 });
    await apply(later);
    const forPage = scripting.calls.filter((c) => !/ \d+$/.test(c) || c.endsWith(` ${page}`));
    expect(forPage).toEqual(['update qh-dim', `insert ${page}`, `remove ${page}`]);
    expect(scripting.inserted(page)).toEqual([exactCss(strengthsNow(later))]);
    const [script] = await scripting.getRegisteredContentScripts({ ids: [DIM_SCRIPT_ID] });
    expect(script!.css).toEqual(['/dim/base.css', '/dim/d18.css', '/dim/w24.css']);
  });

  it('when the night ends, unregisters, fades open tabs back, and then stays still', async () => {
    await apply(night());
    await apply(DAY);
    expect(await registered()).toEqual(['qh-clock']);
    expect(scripting.inserted(page)).toEqual([NEUTRAL_CSS]);
    scripting.calls.length = 0;
    await apply(DAY);
    expect(scripting.calls).toEqual([]);
  });

  it('the next night replaces the neutral sheet with the night’s', async () => {
    await apply(night());
    await apply(DAY);
    await apply(night());
    expect(scripting.inserted(page)).toEqual([exactCss(strengthsNow(night()))]);
  });

  it('excluding a site while the night runs takes its tab out, at once and for new pages', async () => {
    await apply(night());
    await applyRegistration(scripting, night({ neverTouch: ['news.example.org'] }));
    await applyToOpenTabs(scripting, night({ neverTouch: ['news.example.org'] }));
    expect(scripting.inserted(page)).toEqual([]);
    const [script] = await scripting.getRegisteredContentScripts({ ids: [DIM_SCRIPT_ID] });
    expect(script!.excludeMatches).toEqual(['*://*.news.example.org/*']);
  });

  it('clearing the never-touched list clears the exclusions, and then stays still', async () => {
    await applyRegistration(scripting, night({ neverTouch: ['news.example.org'] }));
    await applyRegistration(scripting, night());
    const [script] = await scripting.getRegisteredContentScripts({ ids: [DIM_SCRIPT_ID] });
    expect(script!.excludeMatches).toBeUndefined();
    scripting.calls.length = 0;
    await applyRegistration(scripting, night());
    expect(scripting.calls).toEqual([]);
  });

  /** A browser quit at night and started again: inserted CSS and session storage are gone. */
  async function restartBrowser(keepRegistration: boolean) {
    const kept = await scripting.getRegisteredContentScripts();
    scripting = new FakeScripting(kept.filter((s) => keepRegistration || s.id !== DIM_SCRIPT_ID));
    (fakeBrowser as unknown as { scripting: FakeScripting }).scripting = scripting;
    await fakeBrowser.storage.session.clear();
  }

  it('the morning after a night restart, tabs restored with the night’s files fade back', async () => {
    await apply(night());
    await restartBrowser(true);
    await apply(DAY);
    expect(await registered()).toEqual(['qh-clock']);
    expect(scripting.inserted(page)).toEqual([NEUTRAL_CSS]);
    expect(scripting.inserted(excluded)).toEqual([NEUTRAL_CSS]);
    expect(scripting.inserted(settingsTab)).toEqual([]);
    scripting.calls.length = 0;
    await apply(DAY);
    expect(scripting.calls).toEqual([]);
  });

  it('tabs fade back even when the registration was dropped too, and a later day costs nothing', async () => {
    await apply(night());
    await restartBrowser(false);
    await apply(DAY);
    expect(scripting.inserted(page)).toEqual([NEUTRAL_CSS]);
    await restartBrowser(false);
    await apply(DAY);
    expect(scripting.calls).toEqual([]);
  });

  it('registers nothing when every effect is at zero', async () => {
    await apply(night({ effects: { dim: 0, warmth: 0, grayscale: 0 } }));
    expect(scripting.calls).toEqual([]);
  });
});
