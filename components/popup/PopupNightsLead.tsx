import { mayShowHours } from '../../utils/popup-state';
import { NightsLead } from '../NightsLead';
import { SupportLinks } from '../SupportLinks';
import type { PopupSectionProps } from './section-props';
import { SUPPORT_ID } from './SupportShortcut';
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
      <div id={SUPPORT_ID}>
        <SupportLinks
          contacts={status.settings.contacts}
          region={status.settings.region}
          atNight={!mayShowHours(status, now)}
          folded
          open
        />
      </div>
    </section>
  );
}
