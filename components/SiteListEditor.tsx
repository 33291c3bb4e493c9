import { t } from '../utils/i18n';
import { FieldError } from './FieldError';

/** Props for {@link SiteListEditor}. */
export interface SiteListEditorProps {
  /** The textarea's id; the hint gets `${id}-hint`, the error `${id}-error`. */
  id: string;
  /** The visible label, already translated ("Sites to pause"). */
  label: string;
  /** The text as the user typed it, one site per line. Parsing is the caller's job. */
  value: string;
  /** Called with the whole new text on every change. */
  onInput: (value: string) => void;
  /** What is wrong with the list, if anything. */
  error?: string | null;
  /** A line under the label; "One site per line, like example.com." unless given. */
  hint?: string;
  /** Sites offered as one-click buttons; a click appends the site unless it is already listed. */
  suggestions?: readonly string[];
  /** Visible rows; 5 unless given. */
  rows?: number;
}

/** A site written the way people vary it (`https://www.YouTube.com/`), reduced for comparing. */
function sameSiteKey(site: string): string {
  return site
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}

/** Whether `site` is already one of the lines of `text`. */
export function listsSite(text: string, site: string): boolean {
  const key = sameSiteKey(site);
  return text.split('\n').some((line) => sameSiteKey(line) === key);
}

/** `text` with `site` added as a new last line, or `text` unchanged when it is already there. */
export function appendSite(text: string, site: string): string {
  if (listsSite(text, site)) return text;
  const kept = text.replace(/\s+$/, '');
  return kept ? `${kept}\n${site}` : site;
}

/**
 * A labelled textarea holding one site per line, with its hint and error line, and optional
 * suggestion buttons that add a common site in one click.
 */
export function SiteListEditor({
  id,
  label,
  value,
  onInput,
  error,
  hint,
  suggestions = [],
  rows = 5,
}: SiteListEditorProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const suggestionsId = `${id}-suggestions`;
  return (
    <div class="qh-field">
      <label for={id}>{label}</label>
      <p id={hintId} class="qh-hint">
        {hint ?? t('ui_sites_hint')}
      </p>
      <textarea
        id={id}
        rows={rows}
        value={value}
        spellcheck={false}
        autocomplete="off"
        autocapitalize="off"
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      <FieldError id={errorId} message={error} />
      {suggestions.length > 0 ? (
        <div class="qh-suggestions" role="group" aria-labelledby={suggestionsId}>
          <p id={suggestionsId} class="qh-hint">
            {t('ui_sites_suggestions')}
          </p>
          {suggestions.map((site) => {
            const listed = listsSite(value, site);
            return (
              <button
                key={site}
                type="button"
                class="qh-chip"
                aria-disabled={listed ? 'true' : undefined}
                onClick={() => {
                  if (!listed) onInput(appendSite(value, site));
                }}
              >
                {listed ? t('ui_sites_added', site) : t('ui_sites_add', site)}
              </button>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}
