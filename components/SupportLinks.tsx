import { useId } from 'preact/hooks';
import { t } from '../utils/i18n';
import { uiLanguage } from '../utils/locale';
import type { Contact } from '../utils/settings/schema';
import { webUrl } from '../utils/web-url';
import { SUPPORT_LINES, telHref } from '../utils/support/lines';
import { effectiveRegion, type RegionChoice } from '../utils/support/regions';
import { NewTabLink } from './support/NewTabLink';
import { RegionNote } from './support/RegionNote';
import { SupportLineItem } from './support/SupportLineItem';

/** Props for {@link SupportLinks}. */
export interface SupportLinksProps {
  /** The user's own people and services, listed before the helplines. */
  contacts: Contact[];
  /** "Where you are": whose helplines to list. */
  region: RegionChoice;
  /** Whether it is night now: a line closed at night then says it opens in the morning. */
  atNight: boolean;
  /** Level of the section heading; 2 unless given. Sub-headings are one level below. */
  headingLevel?: 2 | 3;
  /** Fold the whole list into a closed `<details>` (for a short popup); open in full unless set. */
  folded?: boolean;
  /** With `folded`: start unfolded (when hard nights pile up, support leads). */
  open?: boolean;
}

/**
 * Where to turn at night: the user's own contacts first, then the checked helplines for where
 * they are (`utils/support/lines.ts`; Find A Helpline when somewhere else or not chosen yet),
 * and last the emergency number. Phone numbers are `tel:` links, text lines `sms:` links, web
 * links open in a new tab. Ends with one quiet line saying this is not medical advice.
 */
export function SupportLinks({
  contacts,
  region,
  atNight,
  headingLevel = 2,
  folded = false,
  open = false,
}: SupportLinksProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const Sub = headingLevel === 3 ? 'h4' : 'h3';
  const headingId = useId();

  const ownContacts = contacts.filter((contact) => contact.phone.trim() || webUrl(contact.url));
  const where = effectiveRegion(region, uiLanguage());
  const { lines, emergency } = SUPPORT_LINES[where ?? 'other'];

  const body = (
    <>
      {ownContacts.length > 0 ? (
        <>
          <Sub>{t('support_contacts_heading')}</Sub>
          <ul class="qh-support-list">
            {ownContacts.map((contact, index) => {
              const url = webUrl(contact.url);
              return (
                <li key={index}>
                  <p class="qh-support-name">{contact.name}</p>
                  <p class="qh-support-actions">
                    {contact.phone.trim() ? (
                      <a href={telHref(contact.phone)}>{t('support_call', contact.phone.trim())}</a>
                    ) : null}
                    {url ? (
                      <NewTabLink href={url.href}>
                        {t('support_open', url.hostname.replace(/^www\./, ''))}
                      </NewTabLink>
                    ) : null}
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      <RegionNote region={where} />
      <ul class="qh-support-list">
        {lines.map((line) => (
          <SupportLineItem key={line.id} line={line} atNight={atNight} Heading={Sub} />
        ))}
      </ul>
      {emergency ? (
        <p class="qh-support-emergency">
          {t('support_emergency_here')}{' '}
          <a href={telHref(emergency)}>{t('support_call', emergency)}</a>
        </p>
      ) : (
        <p class="qh-support-emergency">{t('support_emergency')}</p>
      )}
      <p class="qh-quiet">{t('support_not_advice')}</p>
    </>
  );

  if (folded) {
    return (
      <details class="qh-fold qh-support" open={open}>
        <summary>{t('support_heading')}</summary>
        <div class="qh-fold-body">{body}</div>
      </details>
    );
  }
  return (
    <section class="qh-support" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('support_heading')}</Heading>
      {body}
    </section>
  );
}
