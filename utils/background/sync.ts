import { browser } from '../browser';
import { takeSyncedSettings } from '../settings/sync';
import { touchesSyncCopy } from '../storage/sync';
import { storeSyncedAsNightAllows } from './pending';
import { serially } from './queue';
import { reconcile } from './reconcile';

/**
 * Takes a newer synced copy of the settings, in the queue, and reconciles when it changed them.
 * Our own writes to sync come back here too, and change nothing: their stamp is the one saved.
 */
export function takeSynced(): Promise<void> {
  return serially(async () => {
    try {
      // At night a copy that loosens the plan waits here too, like a save made here.
      const now = Date.now();
      if (await takeSyncedSettings(storeSyncedAsNightAllows, now)) await reconcile(now);
    } catch (error) {
      console.error('Quiet Hours: the synced settings could not be read', error);
    }
  });
}

/** Listens for the settings changing in the browser's sync (another of the user's browsers). */
export function watchSync(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (touchesSyncCopy(changes, area)) void takeSynced();
  });
}
