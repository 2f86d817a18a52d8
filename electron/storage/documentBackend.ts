// The seam between the storage module and the library that puts one JSON document on disk:
// conf in the Node hosts (browser host, CLI, tests), electron-store (built on conf, same file format) in Electron.

export interface DocumentBackend {
  /** The file a document lives in: `<dataDir>/<name>.json`. */
  pathOf(name: string): string;
  /**
   * Replaces the whole document before returning: written to a temp file, fsynced, renamed over the old one.
   * The storage module checks a file itself before it lets a backend open it (see recovery.ts).
   */
  write(name: string, document: Readonly<Record<string, unknown>>): void;
}

/** Makes the backend for a data folder; the Electron host passes `createElectronStoreBackend`. */
export type BackendFactory = (dataDir: string) => DocumentBackend;

/**
 * How a document becomes the bytes of its file (conf's own default, named so the checked-files index can tell that
 * a file still holds exactly what this writer wrote: keepCheckedFiles.ts).
 */
export function serializeDocument(document: unknown): string {
  return JSON.stringify(document, undefined, '\t');
}
