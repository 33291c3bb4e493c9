import puppeteer, { type Browser } from 'puppeteer-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALSA_NULL, FIREFOX_BUILD, FIREFOX_PATH } from './paths';
import {
  eventually,
  forgetSenders,
  sendViaPage,
  type ExtensionSession,
  type RestartOptions,
  type LaunchOptions,
  type TestPage,
} from './session';

/** The add-on's id, as wxt.config.ts gives it. */
const ADDON_ID = '{0a29bb0b-97fd-4c80-beeb-9a9622ff5da1}';
/** A fixed internal UUID, so extension pages have a known moz-extension:// origin. */
const ADDON_UUID = '6c1a1a0e-5b4e-4d8f-9a53-5e9b0c7d2f10';

export interface FirefoxSession extends ExtensionSession {
  browser: Browser;
}

/** Starts Debian's Firefox ESR over WebDriver BiDi and installs the built MV2 extension. */
export async function launchFirefox(options: LaunchOptions = {}): Promise<FirefoxSession> {
  const profile = await mkdtemp(join(tmpdir(), 'qh-firefox-'));
  let browser = await open();
  async function open(restart: RestartOptions = {}): Promise<Browser> {
    const b = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      // Firefox lets WebDriver open moz-extension:// pages only with system access.
      args: ['--remote-allow-system-access'],
      userDataDir: profile,
      defaultViewport: { width: 800, height: 600 },
      env: {
        ...process.env,
        TZ: restart.timeZone ?? process.env.TZ ?? 'UTC',
        ...(options.sound ? { ALSA_CONFIG_PATH: ALSA_NULL } : {}),
      },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
        // Temporary add-ons are removed at shutdown; keep their data so a restart can be tested.
        'extensions.webextensions.keepStorageOnUninstall': true,
        'extensions.webextensions.keepUuidOnUninstall': true,
        // Invented test host names reach the local test site.
        'network.dns.localDomains':
          'blocked.test,www.blocked.test,m.blocked.test,notblocked.test,other.test,site.example,' +
          'paths.test,second.test,blocked.test.other.test',
        'network.proxy.type': 0,
        ...(options.locale
          ? {
              'intl.locale.requested': options.locale,
              'intl.accept_languages': options.locale,
              // Debian's language packs live in the application's extensions folder.
              'extensions.autoDisableScopes': 0,
              'extensions.enabledScopes': 15,
            }
          : {}),
      },
    });
    await b.installExtension(FIREFOX_BUILD);
    return b;
  }
  const origin = `moz-extension://${ADDON_UUID}`;
  const session: FirefoxSession = {
    name: 'firefox',
    extensionOrigin: origin,
    get browser() {
      return browser;
    },
    async openPage(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return page as unknown as TestPage;
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const url = `${origin}${path}`;
      // Firefox's BiDi never reports the load of a moz-extension:// page, so the navigation
      // promise is left to itself and the document is watched instead. Polled rather than
      // waitForFunction: an evaluation that meets the document swap now and then fails inside
      // BiDi ("right-hand side of 'in' should be an object") instead of being retried.
      page.goto(url, { timeout: 0 }).catch(() => undefined);
      await eventually(
        () => page.evaluate((u) => location.href === u && document.readyState === 'complete', url),
        15_000,
      );
      return page as unknown as TestPage;
    },
    send: (type, ...data) => sendViaPage(session, type, ...data),
    async restart(options) {
      forgetSenders(session);
      await browser.close();
      browser = await open(options);
    },
    async pages() {
      return (await browser.pages()) as unknown as TestPage[];
    },
    async close() {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
  return session;
}
