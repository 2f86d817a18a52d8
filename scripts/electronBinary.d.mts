// Types for electronBinary.mjs, so the TypeScript tests can import it.
export type ElectronBinary = { found: true; path: string } | { found: false; message: string };

export declare function electronPackageDir(root: string): string;
export declare function missingElectronMessage(missing: string): string;
export declare function findElectronBinary(electronDir: string, env?: NodeJS.ProcessEnv): ElectronBinary;
export declare function ensureElectronBinary(
  electronDir: string,
  options?: { env?: NodeJS.ProcessEnv; timeoutMs?: number; log?: (line: string) => void },
): ElectronBinary;
