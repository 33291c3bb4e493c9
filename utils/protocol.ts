import { defineExtensionMessaging } from '@webext-core/messaging';
import type { NightState, Override } from './schedule';
import type { FieldError } from './settings/parse';
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
}

/** The answer to a settings change: the settings now in force, or why nothing changed. */
export type SaveResult = { ok: true; status: Status } | { ok: false; errors: FieldError[] };

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
  /** Adds the site of the page at `url` to the sites never touched (the popup's one click). */
  neverTouchSite(url: string): SaveResult;
  /** From the pause page: lets the listed site of `url` through for a while; true once it is open. */
  allowForAWhile(url: string): boolean;
  /** Whether "Got it" has been pressed on the popup's private-window notice. */
  privateNoticeDismissed(): boolean;
  /** Hides the popup's private-window notice for good; true once stored. */
  dismissPrivateNotice(): boolean;
}

/** The one typed channel between the extension's pages and its background. */
export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;
