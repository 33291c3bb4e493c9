import { SupportLinks } from '../SupportLinks';
import type { PopupSectionProps } from './sections';
import { SUPPORT_ID } from './SupportShortcut';

/** The helplines and the user's own contacts, folded so the popup stays short. */
export function PopupSupport({ status }: PopupSectionProps) {
  return (
    <div id={SUPPORT_ID}>
      <SupportLinks contacts={status.settings.contacts} folded />
    </div>
  );
}
