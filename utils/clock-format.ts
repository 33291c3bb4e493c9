import { browser } from './browser';
import { parseTimeOfDay } from './time-of-day';

/**
 * A stored `HH:MM` time of day as the browser's language writes it ("10:00 PM" in American
 * English, "22:00" in British English or Spanish), so every page shows the hours the same way.
 * Only for the daytime: at night no page shows a time of day. Text that is not a time of day
 * comes back as it was.
 */
export function formatClock(hhmm: string, locale: string = browser.i18n.getUILanguage()): string {
  const minutes = parseTimeOfDay(hhmm);
  if (minutes === null) return hhmm;
  // Any fixed day will do: only the hour and minute are printed, in UTC as they were given.
  const instant = Date.UTC(2000, 0, 1, Math.floor(minutes / 60), minutes % 60);
  return new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(instant);
}
