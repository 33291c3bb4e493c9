/** The places Quiet Hours has checked support lines for (`/work/shared/support-lines.md`). */
export const REGIONS = ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'ES', 'MX'] as const;

/** A place with its own checked lines, by ISO 3166 country code. */
export type RegionCode = (typeof REGIONS)[number];

/** Where the person is: a place with its own lines, or `other` ("Somewhere else"). */
export type Region = RegionCode | 'other';

/**
 * The stored "Where you are" setting. `auto` means not chosen yet: the region follows the
 * browser's language (`en-GB` is the United Kingdom) until the person picks one.
 */
export type RegionChoice = Region | 'auto';

/** Every value the setting may hold, for the parser. */
export const REGION_CHOICES: readonly RegionChoice[] = [...REGIONS, 'other', 'auto'];

/**
 * The region a language tag names, or `null` when it names none (`es`, `en`, `es-419`): then
 * the person is asked. A country without checked lines is `other`.
 */
export function regionFromLocale(tag: string): Region | null {
  let country: string | undefined;
  try {
    country = new Intl.Locale(tag.replace(/_/g, '-')).region;
  } catch {
    return null;
  }
  if (!country || !/^[A-Z]{2}$/.test(country)) return null;
  return (REGIONS as readonly string[]).includes(country) ? (country as RegionCode) : 'other';
}

/** The region whose lines to show: the person's choice, else the one their language names. */
export function effectiveRegion(choice: RegionChoice, locale: string): Region | null {
  return choice === 'auto' ? regionFromLocale(locale) : choice;
}
