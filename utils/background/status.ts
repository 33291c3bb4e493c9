import type { Status } from '../protocol';
import { loadNight } from './night';
import { loadNightChanges } from './pending-store';

/** The status the extension's pages show, computed fresh from storage and the clock. */
export async function currentStatus(now: number): Promise<Status> {
  const [{ night, zone, override, settings, recovered, restored }, { desired }] = await Promise.all(
    [loadNight(now), loadNightChanges()],
  );
  return {
    night,
    zone,
    override: override ?? null,
    settings,
    recovered,
    restored,
    ...(desired ? { waiting: desired } : {}),
  };
}
