import type { FirefoxSession } from './firefox';
import {
  eventually,
  senderPath,
  sendFrom,
  type ExtensionSession,
  type Message,
  type Payload,
  type TestPage,
} from './session';

/**
 * Opens an extension page. In Firefox the page is watched with polling that shrugs off errors:
 * BiDi now and then throws ("right-hand side of 'in'…") while a moz-extension:// page is still
 * loading, which fails the harness's single wait.
 */
export async function openPage(session: ExtensionSession, path: string): Promise<TestPage> {
  if (session.name !== 'firefox') return session.openExtensionPage(path);
  const page = await (session as FirefoxSession).browser.newPage();
  const url = `${session.extensionOrigin}${path}`;
  page.goto(url, { timeout: 0 }).catch(() => undefined);
  await eventually(
    () => page.evaluate((u) => location.href === u && document.readyState === 'complete', url),
    15_000,
  );
  return page as unknown as TestPage;
}

/** session.send, through openPage's sturdier wait in Firefox. */
export async function sendThroughPage<K extends Message>(
  session: ExtensionSession,
  type: K,
  ...data: Payload<K>
) {
  const page = await openPage(session, senderPath(type));
  try {
    return await sendFrom(page, type, ...data);
  } finally {
    await page.close();
  }
}
