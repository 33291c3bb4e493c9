import { loadavg } from 'node:os';

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * `n` loads, scaled by `QH_BENCH_SCALE` (`npm run bench:clock` runs fewer while iterating);
 * always odd, so the median is one load, and at least 5.
 */
export function loads(n: number): number {
  const scaled = Math.round(n * Number(process.env.QH_BENCH_SCALE || 1));
  return Math.max(5, scaled | 1);
}

/** The machine's load average over the last minute, for the figures' stderr notes. */
export function load(): string {
  return loadavg()[0]!.toFixed(1);
}

/** "min … max …" of a series, for stderr. */
export function spread(values: number[], digits = 2): string {
  return `min ${Math.min(...values).toFixed(digits)}, max ${Math.max(...values).toFixed(digits)} over ${values.length}`;
}
