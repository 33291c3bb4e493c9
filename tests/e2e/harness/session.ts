/** The little of a page that tests use in both browsers (Playwright's and Puppeteer's pages both fit). */
export interface TestPage {
  goto(url: string): Promise<unknown>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  screenshot(options?: {
    clip?: { x: number; y: number; width: number; height: number };
  }): Promise<Uint8Array>;
  url(): string;
  close(): Promise<void>;
}

/** What the background answered, in @webext-core/messaging's wire format. */
export interface Answer<T = unknown> {
  res?: T;
  err?: { message: string };
}

/** A real browser with the built extension loaded, driven the same way in Chromium and Firefox. */
export interface ExtensionSession {
  name: 'chromium' | 'firefox';
  /** `chrome-extension://<id>` or `moz-extension://<uuid>` */
  extensionOrigin: string;
  /** Opens a page of the extension (`/options.html`) in a new tab. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** Opens a web page in a new tab. */
  openPage(url: string): Promise<TestPage>;
  /** Sends a message to the background from an extension page, as the popup would. */
  send<T = unknown>(type: string, data?: unknown): Promise<Answer<T>>;
  /** Closes the browser and starts it again on the same profile. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** `send` for any browser: opens an extension page, sends from it, closes it. */
export async function sendViaPage<T>(
  session: Pick<ExtensionSession, 'openExtensionPage'>,
  type: string,
  data?: unknown,
): Promise<Answer<T>> {
  const page = await session.openExtensionPage('/options.html');
  try {
    return await sendFrom<T>(page, type, data);
  } finally {
    await page.close();
  }
}

/**
 * Sends a protocol message from inside an extension page. Tests switch the night on and off by
 * saving settings; when a save loosens a running night the background asks for a breathing
 * pause first, and this sits through it the way the settings page would, then finishes it.
 */
export async function sendFrom<T>(
  page: TestPage,
  type: string,
  data?: unknown,
): Promise<Answer<T>> {
  const answer = await sendOnce<T>(page, type, data);
  const breath = (answer.res as { breath?: { token: string; seconds: number } } | undefined)
    ?.breath;
  if (!breath) return answer;
  await new Promise((resolve) => setTimeout(resolve, breath.seconds * 1000 + 100));
  const done = await sendOnce<{ done: boolean; status: unknown }>(
    page,
    'finishBreath',
    breath.token,
  );
  if (!done.res?.done)
    throw new Error(`The breathing pause did not finish: ${JSON.stringify(done)}`);
  return { res: { ...answer.res, status: done.res.status } as T };
}

function sendOnce<T>(page: TestPage, type: string, data?: unknown): Promise<Answer<T>> {
  return page.evaluate(
    ({ type, data }) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return api.runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() });
    },
    { type, data },
  ) as Promise<Answer<T>>;
}

/** Polls `check` until it returns a truthy value, for state the background applies on its own time. */
export async function eventually<T>(
  check: () => Promise<T | undefined | null | false>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline)
      throw new Error(`Still not true after ${timeoutMs} ms: ${check.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
