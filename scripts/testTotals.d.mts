// Types for testTotals.mjs, so the TypeScript tests can import it.
export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

export declare function countVitestReport(reportPath: string, exitCode: number): Counts;
export declare function addCounts(results: readonly Counts[]): Counts;
export declare function totalsLine(counts: Counts): string;
