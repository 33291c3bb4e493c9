import { browser } from './browser';
import { t } from './i18n';

/** The browser's UI language as a BCP 47 tag (`es-MX`), for `Intl` and the region default. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage().replace(/_/g, '-');
}

/**
 * The language of the words on our pages: the UI language when its messages are the ones
 * shown (`es-MX` reading `es`), else the language of the messages file the browser fell back
 * to, so a screen reader never reads English text as French.
 */
export function pageLanguage(): string {
  const shown = t('locale_code');
  const ui = uiLanguage();
  return ui.split('-')[0]!.toLowerCase() === shown ? ui : shown;
}

/** Marks the page's `<html lang>` before anything is drawn. */
export function setPageLanguage(): void {
  document.documentElement.lang = pageLanguage();
}

/** A time of day (minutes after midnight) as the UI language writes it: `22:00`, `10:00 PM`. */
export function formatClockTime(minutes: number, locale = uiLanguage()): string {
  const date = new Date(2000, 0, 1, Math.floor(minutes / 60), minutes % 60);
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(date);
}
