// Types for buildRenderer.mjs, so the TypeScript tests and benchmarks can import it.
export declare const rendererOut: string;
export declare function rendererIsStale(): boolean;
export declare function buildRenderer(): Promise<void>;
