import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import {
  downloadText,
  EXPORT_FILE_NAME,
  exportText,
  MAX_IMPORT_BYTES,
  readImportText,
} from '../../utils/export-file';
import { sendMessage, type Status } from '../../utils/protocol';
import type { Settings } from '../../utils/settings/schema';

/** Props for {@link ImportExport}. */
export interface ImportExportProps {
  /** The settings in force (what an export holds). */
  settings: Settings;
  /** Called after an imported file has been saved. */
  onImported: (status: Status) => void;
}

/**
 * Saves the settings to a JSON file and reads one back. An imported file goes through the
 * background's `saveSettings`, so a malformed or foreign file changes nothing.
 */
export function ImportExport({ settings, onImported }: ImportExportProps) {
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState(false);

  async function importFile(file: File | undefined) {
    setDone(false);
    setProblems([]);
    if (!file) return;
    // Refused before reading a byte: a file this big is not settings, and reading it costs.
    if (file.size > MAX_IMPORT_BYTES) return setProblems([t('options_import_too_big')]);
    const read = readImportText(await file.text());
    if (!read.ok) return setProblems([read.message]);
    const answer = await sendMessage('saveSettings', read.value).catch(() => null);
    if (!answer) return setProblems([t('options_import_no_answer')]);
    if (!answer.ok) return setProblems(answer.errors.map((e) => e.message));
    setDone(true);
    onImported(answer.status);
  }

  return (
    <section aria-labelledby="qh-file-heading">
      <h2 id="qh-file-heading">{t('options_file_heading')}</h2>
      <p class="qh-hint">{t('options_file_hint')}</p>
      <div class="qh-button-row">
        <button type="button" onClick={() => downloadText(exportText(settings), EXPORT_FILE_NAME)}>
          {t('options_export')}
        </button>
      </div>
      <div class="qh-field">
        <label for="f-import">{t('options_import_label')}</label>
        <input
          type="file"
          id="f-import"
          accept="application/json,.json"
          aria-invalid={problems.length ? 'true' : undefined}
          aria-describedby={problems.length ? 'f-import-error' : undefined}
          onChange={(event) => {
            const input = event.currentTarget;
            void importFile(input.files?.[0]).finally(() => (input.value = ''));
          }}
        />
        {problems.length ? (
          <div id="f-import-error" class="qh-field-error" role="alert">
            <p>{t('options_import_failed')}</p>
            <ul>
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <p id="f-import-status" class="qh-saved" role="status">
          {done ? t('options_import_done') : ''}
        </p>
      </div>
    </section>
  );
}
