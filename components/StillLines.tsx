import { t } from '../utils/i18n';
import type { LiveState } from '../utils/live-state';
import { stillAppliesTo } from '../utils/stillness/wanted';

/** Each still-pages switch and its line, in the order the settings page lists them. */
const LINES = [
  { option: 'calmMotion', key: 'still_motion_here' },
  { option: 'autoplayWaits', key: 'still_autoplay_here' },
  { option: 'keepSoundDown', key: 'still_sound_here' },
] as const;

/**
 * "Kept still on this page": what motion, autoplay and sound calming do to the page at `url`
 * under the night as published, in words (issue 16); nothing by day, on pages the browser keeps
 * to itself, or on never-touched sites. Shared by the popup and the pause page.
 */
export function StillLines({ live, url }: { live: LiveState; url: string | undefined }) {
  const applies = LINES.map((line) => stillAppliesTo(live, line.option, url));
  if (!applies.includes(true)) return null;
  return (
    <div class="qh-still-lines">
      <h2 class="qh-small-heading">{t('still_calmed_heading')}</h2>
      <ul>{LINES.map((line, i) => (applies[i] ? <li key={line.key}>{t(line.key)}</li> : null))}</ul>
    </div>
  );
}
