/** Which browser the extension runs in, as far as the words it shows need to know. */
export type BrowserKind = 'chromium' | 'firefox' | 'firefoxAndroid';

/**
 * The browser, from its user agent string: Firefox says `Firefox/`, and on Android also
 * `Android`; every other browser the extension supports is Chromium-based.
 */
export function browserKind(userAgent: string = navigator.userAgent): BrowserKind {
  if (!/\bFirefox\//.test(userAgent)) return 'chromium';
  return /\bAndroid\b/.test(userAgent) ? 'firefoxAndroid' : 'firefox';
}
