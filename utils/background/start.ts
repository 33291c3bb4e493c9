import { browser } from '../browser';
import { t } from '../i18n';
import { watchTabs } from './blocking';
import { registerHandlers } from './handlers';
import { requestReconcile } from './reconcile';
import { takeSynced, watchSync } from './sync';
import { createMenus, listenToShortcuts } from './shortcuts';
import { welcomeOnInstall } from './welcome';
import { watchSound } from './keep-sound-down';

/**
 * The background's whole life. Every listener is registered synchronously, in the first turn,
 * so the browser can wake the worker for any of them; each event simply reconciles.
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
  // A worker that wakes for a message or a navigation still checks the clock first.
  void requestReconcile();
}
