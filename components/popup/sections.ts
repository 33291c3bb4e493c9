import type { ComponentType } from 'preact';
import { CheckInOffer } from './CheckInOffer';
import { MorningCheckIn } from './MorningCheckIn';
import { NightActions } from './NightActions';
import { NightStatus } from './NightStatus';
import { PopupGuidance } from './PopupGuidance';
import { PopupNightsLead } from './PopupNightsLead';
import { PopupSupport } from './PopupSupport';
import { PrivateNotice } from './PrivateNotice';
import { RevealTimes } from './RevealTimes';
import type { PopupSectionProps } from './section-props';
import { SupportShortcut } from './SupportShortcut';
import { StillTab } from './StillTab';
import { TabInfo } from './TabInfo';
import { PopupUtcNotice } from './UtcNotice';

/**
 * The popup, top to bottom. A feature that wants a say in the popup adds one component file
 * and one line here. The first screen (360 × 600) holds the night in words, the one action
 * that fits and the way to support; the rest follows.
 */
export const POPUP_SECTIONS: Array<ComponentType<PopupSectionProps>> = [
  PopupNightsLead,
  NightStatus,
  NightActions,
  SupportShortcut,
  MorningCheckIn,
  PopupUtcNotice,
  PrivateNotice,
  TabInfo,
  StillTab,
  RevealTimes,
  CheckInOffer,
  PopupGuidance,
  PopupSupport,
];
