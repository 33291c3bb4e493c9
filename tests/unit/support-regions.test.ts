import { describe, expect, it } from 'vitest';
import { effectiveRegion, regionFromLocale } from '../../utils/support/regions';

describe('the region a browser language names', () => {
  it.each([
    ['en-GB', 'GB'],
    ['es-MX', 'MX'],
    ['en-US', 'US'],
    ['fr-CA', 'CA'],
    ['en_IE', 'IE'],
    ['en-AU', 'AU'],
    ['mi-NZ', 'NZ'],
    ['es-ES', 'ES'],
    ['de-DE', 'other'],
    ['pt-BR', 'other'],
  ])('%s → %s', (tag, region) => {
    expect(regionFromLocale(tag)).toBe(region);
  });

  it.each(['es', 'en', 'es-419', 'zh-Hant', '', 'not a tag!'])(
    '%s names no country, so the person is asked',
    (tag) => {
      expect(regionFromLocale(tag)).toBeNull();
    },
  );

  it("the person's choice wins over the browser's language; until then the language decides", () => {
    expect(effectiveRegion('auto', 'en-GB')).toBe('GB');
    expect(effectiveRegion('auto', 'es')).toBeNull();
    expect(effectiveRegion('MX', 'en-GB')).toBe('MX');
    expect(effectiveRegion('other', 'en-US')).toBe('other');
  });
});
