import { t } from '../utils/i18n';
import type { LiveState } from '../utils/live-state';
import { stillLines } from '../utils/stillness/words';

/**
 * "Kept still on this page": what motion, autoplay and sound calming do to the page at `url`,
 * in words (issue 16). Shared by the popup and the pause page; nothing when nothing applies.
 */
export function StillLines({ live, url }: { live: LiveState; url: string | undefined }) {
  const lines = stillLines(live, url);
  if (lines.length === 0) return null;
  return (
    <div class="qh-still-lines">
      <h2 class="qh-small-heading">{t('still_calmed_heading')}</h2>
      <ul>
        {lines.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </div>
  );
}
