import { mayShowHours } from '../../utils/popup-state';
import { SupportLinks } from '../SupportLinks';
import type { PopupSectionProps } from './section-props';
import { SUPPORT_ID } from './SupportShortcut';
import { useCheckIn } from './useCheckIn';

/**
 * The popup's one support section: the helplines for where the person is and their own
 * contacts, folded so the popup stays short unless `open`. Whenever the hours may not be shown
 * it counts as night, for lines closed at night.
 */
export function PopupSupportSection({
  status,
  now,
  open = false,
}: Pick<PopupSectionProps, 'status' | 'now'> & { open?: boolean }) {
  return (
    <div id={SUPPORT_ID}>
      <SupportLinks
        contacts={status.settings.contacts}
        region={status.settings.region}
        atNight={!mayShowHours(status, now)}
        folded
        open={open}
      />
    </div>
  );
}

/** The support section near the end of the popup. */
export function PopupSupport({ status, now }: PopupSectionProps) {
  // When hard nights pile up, the same section leads the popup instead (PopupNightsLead).
  if (useCheckIn()?.pileUp) return null;
  return <PopupSupportSection status={status} now={now} />;
}
