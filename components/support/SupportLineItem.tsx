import { t } from '../../utils/i18n';
import { smsHref, telHref, type Reach, type SupportLine } from '../../utils/support/lines';
import { NewTabLink } from './NewTabLink';

/** One way to reach a line, as a link: `tel:`, `sms:`, `mailto:` or a new tab. */
function ReachLink({ reach }: { reach: Reach }) {
  switch (reach.kind) {
    case 'call':
      return (
        <a href={telHref(reach.number)}>
          {reach.label ? reach.label(reach.number) : t('support_call', reach.number)}
        </a>
      );
    case 'tty':
      return <a href={telHref(reach.number)}>{t('support_tty', reach.number)}</a>;
    case 'text':
      return (
        <a href={smsHref(reach.number)}>
          {reach.label ? reach.label(reach.number) : t('support_text', reach.number)}
        </a>
      );
    case 'email':
      return <a href={`mailto:${reach.address}`}>{t('support_email', reach.address)}</a>;
    case 'web':
      return <NewTabLink href={reach.url}>{reach.label()}</NewTabLink>;
  }
}

/** What to say about a line's hours, if anything: never a clock time. */
function hoursNote(line: SupportLine, atNight: boolean): string | null {
  if (line.hours === 'daytime') return atNight ? t('support_opens_morning') : t('support_daytime');
  if (line.hours === 'unconfirmed') return t('support_check_hours');
  return null;
}

/** Props for {@link SupportLineItem}. */
export interface SupportLineItemProps {
  line: SupportLine;
  /** Whether it is night now, when a daytime line says it opens in the morning. */
  atNight: boolean;
  /** The heading element for the line's name. */
  Heading: 'h3' | 'h4';
}

/** One helpline: its name, one line on what it is for, its hours if not all night, its links. */
export function SupportLineItem({ line, atNight, Heading }: SupportLineItemProps) {
  const note = hoursNote(line, atNight);
  return (
    <li data-line={line.id}>
      <Heading>{line.name()}</Heading>
      <p>{line.about()}</p>
      {note ? <p class="qh-support-hours">{note}</p> : null}
      <p class="qh-support-actions">
        {line.reach.map((reach, index) => (
          <ReachLink key={index} reach={reach} />
        ))}
      </p>
    </li>
  );
}
