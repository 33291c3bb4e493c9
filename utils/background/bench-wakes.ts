import type { Storage } from '../browser';

// Bench build only (`npm run bench`): every call sits in an `import.meta.env.QH_BENCH` block, a
// build-time constant, so the shipped build holds none of this (the conventions test checks).

/** The `storage.local` key tests/bench/day-wakes.bench.ts reads. */
export const BENCH_WAKES_KEY = 'benchWakes';

/** Worker starts counted so far, and how many of them worked the night out in full. */
export interface BenchWakes {
  wakes: number;
  reconciled: number;
}

/** Counts one worker start in `area` (`storage.local`), and whether it reconciled. In the queue. */
export async function countWake(
  area: Pick<Storage.StorageArea, 'get' | 'set'>,
  reconciled: boolean,
): Promise<void> {
  const stored = (await area.get(BENCH_WAKES_KEY))[BENCH_WAKES_KEY] as BenchWakes | undefined;
  const count = stored ?? { wakes: 0, reconciled: 0 };
  await area.set({
    [BENCH_WAKES_KEY]: {
      wakes: count.wakes + 1,
      reconciled: count.reconciled + (reconciled ? 1 : 0),
    } satisfies BenchWakes,
  });
}
