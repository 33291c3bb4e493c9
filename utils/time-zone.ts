import type { Settings } from './settings/schema';

/** The zone this browser reports: where the hours are kept unless the user chose another. */
export function browserZone(): string {
  // Asked every time, not cached: a laptop that travelled reports its new zone at the next wake.
  return new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The zone the user's hours are in: the one they chose, or the browser's. */
export function hoursZone(settings: Pick<Settings, 'timeZone'>): string {
  return settings.timeZone ?? browserZone();
}

/** Whether `zone` is a name this browser can compute in (its own list spells some differently). */
export function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zones the settings page offers, sorted, UTC included (some browsers leave it out). */
export function zoneChoices(): string[] {
  const zones: string[] =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...zones, 'UTC'])].sort();
}

/**
 * Whether the browser reports UTC while the user has chosen no zone. Firefox's
 * `privacy.resistFingerprinting` (LibreWolf, Mullvad Browser) does so to extensions whatever
 * the clock on the wall says, so 22:00 would come in the afternoon or the small hours.
 */
export function browserSaysUtc(settings: Pick<Settings, 'timeZone'>, zone: string): boolean {
  return (
    settings.timeZone === null &&
    /^(Etc\/)?(UTC|UCT|GMT([+-]?0)?|Universal|Zulu|Greenwich)$/i.test(zone)
  );
}
