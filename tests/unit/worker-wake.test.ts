import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Feature } from '../../utils/background/feature';
import { reconcile, reconcileIfDue } from '../../utils/background/reconcile';
import { pauseTonightOverride } from '../../utils/schedule';
import { defaultSettings } from '../../utils/settings/schema';
import { loadOverride, saveOverride } from '../../utils/settings/store';
import { readLiveState, RECONCILED } from '../../utils/storage/local';
import { clearStore } from './helpers/store';
import { inTimeZone, local } from './helpers/time';
import { travelledTo } from './helpers/time';

// Default hours: 22:00 to 07:00, fading in over 30 minutes, every night.
inTimeZone('Europe/London');

/** A feature that only notes that it was applied: what a full reconcile would redo. */
function watched(): { features: Feature[]; applied: () => number } {
  const apply = vi.fn(async () => undefined);
  return { features: [{ name: 'watched', apply }], applied: () => apply.mock.calls.length };
}

beforeEach(async () => {
  await clearStore();
});
afterEach(() => vi.restoreAllMocks());

describe('a worker start', () => {
  it.each([
    ['three hours later in the same afternoon', '2026-11-27 15:00', false],
    ['a minute before the evening starts', '2026-11-27 21:59', false],
    ['the moment the evening starts', '2026-11-27 22:00', true],
    ['once the evening has started', '2026-11-27 22:15', true],
    ['after a clock set back to the morning', '2026-11-27 09:00', true],
    ['after a clock set back a day', '2026-11-26 12:30', true],
  ])('after a noon reconcile, %s: reconciles %s', async (_, at, reconciles) => {
    await reconcile(local('2026-11-27 12:00'), []);
    const wake = watched();
    expect(await reconcileIfDue(local(at), wake.features)).toBe(reconciles);
    expect(wake.applied()).toBe(reconciles ? 1 : 0);
  });

  it('with nothing due writes nothing, so no page hears of it', async () => {
    await reconcile(local('2026-11-27 12:00'), []);
    const changes = vi.fn();
    fakeBrowser.storage.onChanged.addListener(changes);
    await reconcileIfDue(local('2026-11-27 16:00'), []);
    expect(changes).not.toHaveBeenCalled();
    expect(await readLiveState()).toMatchObject({ phase: 'off' });
  });

  it('once the evening has started, publishes the fade where it stands', async () => {
    await reconcile(local('2026-11-27 12:00'), []);
    await reconcileIfDue(local('2026-11-27 22:15'), []);
    expect(await readLiveState()).toMatchObject({ phase: 'ramping', level: 0.5 });
  });

  it('during the fade brings the level up to date a minute on, not sooner', async () => {
    await reconcile(local('2026-11-27 22:15'), []);
    expect(await reconcileIfDue(local('2026-11-27 22:15') + 30_000, [])).toBe(false);
    expect(await reconcileIfDue(local('2026-11-27 22:16'), [])).toBe(true);
    expect((await readLiveState()).level).toBeCloseTo(16 / 30);
  });

  it('after a clock set back before the night, lifts the night', async () => {
    await reconcile(local('2026-11-27 23:00'), []);
    expect(await readLiveState()).toMatchObject({ phase: 'on' });
    expect(await reconcileIfDue(local('2026-11-27 21:00'), [])).toBe(true);
    expect(await readLiveState()).toMatchObject({ phase: 'off' });
  });

  it('after the browser moved to another zone, keeps the hours where it is now', async () => {
    // 18:00 in London is 03:00 in Tokyo.
    const at = local('2026-11-27 18:00');
    await reconcile(at, []);
    expect(await readLiveState()).toMatchObject({ phase: 'off', zone: 'Europe/London' });
    expect(await travelledTo('Asia/Tokyo', () => reconcileIfDue(at + 60_000, []))).toBe(true);
    expect(await readLiveState()).toMatchObject({ phase: 'on', zone: 'Asia/Tokyo' });
  });

  it('when "pause tonight" runs out in the morning, forgets it', async () => {
    const noon = local('2026-11-27 12:00');
    const { schedule } = defaultSettings();
    await saveOverride(pauseTonightOverride(schedule, 'Europe/London', noon));
    await reconcile(noon, []);
    expect(await reconcileIfDue(local('2026-11-28 06:59'), [])).toBe(false);
    expect(await loadOverride()).toBeDefined();
    expect(await reconcileIfDue(local('2026-11-28 07:00'), [])).toBe(true);
    expect(await loadOverride()).toBeUndefined();
  });

  it('with no reconcile finished this session (a fresh start, a browser restart), reconciles', async () => {
    const wake = watched();
    expect(await reconcileIfDue(local('2026-11-27 12:00'), wake.features)).toBe(true);
    expect(wake.applied()).toBe(1);
    expect(await readLiveState()).toMatchObject({ zone: 'Europe/London' });
  });

  it('after a worker stopped in the middle of a reconcile, reconciles', async () => {
    await reconcile(local('2026-11-27 12:00'), []);
    let reached!: () => void;
    const stuck = new Promise<void>((resolve) => (reached = resolve));
    // The worker stops while a feature is being applied: that reconcile never finishes.
    void reconcile(local('2026-11-27 13:00'), [
      { name: 'stopped', apply: () => (reached(), new Promise<void>(() => undefined)) },
    ]);
    await stuck;
    const wake = watched();
    expect(await reconcileIfDue(local('2026-11-27 13:05'), wake.features)).toBe(true);
    expect(wake.applied()).toBe(1);
  });

  it('with a mark of another shape, reconciles', async () => {
    await RECONCILED.set({ at: 'noon' } as never);
    expect(await reconcileIfDue(local('2026-11-27 12:00'), [])).toBe(true);
  });
});
