import { t } from './i18n';
import type { Settings } from './settings/schema';

/** The name a settings export is saved under. */
export const EXPORT_FILE_NAME = 'quiet-hours-settings.json';

/**
 * Imported files larger than this are refused before they are read: settings at every limit
 * (500 sites twice, 20 contacts) stay well under it, so a bigger file is not ours.
 */
export const MAX_IMPORT_BYTES = 256 * 1024;

/**
 * The export file's text: the settings object itself, `version` included, as indented JSON.
 * Importing it gives the same settings back; the README documents the format.
 */
export function exportText(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

/** What an imported file holds: a JSON value still to be checked by `parseSettings`, or why not. */
export type ImportRead = { ok: true; value: unknown } | { ok: false; message: string };

/** Reads an imported file's text as JSON. The settings themselves are judged by the parser. */
export function readImportText(text: string): ImportRead {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return { ok: false, message: t('error_not_settings') };
    return { ok: true, value };
  } catch {
    return { ok: false, message: t('options_import_not_json') };
  }
}

/** Offers `text` to the user as a downloaded file. */
export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked later, not at once: some browsers start reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
