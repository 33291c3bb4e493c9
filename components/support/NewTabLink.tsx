import type { ComponentChildren } from 'preact';
import { t } from '../../utils/i18n';

/** A link that opens in a new tab, saying so to screen readers. */
export function NewTabLink({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span class="qh-visually-hidden"> {t('support_new_tab')}</span>
    </a>
  );
}
