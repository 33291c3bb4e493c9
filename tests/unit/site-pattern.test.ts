import { describe, expect, it } from 'vitest';
import {
  describeSite,
  MAX_SITE_PATTERN_LENGTH,
  parseSitePattern,
  siteMatches,
} from '../../utils/site-pattern';

describe('parseSitePattern', () => {
  it.each([
    ['youtube.com', 'youtube.com'],
    ['  youtube.com  ', 'youtube.com'],
    ['https://WWW.YouTube.com/', 'youtube.com'],
    ['HTTP://EXAMPLE.COM', 'example.com'],
    ['//example.com', 'example.com'],
    ['reddit.com.', 'reddit.com'],
    ['news.example.org/live', 'news.example.org/live'],
    ['news.example.org/live/', 'news.example.org/live'],
    ['www.youtube.com/live//', 'youtube.com/live'],
    ['example.org:8080', 'example.org'],
    ['example.org:8080/live/x', 'example.org/live/x'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['https://Bücher.DE/', 'xn--bcher-kva.de'],
    ['xn--bcher-kva.de', 'xn--bcher-kva.de'],
    ['http://m.example.com/path?x#y', 'm.example.com/path'],
    ['example.com?x=1', 'example.com'],
    ['example.com#top', 'example.com'],
    ['youtube.com/Live', 'youtube.com/Live'],
    ['example.org/café', 'example.org/caf%C3%A9'],
    ['example.com/a/../b', 'example.com/b'],
    ['www.com', 'www.com'],
    ['www.example.co.uk', 'example.co.uk'],
    ['ex_ample.com', 'ex_ample.com'],
    ['127.0.0.1', '127.0.0.1'],
    ['http://192.168.1.20:8080/admin', '192.168.1.20/admin'],
    ['[::1]', '[::1]'],
    [`${'a'.repeat(63)}.com`, `${'a'.repeat(63)}.com`],
  ])('%j is the site %j', (input, value) => {
    // The host ends at the first slash; the path is the rest, as the rules and matching use it.
    const slash = value.includes('/') ? value.indexOf('/') : value.length;
    const site = { ok: true, value, host: value.slice(0, slash), path: value.slice(slash) };
    expect(parseSitePattern(input)).toEqual(site);
    // Canonical values are fixed points, so stored settings parse back unchanged.
    expect(parseSitePattern(value)).toEqual(site);
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['a space inside', 'you tube.com'],
    ['a space in the path', 'example.com/a b'],
    ['a single label', 'localhost'],
    ['a single label with a port', 'localhost:3000'],
    ['a bare top-level name', '.com'],
    ['an empty label', 'a..com'],
    ['a leading hyphen', '-a.com'],
    ['a trailing hyphen', 'a-.com'],
    ['a dollar sign', 'exa$mple.com'],
    ['an exclamation mark', 'hello!.com'],
    ['a backslash', 'example.com\\path'],
    ['a label of 64 characters', `${'a'.repeat(64)}.com`],
    ['a wildcard', '*.example.com'],
    ['a wildcard in the path', 'example.com/*'],
    ['a numeric top-level name', 'example.123'],
    ['a short IPv4 form', '1.2.3'],
    ['an octal IPv4 form', '010.0.0.1'],
    ['a port out of range', 'example.com:99999'],
    ['user info', 'user@example.com'],
    ['user info after a scheme', 'https://user:pw@example.com/'],
    ['a lone path', '/live'],
    ['a scheme without slashes', 'http:/example.com'],
    ['chrome://', 'chrome://settings'],
    ['file:', 'file:///etc/passwd'],
    ['javascript:', 'javascript:alert(1)'],
    ['about:', 'about:blank'],
    ['mailto:', 'mailto:me@example.com'],
    ['ftp://', 'ftp://example.com'],
    ['data:', 'data:text/html,hi'],
    [
      'too long for a blocking rule',
      `${'a'.repeat(60)}.com/${'b'.repeat(MAX_SITE_PATTERN_LENGTH)}`,
    ],
  ])('refuses %s', (_, input) => {
    expect(parseSitePattern(input)).toEqual({ ok: false });
  });
});

describe('siteMatches', () => {
  it.each([
    ['youtube.com', 'https://youtube.com/'],
    ['youtube.com', 'http://youtube.com'],
    ['youtube.com', 'https://www.youtube.com/watch?v=1'],
    ['youtube.com', 'https://m.YOUTUBE.com:8443/feed'],
    ['youtube.com', 'https://youtube.com./'],
    ['youtube.com', 'https://a.b.youtube.com/x#y'],
    ['news.example.org/live', 'https://news.example.org/live'],
    ['news.example.org/live', 'https://news.example.org/live/'],
    ['news.example.org/live', 'https://news.example.org/live/today?x=1'],
    ['news.example.org/live', 'https://news.example.org/LIVE'],
    ['news.example.org/live', 'https://www.news.example.org/live?y'],
    ['xn--bcher-kva.de', 'https://bücher.de/'],
    ['bücher.de', 'https://www.xn--bcher-kva.de/'],
    ['https://WWW.YouTube.com/', 'https://youtube.com/'],
    ['127.0.0.1', 'http://127.0.0.1:8080/'],
    // Paths as servers read them: encoded unreserved characters, runs of slashes, parameters.
    ['news.example.org/live', 'https://news.example.org/%6Cive'],
    ['news.example.org/live', 'https://news.example.org/%6c%69%76%65/today'],
    ['news.example.org/live', 'https://news.example.org//live'],
    ['news.example.org/live', 'https://news.example.org/live;x'],
    ['news.example.org//live', 'https://news.example.org/live'],
    ['news.example.org/%7Euser', 'https://news.example.org/~user/x'],
  ])('%s covers %s', (pattern, url) => {
    expect(siteMatches(pattern, url)).toBe(true);
  });

  it.each([
    ['youtube.com', 'https://notyoutube.com/'],
    ['youtube.com', 'https://youtube.com.evil.test/'],
    ['youtube.com', 'https://evil.test/youtube.com'],
    ['youtube.com', 'https://evil.test/?u=https://youtube.com/'],
    ['youtube.com', 'https://youtube.com@evil.test/'],
    ['youtube.com', 'https://youtube.co/'],
    ['www.youtube.com', 'https://youtube.co/'],
    ['news.example.org/live', 'https://news.example.org/lively'],
    ['news.example.org/live', 'https://news.example.org/'],
    ['news.example.org/live', 'https://news.example.org/other/live'],
    ['news.example.org/live', 'https://news.example.org/live%2Fx'],
    ['news.example.org/live', 'https://news.example.org/%6Cively'],
    ['news.example.org/live', 'https://example.org/live'],
    ['youtube.com', 'ftp://youtube.com/'],
    ['youtube.com', 'chrome-extension://abc/blocked.html#https://youtube.com/'],
    ['youtube.com', 'view-source:https://youtube.com/'],
    ['youtube.com', 'not a url'],
    ['not a site', 'https://youtube.com/'],
  ])('%s does not cover %s', (pattern, url) => {
    expect(siteMatches(pattern, url)).toBe(false);
  });
});

describe('describeSite', () => {
  it.each([
    ['https://www.YouTube.com/watch?v=1', 'youtube.com'],
    ['http://news.example.org:8080/live', 'news.example.org'],
    ['https://reddit.com./r/x', 'reddit.com'],
    ['https://bücher.de/', 'xn--bcher-kva.de'],
    ['http://127.0.0.1/', '127.0.0.1'],
  ])('%s is on %s', (url, site) => {
    expect(describeSite(url)).toBe(site);
    // The one-click actions save what describeSite returns, so it must be a valid pattern.
    expect(parseSitePattern(site)).toEqual({ ok: true, value: site, host: site, path: '' });
  });

  it.each([
    'chrome://settings',
    'about:blank',
    'file:///home/me/notes.html',
    'moz-extension://abc/options.html',
    'http://localhost:3000/',
    'not a url',
  ])('%s has no site', (url) => {
    expect(describeSite(url)).toBeNull();
  });
});
