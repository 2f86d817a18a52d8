// What every benchmark gives bench/run.ts: named figures, each against a target it must stay under (or, for a few
// figures kept in sight, none).

export interface BenchFigure {
  name: string;
  /** Measured value, in `unit`. */
  value: number;
  /** The value must stay at or under this; null for a figure printed beside the others and judged by none (its name
   * says why). */
  target: number | null;
  /** ×: a ratio of two times measured in the same run (each figure's name says of what); kB gzipped; requests; %,
   * MB and counts of things (listeners, documents) for what a window gains while it stays open. */
  unit: 'ms' | 'µs' | '×' | 'kB' | 'MB' | '%' | 'requests' | 'listeners' | 'documents';
}

export interface Benchmark {
  name: string;
  /** What the data looks like, for the header line. */
  describe(): string;
  run(): BenchFigure[] | Promise<BenchFigure[]>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Milliseconds one call takes. */
export function timeOnce(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}
