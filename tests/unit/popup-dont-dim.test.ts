import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerHandlers } from '../../utils/background/handlers';
import { loadSettings, saveSettings } from '../../utils/settings/store';
import { contentScript, deliver } from './helpers/messages';
import { clearStore } from './helpers/store';
import { inTimeZone, local } from './helpers/time';
import { settingsWith } from '../helpers/settings';
import { defaultSettings } from '../../utils/settings/schema';

// The message is under test here, not the features a save reconciles.
vi.mock('../../utils/background/features', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  FEATURES: [],
}));

inTimeZone('Europe/London');
let unregister: () => void;
beforeEach(async () => {
  await clearStore();
  unregister = registerHandlers();
  // By day, whatever the hour the tests run at: at night the click waits (night-changes.test.ts).
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(local('2026-11-27 12:00'));
});
afterEach(() => {
  unregister();
  vi.useRealTimers();
});

const notDimmed = async () => (await loadSettings()).settings.notDimmed;

describe('dontDimSite (the popup’s "don’t dim this site")', () => {
  it('adds the page’s site once, normalised, keeping what was there', async () => {
    await saveSettings(settingsWith({ notDimmed: ['docs.example.org'] }), Date.now());
    const answer = await deliver('dontDimSite', 'https://www.Example.com/some/page?q=1');
    expect(answer.res).toMatchObject({ ok: true });
    await deliver('dontDimSite', 'https://example.com/other');
    expect(await notDimmed()).toEqual(['docs.example.org', 'example.com']);
  });

  it('only stops the dimming: a listed site stays listed and nothing becomes never touched', async () => {
    await saveSettings(
      settingsWith({ blocking: { ...defaultSettings().blocking, sites: ['youtube.com'] } }),
      Date.now(),
    );
    await deliver('dontDimSite', 'https://www.youtube.com/watch?v=1');
    const { settings } = await loadSettings();
    expect(settings.notDimmed).toEqual(['youtube.com']);
    expect(settings.blocking.sites).toEqual(['youtube.com']);
    expect(settings.neverTouch).toEqual([]);
  });

  it.each(['chrome://settings/', 'about:blank', 'https://chromewebstore.google.com/x', 42])(
    'refuses %j and changes nothing',
    async (url) => {
      const answer = await deliver('dontDimSite', url as string);
      expect(answer.res).toMatchObject({ ok: false, errors: [{ field: 'notDimmed' }] });
      expect(await notDimmed()).toEqual([]);
    },
  );

  it('two clicks at once (two popups) keep both sites', async () => {
    await Promise.all([
      deliver('dontDimSite', 'https://example.com/'),
      deliver('dontDimSite', 'https://docs.example.org/'),
    ]);
    expect((await notDimmed()).sort()).toEqual(['docs.example.org', 'example.com']);
  });

  it('is refused to a content script', async () => {
    const answer = await deliver('dontDimSite', 'https://example.com/', contentScript());
    expect(answer.err).toBeDefined();
    expect(await notDimmed()).toEqual([]);
  });
});
