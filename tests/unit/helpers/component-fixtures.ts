import messages from '../../../public/_locales/en/messages.json';
import type { Contact } from '../../../utils/settings/schema';

/** The English messages, by key, as the components show them. */
export const catalogue = messages as Record<string, { message: string }>;

/** The user's own contacts: a phone only, a web address only, and both. */
export const contacts: Contact[] = [
  { name: 'My sponsor', phone: '+1 (555) 010-0199', url: '' },
  { name: 'Dr. Lee', phone: '', url: 'https://www.clinic.example.org/night' },
  { name: 'Sam', phone: '555 0123', url: 'https://sam.example.net/' },
];

/** A handler for props a test does not watch. */
export function noop() {}
