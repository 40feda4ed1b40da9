import { performance } from 'node:perf_hooks';

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const median = (values: number[]): number => percentile(values, 50);

/** Median wall time of `runs` calls, one after the other. */
export async function timeIt(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/**
 * Two things timed in turns (a, b, a, b …), so a busy moment on the shared
 * machine falls on both alike: medians of each.
 */
export async function timeSideBySide(runs: number, a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[number, number]> {
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    for (const [fn, into] of [[a, ta], [b, tb]] as const) {
      const t0 = performance.now();
      await fn();
      into.push(performance.now() - t0);
    }
  }
  return [median(ta), median(tb)];
}
