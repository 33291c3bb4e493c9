import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { welcomeOnInstall } from '../../utils/background/welcome';
import { browserKind } from '../../utils/browser-kind';
import { clearStore } from './helpers/store';

beforeEach(() => clearStore());

const welcomeTabs = async () =>
  (await fakeBrowser.tabs.query({})).filter((tab) => tab.url?.endsWith('/welcome.html'));

describe('the welcome page opens on a first install only', () => {
  it('opens once on install', async () => {
    expect(await welcomeOnInstall({ reason: 'install', temporary: false })).toBe(true);
    expect(await welcomeTabs()).toHaveLength(1);
  });

  it('does not open on an update or a browser update', async () => {
    expect(await welcomeOnInstall({ reason: 'update', temporary: false })).toBe(false);
    expect(await welcomeOnInstall({ reason: 'browser_update', temporary: false })).toBe(false);
    expect(await welcomeTabs()).toHaveLength(0);
  });

  it('does not open again when the add-on is installed again over its own data', async () => {
    await welcomeOnInstall({ reason: 'install', temporary: true });
    expect(await welcomeOnInstall({ reason: 'install', temporary: true })).toBe(false);
    expect(await welcomeTabs()).toHaveLength(1);
  });
});

describe('browserKind', () => {
  it.each([
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36',
      'chromium',
    ],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0', 'firefox'],
    ['Mozilla/5.0 (Android 14; Mobile; rv:142.0) Gecko/142.0 Firefox/142.0', 'firefoxAndroid'],
  ])('%s is %s', (userAgent, kind) => expect(browserKind(userAgent)).toBe(kind));
});
