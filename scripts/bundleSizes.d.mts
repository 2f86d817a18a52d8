// Types for bundleSizes.mjs, so the TypeScript tests and benchmarks can import it.
export type ViewName = 'today' | 'week' | 'plan' | 'balance' | 'insights' | 'settings';

export interface ChunkSet {
  files: string[];
  /** Bytes as built, and gzipped as a server would send them. */
  raw: number;
  gzip: number;
  /** The npm packages whose code is in these chunks. */
  packages: string[];
}

export declare function readRendererBuild(out?: string): {
  firstView(view: ViewName): ChunkSet;
  total(): ChunkSet;
};
