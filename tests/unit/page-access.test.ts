import { describe, expect, it } from 'vitest';
import { isTouchableUrl } from '../../utils/page-access';

describe('isTouchableUrl', () => {
  it.each(['https://example.com/', 'http://127.0.0.1:8080/page', 'file:///home/me/notes.html'])(
    '%s can be changed',
    (url) => {
      expect(isTouchableUrl(url)).toBe(true);
    },
  );
  it.each([
    undefined,
    '',
    'chrome://settings/',
    'about:blank',
    'about:addons',
    'moz-extension://abc/options.html',
    'chrome-extension://abc/popup.html',
    'view-source:https://example.com/',
    'https://chromewebstore.google.com/detail/x',
    'https://chrome.google.com/webstore/detail/x',
    'https://addons.mozilla.org/en-US/firefox/',
    'https://example.com/report.pdf',
  ])('%s is left alone', (url) => {
    expect(isTouchableUrl(url)).toBe(false);
  });
});
