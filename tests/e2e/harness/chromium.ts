import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_BUILD, CHROMIUM_PATH } from './paths';
import {
  forgetSenders,
  sendViaPage,
  type ExtensionSession,
  type LaunchOptions,
  type RestartOptions,
  type TestPage,
} from './session';

/** Flags for Debian's Chromium on a machine with no network and no GPU. */
export const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  // Invented test host names (blocked.test, www.blocked.test…) all reach the local test site.
  '--host-resolver-rules=MAP *.test 127.0.0.1, MAP *.example 127.0.0.1',
  // Lets `reloadExtension` load the build again over CDP, as an update or a reload does.
  '--enable-unsafe-extension-debugging',
];

export interface ChromiumSession extends ExtensionSession {
  context: BrowserContext;
  /** The extension's service worker as it runs now (it may be restarted). */
  worker(): Promise<Worker>;
  /** Stops the service worker, as the browser does after 30 idle seconds. */
  stopWorker(): Promise<void>;
  /**
   * Loads the build again in place (same id), as an update or "reload" in chrome://extensions
   * does: content scripts of the old copy stay in their pages with a dead context.
   */
  reloadExtension(): Promise<void>;
}

/** Starts Debian's Chromium with the built MV3 extension on a fresh (or given) profile. */
export async function launchChromium(
  options: LaunchOptions & { extraArgs?: string[] } = {},
): Promise<ChromiumSession> {
  // --lang sets the UI language on Linux only alongside the environment's.
  const language = options.locale
    ? { LANGUAGE: options.locale.replace('-', '_'), LANG: 'C.UTF-8' }
    : {};
  const profile = await mkdtemp(join(tmpdir(), 'qh-chromium-'));
  let context = await open();
  async function open(restart: RestartOptions = {}): Promise<BrowserContext> {
    return chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      ignoreDefaultArgs: ['--disable-extensions', ...(options.sound ? ['--mute-audio'] : [])],
      args: [
        ...FLAGS,
        `--disable-extensions-except=${CHROME_BUILD}`,
        `--load-extension=${CHROME_BUILD}`,
        ...(options.locale ? [`--lang=${options.locale}`] : []),
        ...(options.extraArgs ?? []),
        ...(restart.restoreTabs ? ['--restore-last-session'] : []),
      ],
      viewport: { width: 800, height: 600 },
      ...(options.locale ? { locale: options.locale } : {}),
      env: { ...process.env, TZ: restart.timeZone ?? process.env.TZ ?? 'UTC', ...language },
    });
  }
  async function worker(): Promise<Worker> {
    const running = context.serviceWorkers().find((w) => w.url().endsWith('/background.js'));
    return (
      running ??
      context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().endsWith('/background.js'),
      })
    );
  }
  const id = new URL((await worker()).url()).host;
  const session: ChromiumSession = {
    name: 'chromium',
    extensionOrigin: `chrome-extension://${id}`,
    get context() {
      return context;
    },
    worker,
    async openPage(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page as unknown as TestPage;
    },
    async openExtensionPage(path) {
      return session.openPage(`chrome-extension://${id}${path}`);
    },
    send: (type, ...data) => sendViaPage(session, type, ...data),
    async stopWorker() {
      // The ServiceWorker domain sees the workers of the page's own origin: use one of ours.
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/options.html`);
      const cdp = await context.newCDPSession(page);
      const stopped = new Promise<void>((resolve) =>
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          if (
            versions.some(
              (v) => v.scriptURL.endsWith('/background.js') && v.runningStatus === 'stopped',
            )
          )
            resolve();
        }),
      );
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
      await cdp.detach();
      await page.close();
    },
    async reloadExtension() {
      forgetSenders(session);
      const cdp = await context.browser()!.newBrowserCDPSession();
      await cdp.send('Extensions.loadUnpacked' as never, { path: CHROME_BUILD } as never);
      await cdp.detach();
    },
    async restart(options) {
      forgetSenders(session);
      await context.close();
      context = await open(options);
      await worker();
    },
    async pages() {
      return context.pages() as unknown as TestPage[];
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
  return session;
}
