import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { t } from '../utils/i18n';
import type { Contact } from '../utils/settings/schema';
import { webUrl } from '../utils/web-url';

/** Props for {@link SupportLinks}. */
export interface SupportLinksProps {
  /** The user's own people and services, listed before the helplines. */
  contacts: Contact[];
  /** Level of the section heading; 2 unless given. Sub-headings are one level below. */
  headingLevel?: 2 | 3;
  /** Fold the whole list into a closed `<details>` (for a short popup); open in full unless set. */
  folded?: boolean;
}

const SAMHSA_PHONE = '1-800-662-4357';
const SAMHSA_TTY = '1-800-487-4889';
const SAMHSA_SMS = '435748';
const SAMHSA_URL = 'https://www.samhsa.gov/find-help/helplines/national-helpline';
const FINDTREATMENT_URL = 'https://findtreatment.gov/';
const LIFELINE = '988';
const LIFELINE_URL = 'https://988lifeline.org/';
const FINDAHELPLINE_URL = 'https://findahelpline.com/';

/** A `tel:` address for a number as people write it: digits, and a leading `+` if there is one. */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/\D/g, '')}`;
}

/** A link that opens in a new tab, saying so to screen readers. */
function NewTabLink({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span class="qh-visually-hidden"> {t('support_new_tab')}</span>
    </a>
  );
}

/**
 * Where to turn at night: the user's own contacts, then the US helplines (SAMHSA, FindTreatment,
 * 988), help outside the US and the local emergency number. Phone numbers are `tel:` links, the
 * text line an `sms:` link, web links open in a new tab. Ends with one quiet line saying this is
 * not medical advice.
 */
export function SupportLinks({ contacts, headingLevel = 2, folded = false }: SupportLinksProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const Sub = headingLevel === 3 ? 'h4' : 'h3';
  const headingId = useId();

  const ownContacts = contacts.filter((contact) => contact.phone.trim() || webUrl(contact.url));

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
      <ul class="qh-support-list">
        <li>
          <Sub>{t('support_samhsa_name')}</Sub>
          <p>{t('support_samhsa_about')}</p>
          <p class="qh-support-actions">
            <a href={telHref(SAMHSA_PHONE)}>{t('support_call', SAMHSA_PHONE)}</a>
            <a href={telHref(SAMHSA_TTY)}>{t('support_tty', SAMHSA_TTY)}</a>
            <a href={`sms:${SAMHSA_SMS}`}>{t('support_samhsa_sms', SAMHSA_SMS)}</a>
            <NewTabLink href={SAMHSA_URL}>{t('support_samhsa_web')}</NewTabLink>
          </p>
        </li>
        <li>
          <Sub>{t('support_findtreatment_name')}</Sub>
          <p>{t('support_findtreatment_about')}</p>
          <p class="qh-support-actions">
            <NewTabLink href={FINDTREATMENT_URL}>{t('support_findtreatment_link')}</NewTabLink>
          </p>
        </li>
        <li>
          <Sub>{t('support_988_name')}</Sub>
          <p>{t('support_988_about')}</p>
          <p class="qh-support-actions">
            <a href={`tel:${LIFELINE}`}>{t('support_call', LIFELINE)}</a>
            <a href={`sms:${LIFELINE}`}>{t('support_text', LIFELINE)}</a>
            <NewTabLink href={LIFELINE_URL}>{t('support_988_chat')}</NewTabLink>
          </p>
        </li>
        <li>
          <Sub>{t('support_world_name')}</Sub>
          <p>{t('support_world_about')}</p>
          <p class="qh-support-actions">
            <NewTabLink href={FINDAHELPLINE_URL}>{t('support_world_link')}</NewTabLink>
          </p>
        </li>
      </ul>
      <p class="qh-support-emergency">{t('support_emergency')}</p>
      <p class="qh-quiet">{t('support_not_advice')}</p>
    </>
  );

  if (folded) {
    return (
      <details class="qh-fold qh-support">
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
