import type { ProtocolMap } from './protocol';

/** The extension's own pages that talk to the background, by name, with their paths. */
export const EXTENSION_PAGES = {
  popup: '/popup.html',
  options: '/options.html',
  /** The pause page: web-accessible, since redirect rules send tabs to it. */
  pause: '/blocked.html',
  /** Opened once after install: reads the settings and saves the hours, as the settings page. */
  welcome: '/welcome.html',
} as const;

/** The name of one of the extension's own pages. */
export type ExtensionPage = keyof typeof EXTENSION_PAGES;

/**
 * The pages allowed to send each message: each page may send only what it needs, so the pause
 * page, which any web page can open, can read the status and open its one site for a while,
 * and nothing else. A new message does not compile until its senders are named here.
 */
export const MESSAGE_SENDERS: { readonly [K in keyof ProtocolMap]: readonly ExtensionPage[] } = {
  getStatus: ['popup', 'options', 'pause', 'welcome'],
  saveSettings: ['options', 'welcome'],
  resetSettings: ['options'],
  startNow: ['popup'],
  pauseTonight: ['popup'],
  resume: ['popup'],
  getBackup: ['options'],
  clearBackup: ['options'],
  dismissRestored: ['options'],
  dontDimSite: ['popup'],
  allowForAWhile: ['pause'],
  beginBreath: ['popup', 'options'],
  finishBreath: ['popup', 'options'],
  cancelWaiting: ['options'],
  setSyncChoice: ['options'],
  privateNoticeDismissed: ['popup'],
  dismissPrivateNotice: ['popup'],
  // Issue 17: the check-in's answers reach only the popup and the settings page; the pause page
  // learns only whether support should lead.
  getCheckIn: ['popup', 'options'],
  setCheckIn: ['popup', 'options', 'welcome'],
  answerNight: ['popup'],
  forgetNights: ['options'],
  nightsPileUp: ['pause'],
  pauseAsked: ['popup'],
};
