import { NightsLead } from '../NightsLead';
import { PopupSupportSection } from './PopupSupport';
import type { PopupSectionProps } from './section-props';
import { useCheckIn } from './useCheckIn';

/**
 * When hard nights pile up, day or night, the popup leads with a kind paragraph and the support
 * section open, the person's own contacts first. The folded support section further down then
 * stands aside, so there is one support section and the shortcut still finds it.
 */
export function PopupNightsLead({ status, now }: PopupSectionProps) {
  const checkIn = useCheckIn();
  if (!checkIn?.pileUp) return null;
  return (
    <section class="qh-popup-lead">
      <NightsLead />
      <PopupSupportSection status={status} now={now} open />
    </section>
  );
}
