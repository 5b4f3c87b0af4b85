/** Latency summaries: nearest-rank percentiles over a list of samples (ms). */

export type Summary = { n: number; mean: number; p50: number; p95: number; p99: number; max: number };

/** Nearest-rank percentile of an ascending list (NaN when empty). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
  return {
    n: sorted.length,
    mean: round(mean),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? Number.NaN),
  };
}

export function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

/** Three significant decimals for small figures, fewer for large ones (keeps the JSON readable). */
export function round(x: number): number {
  if (!Number.isFinite(x)) return x;
  const abs = Math.abs(x);
  const digits = abs >= 100 ? 1 : abs >= 1 ? 2 : 4;
  return Number(x.toFixed(digits));
}

export const MB = 1024 * 1024;

/** RSS; V8 heap in use and reserved; memory held outside the heap by JS objects (typed arrays, buffers). */
export function memory(): { rssMB: number; heapUsedMB: number; heapTotalMB: number; externalMB: number } {
  const m = process.memoryUsage();
  return {
    rssMB: round(m.rss / MB),
    heapUsedMB: round(m.heapUsed / MB),
    heapTotalMB: round(m.heapTotal / MB),
    externalMB: round(m.external / MB),
  };
}

/** Full garbage collection when the process runs with --expose-gc (the benchmark's children do). */
export function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}
