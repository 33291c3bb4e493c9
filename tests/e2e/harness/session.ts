import { EXTENSION_PAGES, MESSAGE_SENDERS } from '../../../utils/message-senders';
import type { ProtocolMap } from '../../../utils/protocol';

/** A message of the extension's protocol. */
export type Message = keyof ProtocolMap;
/** What a message carries, as the protocol types it (nothing, or one payload). */
export type Payload<K extends Message> = Parameters<ProtocolMap[K]>;
/** What the background answers to a message. */
export type Reply<K extends Message> = ReturnType<ProtocolMap[K]>;

/** The little of a page that tests use in both browsers (Playwright's and Puppeteer's pages both fit). */
export interface TestPage {
  goto(url: string): Promise<unknown>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  screenshot(options?: {
    clip?: { x: number; y: number; width: number; height: number };
  }): Promise<Uint8Array>;
  url(): string;
  /** The page's frames, its own first (Playwright's and Puppeteer's both list them). */
  frames(): TestFrame[];
  isClosed(): boolean;
  close(): Promise<void>;
}

/** A frame of a page: where it is, a way to run code in it, and a real click on an element. */
export interface TestFrame {
  url(): string;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** A trusted click (it counts as the person acting on the page), as both drivers give it. */
  click(selector: string): Promise<void>;
}

/** How the browser comes back in `restart`. */
export interface RestartOptions {
  /**
   * Reopens the tabs that were open, as a browser set to continue where it left off does.
   * Chromium only: Firefox driven over BiDi does not restore its session, and its temporary
   * add-on is installed again only after the tabs would have loaded.
   */
  restoreTabs?: boolean;
  /** The time zone the browser starts in (default UTC): a way to move its local clock by hours. */
  timeZone?: string;
}

/** How a browser is started. */
export interface LaunchOptions {
  /**
   * The browser's UI language as a BCP 47 tag (`es`, `es-MX`, `en-GB`): Chromium's `--lang`,
   * Firefox's `intl.locale.requested` (Firefox needs Debian's language pack for it,
   * `firefox-esr-l10n-es-mx`). The browser's default (US English) unless given.
   */
  locale?: string;
  /**
   * Lets pages make sound the browser hears, so a tab playing it is `audible`: headless
   * Chromium is started without Playwright's `--mute-audio`, and Firefox (which reports
   * nothing audible when it finds no sound device) gets ALSA's null device (`alsa-null.conf`).
   * Nothing is heard: the machine has no sound card.
   */
  sound?: boolean;
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
  /** Sends a message to the background from the extension page that would send it. */
  send<K extends Message>(type: K, ...data: Payload<K>): Promise<Answer<Reply<K>>>;
  /** Closes the browser and starts it again on the same profile. */
  restart(options?: RestartOptions): Promise<void>;
  /** The web and extension pages open now (after a restart: the tabs the browser restored). */
  pages(): Promise<TestPage[]>;
  close(): Promise<void>;
}

/**
 * The path of an extension page allowed to send `type` (the first that `MESSAGE_SENDERS`
 * names), since the background refuses a message from any other page.
 */
export function senderPath(type: Message): string {
  return EXTENSION_PAGES[MESSAGE_SENDERS[type][0]!];
}

/**
 * The extension pages each session sends from, one per path, kept open between sends: loading
 * the settings page for every message cost most of a second of CPU each time, and the suite
 * sends about 300. A closed page (the browser restarted, or reloaded the extension) is replaced.
 */
const senders = new WeakMap<object, Map<string, Promise<TestPage>>>();

/** Drops a session's open senders: a restart closes them with the browser. */
export function forgetSenders(session: object): void {
  senders.delete(session);
}

/** `send` for any browser: sends from an open page allowed to send the message. */
export async function sendViaPage<K extends Message>(
  session: Pick<ExtensionSession, 'openExtensionPage'>,
  type: K,
  ...data: Payload<K>
): Promise<Answer<Reply<K>>> {
  const path = senderPath(type);
  const open = senders.get(session) ?? new Map<string, Promise<TestPage>>();
  senders.set(session, open);
  const page = await senderPage(session, open, path);
  try {
    return await sendFrom(page, type, ...data);
  } catch (error) {
    // A page whose message failed or went unanswered (after a reload, say) is not trusted
    // again: the next send opens a fresh one.
    open.delete(path);
    await page.close().catch(() => undefined);
    throw error;
  }
}

async function senderPage(
  session: Pick<ExtensionSession, 'openExtensionPage'>,
  open: Map<string, Promise<TestPage>>,
  path: string,
): Promise<TestPage> {
  const kept = await open.get(path)?.catch(() => undefined);
  if (kept && !kept.isClosed()) return kept;
  const opening = session.openExtensionPage(path);
  open.set(path, opening);
  return opening.catch((error: unknown) => {
    open.delete(path);
    throw error;
  });
}

/**
 * Sends a protocol message from inside an extension page (one allowed to send it). Tests switch
 * the night on and off by saving settings; when a save loosens a running night the background
 * asks for a breathing pause first, and this sits through it the way the settings page would,
 * then finishes it.
 */
export async function sendFrom<K extends Message>(
  page: TestPage,
  type: K,
  ...data: Payload<K>
): Promise<Answer<Reply<K>>> {
  const answer = await sendOnce<Reply<K>>(page, type, data[0]);
  const breath = (answer.res as { breath?: { token: string; seconds: number } } | undefined)
    ?.breath;
  if (!breath) return answer;
  await new Promise((resolve) => setTimeout(resolve, breath.seconds * 1000 + 100));
  const done = await sendOnce<Reply<'finishBreath'>>(page, 'finishBreath', breath.token);
  if (!done.res?.done)
    throw new Error(`The breathing pause did not finish: ${JSON.stringify(done)}`);
  return { res: { ...(answer.res as object), status: done.res.status } as Reply<K> };
}

/**
 * How long the harness waits for an answer. The background answers in milliseconds; without a
 * limit, a message never answered (a page or worker gone mid-send) would hang the whole test.
 */
const ANSWER_MS = 10_000;

function sendOnce<T>(page: TestPage, type: Message, data?: unknown): Promise<Answer<T>> {
  const sent = page.evaluate(
    ({ type, data }) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return api.runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() });
    },
    { type, data },
  ) as Promise<Answer<T>>;
  return within(sent, ANSWER_MS, `no answer to ${type} in ${ANSWER_MS} ms`);
}

/** `promise`, or a rejection with `message` once `ms` have passed without it settling. */
function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** How long one check of `eventually` may take when little of its time is left. */
const SLOW_CHECK_MS = 15_000;

/** Polls `check` until it returns a truthy value, for state the background applies on its own time. */
export async function eventually<T>(
  check: () => Promise<T | undefined | null | false>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // A check that hangs (a page gone, a message lost) counts as false once the time is up,
    // but a slow one on a busy machine still gets to finish.
    const left = Math.max(deadline - Date.now(), SLOW_CHECK_MS);
    const value = await within(check(), left, 'too late').catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline)
      throw new Error(`Still not true after ${timeoutMs} ms: ${check.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
