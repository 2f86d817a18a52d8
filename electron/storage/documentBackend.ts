// The seam between the storage module and the library that puts one JSON document on disk:
// conf in the Node hosts (browser host, CLI, tests), electron-store (built on conf, same file format) in Electron.
import type { StagedFile } from './atomicFile';

export interface DocumentBackend {
  /** The file a document lives in: `<dataDir>/<name>.json`. */
  pathOf(name: string): string;
  /**
   * Replaces the whole document before returning: written to a temp file, fsynced, renamed over the old one.
   * The storage module checks a file itself before it lets a backend open it (see recovery.ts).
   */
  write(name: string, document: Readonly<Record<string, unknown>>): void;
  /**
   * For a change too large to write in one go: the file's new bytes (`serializeDocument`'s, given in pieces) are
   * written and fsynced beside it without holding the event loop, and replace it only at `commit`. A backend
   * without it has every change written by `write`, in one go.
   */
  stage?(name: string, pieces: Iterable<string> | AsyncIterable<string>): Promise<StagedFile>;
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
