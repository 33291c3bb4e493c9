import { browser } from '../browser';
import { t } from '../i18n';
import { watchTabs } from './blocking';
import { registerHandlers } from './handlers';
import { requestReconcile, requestReconcileIfDue } from './reconcile';
import { takeSynced, watchSync } from './sync';
import { createMenus, listenToShortcuts } from './shortcuts';
import { welcomeOnInstall } from './welcome';
import { watchSound } from './keep-sound-down';

/**
 * The background's whole life. Every listener is registered synchronously, in the first turn,
 * so the browser can wake the worker for any of them. Events that can change the night (install
 * or update, browser start, alarms, messages that change something, synced settings) reconcile
 * in full; any other wake reconciles only when something is due (`reconcileIfDue`).
 */
export function startQuietHours(): void {
  registerHandlers();
  browser.runtime.onInstalled.addListener((details) => {
    void requestReconcile();
    void welcomeOnInstall(details).catch(() => undefined);
    void createMenus(t('menu_pause_site')).catch(() => undefined);
  });
  browser.runtime.onStartup.addListener(() => void requestReconcile());
  browser.alarms.onAlarm.addListener(() => void requestReconcile());
  watchTabs();
  watchSound();
  watchSync();
  // Settings saved on another browser while this one was closed or asleep come in first.
  void takeSynced();
  listenToShortcuts();
  // A worker that wakes for a message, a navigation or a tab's new title checks the clock first,
  // and works the night out again only when something is due.
  void requestReconcileIfDue();
}
