import { SupportLinks } from '../SupportLinks';
import type { PopupSectionProps } from './section-props';

/** The helplines and the user's own contacts, folded so the popup stays short. */
export function PopupSupport({ status }: PopupSectionProps) {
  return <SupportLinks contacts={status.settings.contacts} folded />;
}
