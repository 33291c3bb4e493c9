import { browser, type Runtime } from '../browser';
import { seeOnce } from './notices';

/** The welcome page's address inside the extension. */
export const WELCOME_PATH = '/welcome.html';

/**
 * Opens the welcome page after a first install, once. An update or a reload is not a first
 * evening, and neither is a reinstall that finds our data still there (Firefox keeps it for a
 * temporary add-on loaded again): the stored mark decides. Returns whether it opened.
 */
export async function welcomeOnInstall(details: Runtime.OnInstalledDetailsType): Promise<boolean> {
  // Marked first: a page that fails to open is better than one that opens twice.
  if (details.reason !== 'install' || !(await seeOnce('welcomed'))) return false;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
  return true;
}
