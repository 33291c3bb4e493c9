import type { Status } from '../../utils/protocol';

/** What every popup section is given (the list of sections is in sections.ts). */
export interface PopupSectionProps {
  /** The background's answer to `getStatus`, as of opening (or the last action). */
  status: Status;
  /** The instant the status belongs to. */
  now: number;
  /** The tab the popup was opened over, if the browser says. */
  tab: { id?: number; url?: string } | undefined;
  /** Replaces the status after an action the background has answered. */
  onStatus: (status: Status) => void;
}
