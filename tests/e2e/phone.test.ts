import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settingsWith } from '../helpers/settings';
import { BROWSERS, nightSchedule } from './harness/browsers';
import { resize } from './harness/page-ui';
import { eventually, type ExtensionSession, type TestPage } from './harness/session';

/** A phone's width in CSS pixels (the narrow end of common Android phones), and its height. */
const PHONE = { width: 360, height: 640 };

/**
 * What fails on the page at phone width: sideways scrolling, tap targets under 44 px tall
 * (a checkbox or radio counts with the label it sits in, which takes the tap too), and text
 * under 16 px. Every folded section is opened first, so what it holds is measured as well.
 */
function phoneProblems(page: TestPage): Promise<string[]> {
  return page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth)
      problems.push(`scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    const name = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const shown = (el: Element) => {
      const box = el.getBoundingClientRect();
      // Screen-reader-only text is 1 px; it is heard, not tapped or read.
      return box.width > 1 && box.height > 1 && getComputedStyle(el).visibility !== 'hidden';
    };
    const targets = document.querySelectorAll('button, a[href], input, select, textarea, summary');
    for (const el of targets) {
      if (!shown(el)) continue;
      const choice = el.matches('input[type="checkbox"], input[type="radio"]');
      const target = (choice && el.closest('label')) || el;
      const height = target.getBoundingClientRect().height;
      if (height < 44) problems.push(`tap target ${Math.round(height)} px tall: ${name(el)}`);
    }
    for (const el of document.body.querySelectorAll('*')) {
      const hasText = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '',
      );
      if (!hasText || !shown(el)) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 16) problems.push(`text ${size} px: ${name(el)}`);
    }
    return problems;
  }, undefined);
}

// Firefox for Android is the phone browser that runs the extension; Chromium is checked too,
// since the pages' CSS is the same.
describe.each(BROWSERS)('the pages at phone width in $name', ({ launch }) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launch();
    // Quiet hours on, a site waiting, and the pause page's breathing pause at its shortest, so
    // every page shows its night-time controls.
    const settings = settingsWith({
      schedule: nightSchedule(true),
      blocking: { sites: ['blocked.test'], pauseSeconds: 5 },
      contacts: [{ name: 'Sam', phone: '+1 555 0100', url: 'https://example.org/sam' }],
    });
    expect((await session.send('saveSettings', settings)).res?.ok).toBe(true);
  });
  afterAll(() => session?.close());

  /** Opens an extension page at phone size and waits for `ready` to be in it. */
  async function open(path: string, ready: string): Promise<TestPage> {
    const page = await session.openExtensionPage(path);
    await resize(session, page, PHONE.width, PHONE.height);
    await eventually(() => page.evaluate((s) => document.querySelector(s) !== null, ready));
    return page;
  }

  it.each([
    ['the popup', '/popup.html', '.qh-tab-info'],
    ['the settings page', '/options.html', 'form'],
    ['the welcome page', '/welcome.html', '.qh-welcome-actions'],
    // After its breathing pause, when "open it for a while" shows as well.
    ['the pause page', '/blocked.html#https://blocked.test/', '.qh-blocked-open button'],
  ])('%s: no sideways scrolling, 44 px tap targets, 16 px text', async (_, path, ready) => {
    const page = await open(path, ready);
    expect(await phoneProblems(page)).toEqual([]);
    await page.close();
  });
});
