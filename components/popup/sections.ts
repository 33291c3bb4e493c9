import type { ComponentType } from 'preact';
import { NightActions } from './NightActions';
import { NightStatus } from './NightStatus';
import { PrivateWindowNotice } from '../PrivateWindowNotice';
import { PopupGuidance } from './PopupGuidance';
import { PopupSupport } from './PopupSupport';
import { RevealTimes } from './RevealTimes';
import type { PopupSectionProps } from './section-props';
import { TabInfo } from './TabInfo';
import { PopupUtcNotice } from './UtcNotice';

/**
 * The popup, top to bottom. A feature that wants a say in the popup adds one component file
 * and one line here.
 */
export const POPUP_SECTIONS: Array<ComponentType<PopupSectionProps>> = [
  NightStatus,
  NightActions,
  PopupUtcNotice,
  PrivateWindowNotice,
  TabInfo,
  RevealTimes,
  PopupGuidance,
  PopupSupport,
];
