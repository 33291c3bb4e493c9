import type { StripNight } from './strip';

/** Whether the person chose the morning check-in: `on`, `off`, or null before being asked. */
export type CheckInChoice = 'on' | 'off' | null;

/** What the extension's pages are told about the morning check-in, worked out by the background. */
export interface CheckIn {
  choice: CheckInChoice;
  /** The date of the night the morning question asks about now, or null when nothing is asked. */
  asking: string | null;
  /** The last 14 nights, oldest first; empty while the check-in is off. */
  strip: StripNight[];
  /** Whether hard nights pile up, so support leads (see `nightsPileUp`). */
  pileUp: boolean;
}
