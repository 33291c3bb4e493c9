import { t } from '../../utils/i18n';

/**
 * The pause page inside a frame of another site (a listed site embedded in a blog, say): a
 * small card readable at 300×150, and a link that opens the full pause page in the tab, where
 * the breathing pause and the support lines are. It links to this very page, so a crafted
 * address in a frame can never send anyone anywhere but the pause page.
 */
export function FrameView() {
  return (
    <main class="qh-frame-view">
      <p class="qh-frame-heading">{t('blocked_heading')}</p>
      <a href={location.href} target="_top">
        {t('blocked_frame_open')}
      </a>
    </main>
  );
}
