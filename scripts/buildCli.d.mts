// Types for buildCli.mjs, so the TypeScript benchmarks can import it.
export declare const cliBundle: string;
export declare const webBundle: string;
export declare function cliIsStale(): boolean;
export declare function buildCli(): Promise<void>;
