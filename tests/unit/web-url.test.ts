import { describe, expect, it } from 'vitest';
import { isWebUrl, webUrl } from '../../utils/web-url';

describe('isWebUrl', () => {
  it.each([
    'https://example.org/',
    'http://example.org',
    'HTTPS://Example.ORG/path?q#f',
    'http://127.0.0.1:8080/',
    'https://bücher.de/',
    '  https://example.org/  ',
  ])('takes %j', (text) => {
    expect(isWebUrl(text)).toBe(true);
    expect(webUrl(text)?.protocol).toMatch(/^https?:$/);
  });

  it.each([
    ['a script', 'javascript:alert(1)'],
    ['a file', 'file:///etc/passwd'],
    ['a browser page', 'chrome://settings'],
    ['an extension page', 'moz-extension://abc/options.html'],
    ['data', 'data:text/html,hi'],
    ['ftp', 'ftp://example.org/'],
    ['a bare name', 'example.org'],
    ['text', 'not a url'],
    ['empty', ''],
    ['a number', 42],
    ['nothing', undefined],
  ])('refuses %s', (_, value) => {
    expect(isWebUrl(value)).toBe(false);
    if (typeof value === 'string') expect(webUrl(value)).toBeNull();
  });

  it('gives the parsed address, international names converted', () => {
    expect(webUrl('https://Bücher.DE/x')?.hostname).toBe('xn--bcher-kva.de');
  });
});
