import { mayShowHours } from '../../utils/popup-state';
import { SupportLinks } from '../SupportLinks';
import type { PopupSectionProps } from './section-props';
import { SUPPORT_ID } from './SupportShortcut';

/**
 * The helplines for where the person is and their own contacts, folded so the popup stays
 * short. Whenever the hours may not be shown it counts as night, for lines closed at night.
 */
export function PopupSupport({ status, now }: PopupSectionProps) {
  return (
    <div id={SUPPORT_ID}>
      <SupportLinks
        contacts={status.settings.contacts}
        region={status.settings.region}
        atNight={!mayShowHours(status, now)}
        folded
      />
    </div>
  );
}
