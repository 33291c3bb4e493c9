import type { Status } from '../protocol';
import { loadNight } from './night';

/** The status the extension's pages show, computed fresh from storage and the clock. */
export async function currentStatus(now: number): Promise<Status> {
  const { night, override, settings, recovered, restored } = await loadNight(now);
  return { night, override: override ?? null, settings, recovered, restored };
}
