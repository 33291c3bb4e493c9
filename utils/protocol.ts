import { defineExtensionMessaging } from '@webext-core/messaging';
import type { NightState, Override } from './schedule';
import type { SyncChoice } from './storage/local';
import type { FieldError } from './settings/parse';
import type { Loosening } from './settings/loosens';
import type { CheckIn } from './nights/check-in';
import type { Settings } from './settings/schema';

/** What the popup and options page need to draw themselves. */
export interface Status {
  night: NightState;
  /** The manual start or pause in force, if any. */
  override: Override | null;
  settings: Settings;
  /** The IANA zone the hours are computed in now: the chosen one, or the browser's. */
  zone: string;
  /** True when stored settings could not be read and were set aside (see `getBackup`). */
  recovered: boolean;
  /** True when lost settings were brought back from their mirror (see `dismissRestored`). */
  restored: boolean;
  /** During quiet hours: the settings as last saved, while part of them waits (see `loosens.ts`). */
  waiting?: Settings;
}

/** What a breathing pause is for: saved settings that wait, or pausing tonight. */
export type BreathPurpose = 'settings' | 'pauseTonight';

/** A breathing pause the background handed out; the page finishes it with the token. */
export interface Breath {
  token: string;
  /** How long it lasts. Never shown: nothing counts down. */
  seconds: number;
}

/** The answer to a settings change: the settings now in force, or why nothing changed. */
export type SaveResult =
  { ok: true; status: Status; breath?: Breath } | { ok: false; errors: FieldError[] };

/**
 * Every message the extension's own pages send to the background. Each handler checks that
 * the sender is one of those pages; payloads go through `parseSettings` before anything is
 * stored, so web pages and content scripts can change nothing.
 */
export interface ProtocolMap {
  /** The night's state and the settings. */
  getStatus(): Status;
  /** Validates and stores a whole settings object (the options form, or an imported file). */
  saveSettings(settings: unknown): SaveResult;
  /** Puts every setting back to its default. */
  resetSettings(): SaveResult;
  /** Quiet hours now, until the scheduled end. */
  startNow(): Status;
  /** No quiet hours until tonight's night is over. */
  pauseTonight(): Status;
  /** Undoes a manual start or pause. */
  resume(): Status;
  /** The unreadable stored settings as JSON, or null when there are none. */
  getBackup(): string | null;
  /** Forgets the unreadable stored settings. */
  clearBackup(): Status;
  /** Forgets that lost settings were brought back, once the user has read so. */
  dismissRestored(): Status;
  /**
   * The popup's "Don't dim": adds the site of the page at `url` to the sites left undimmed
   * (dimming only). At night it loosens the plan, so it waits like a settings save.
   */
  dontDimSite(url: string): SaveResult;
  /** Starts a breathing pause for what waits tonight; null when none is offered (by day, or "in the morning"). */
  beginBreath(purpose: BreathPurpose): Breath | null;
  /** Ends a breathing pause; what it was for applies once its full length has passed. */
  finishBreath(token: string): { done: boolean; status: Status };
  /** Cancels one waiting change (as listed from the status), or every one with null. */
  cancelWaiting(item: Loosening | null): Status;
  /** From the pause page: lets the listed site of `url` through for a while; true once it is open. */
  allowForAWhile(url: string): boolean;
  /** This browser's choice about sync (two true/false answers); answers with the choice in force. */
  setSyncChoice(choice: unknown): SyncChoice;
  /** Whether "Got it" has been pressed on the popup's private-window notice. */
  privateNoticeDismissed(): boolean;
  /** Hides the popup's private-window notice for good; true once stored. */
  dismissPrivateNotice(): boolean;
  // Issue 17, the morning check-in: answers stay on this device (see utils/nights/).
  /** The morning check-in: whether it is on, the night it asks about now, the strip, the lead. */
  getCheckIn(): CheckIn;
  /** Turns the morning check-in on (true) or off (false); off forgets every answer. */
  setCheckIn(on: unknown): CheckIn;
  /** Answers the morning question (`some`, `barely`, `none`) or skips it, for the night it asks about. */
  answerNight(answer: unknown): CheckIn;
  /** "Forget my nights": deletes every answer. */
  forgetNights(): CheckIn;
  /** Whether hard nights pile up, so the pause page leads with support. */
  nightsPileUp(): boolean;
  /** Whether the "pause for tonight" shortcut just opened the popup to ask; answering forgets it. */
  pauseAsked(): boolean;
}

/** The one typed channel between the extension's pages and its background. */
export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;
