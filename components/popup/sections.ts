import type { ComponentType } from 'preact';
import type { Status } from '../../utils/protocol';
import { NightActions } from './NightActions';
import { NightStatus } from './NightStatus';
import { PopupGuidance } from './PopupGuidance';
import { PopupSupport } from './PopupSupport';
import { PrivateNotice } from './PrivateNotice';
import { RevealTimes } from './RevealTimes';
import { SupportShortcut } from './SupportShortcut';
import { TabInfo } from './TabInfo';

/** What every popup section is given. */
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

/**
 * The popup, top to bottom. A feature that wants a say in the popup adds one component file
 * and one line here. The first screen (360 × 600) holds the night in words, the one action
 * that fits and the way to support; the rest follows.
 */
export const POPUP_SECTIONS: Array<ComponentType<PopupSectionProps>> = [
  NightStatus,
  NightActions,
  SupportShortcut,
  PrivateNotice,
  TabInfo,
  RevealTimes,
  PopupGuidance,
  PopupSupport,
];
