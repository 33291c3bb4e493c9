import type { Status } from '../protocol';
import { isOverrideLive, stateAt } from '../schedule';
import { loadOverride, loadSettings } from '../settings/store';
import { hoursZone } from '../time-zone';

/** The status the extension's pages show, computed fresh from storage and the clock. */
export async function currentStatus(now: number): Promise<Status> {
  const [{ settings, recovered }, stored] = await Promise.all([loadSettings(), loadOverride()]);
  const override = isOverrideLive(stored, now) ? stored : undefined;
  const zone = hoursZone(settings);
  return {
    night: stateAt(settings.schedule, zone, now, override),
    zone,
    override: override ?? null,
    settings,
    recovered,
  };
}
