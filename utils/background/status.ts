import type { Status } from '../protocol';
import { isOverrideLive, stateAt } from '../schedule';
import { loadOverride, loadSettings } from '../settings/store';
import { loadNightChanges } from './pending-store';

/** The status the extension's pages show, computed fresh from storage and the clock. */
export async function currentStatus(now: number): Promise<Status> {
  const [{ settings, recovered }, stored, { desired }] = await Promise.all([
    loadSettings(),
    loadOverride(),
    loadNightChanges(),
  ]);
  const override = isOverrideLive(stored, now) ? stored : undefined;
  return {
    night: stateAt(settings.schedule, now, override),
    override: override ?? null,
    settings,
    recovered,
    ...(desired ? { waiting: desired } : {}),
  };
}
