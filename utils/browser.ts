import browser from 'webextension-polyfill';

/** The promise-based extension API, the same object in Chromium and Firefox. */
export { browser };
export type { Browser, Runtime, Tabs, Alarms, Storage, Scripting } from 'webextension-polyfill';
