import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerHandlers } from '../../utils/background/handlers';
import { loadSettings, saveSettings } from '../../utils/settings/store';
import { contentScript, deliver } from './helpers/messages';
import { clearStore } from './helpers/store';
import { settingsWith } from '../helpers/settings';

// The message is under test here, not the features a save reconciles.
vi.mock('../../utils/background/features', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  FEATURES: [],
}));

let unregister: () => void;
beforeEach(async () => {
  await clearStore();
  unregister = registerHandlers();
});
afterEach(() => unregister());

const neverTouch = async () => (await loadSettings()).settings.neverTouch;

describe('neverTouchSite (the popup’s "never dim this site")', () => {
  it('adds the page’s site once, normalised, keeping what was there', async () => {
    await saveSettings(settingsWith({ neverTouch: ['docs.example.org'] }), Date.now());
    const answer = await deliver('neverTouchSite', 'https://www.Example.com/some/page?q=1');
    expect(answer.res).toMatchObject({ ok: true });
    await deliver('neverTouchSite', 'https://example.com/other');
    expect(await neverTouch()).toEqual(['docs.example.org', 'example.com']);
  });

  it.each(['chrome://settings/', 'about:blank', 'https://chromewebstore.google.com/x', 42])(
    'refuses %j and changes nothing',
    async (url) => {
      const answer = await deliver('neverTouchSite', url as string);
      expect(answer.res).toMatchObject({ ok: false, errors: [{ field: 'neverTouch' }] });
      expect(await neverTouch()).toEqual([]);
    },
  );

  it('two clicks at once (two popups) keep both sites', async () => {
    await Promise.all([
      deliver('neverTouchSite', 'https://example.com/'),
      deliver('neverTouchSite', 'https://docs.example.org/'),
    ]);
    expect((await neverTouch()).sort()).toEqual(['docs.example.org', 'example.com']);
  });

  it('is refused to a content script', async () => {
    const answer = await deliver('neverTouchSite', 'https://example.com/', contentScript());
    expect(answer.err).toBeDefined();
    expect(await neverTouch()).toEqual([]);
  });
});
