// The conf backend, and the adapter both backends share: one conf-style instance per document, opened on first write.
import path from 'node:path';
import Conf from 'conf';
import { stageFileAtomically } from './atomicFile';
import { serializeDocument, type DocumentBackend } from './documentBackend';

/** What conf and electron-store have in common that the adapter needs. */
export interface ConfLike {
  store: Record<string, unknown>;
}

/**
 * Options both libraries get. No `projectVersion`/`migrations`: those follow the app version, ours follow the data
 * version (migrations.ts). No `defaults` or `schema`: conf would write defaults into a file on open; we validate
 * with zod ourselves before conf ever reads a file. Owner-only mode: a time log is personal.
 */
export const CONF_OPTIONS = {
  fileExtension: 'json',
  accessPropertiesByDotNotation: false,
  clearInvalidConfig: false,
  watch: false,
  configFileMode: 0o600,
  serialize: serializeDocument,
} as const;

export function backendFromConf(dataDir: string, open: (name: string) => ConfLike): DocumentBackend {
  // conf reads the file when it is constructed and throws on bad JSON, so instances are opened lazily, at the first
  // write of a document, after recovery.ts has checked (or moved aside) that file.
  const instances = new Map<string, ConfLike>();
  return {
    pathOf: (name) => path.join(dataDir, `${name}.json`),
    write(name, document) {
      let instance = instances.get(name);
      if (!instance) {
        instance = open(name);
        instances.set(name, instance);
      }
      // `store =` serializes the whole object and writes it with `atomically` (temp file, fsync, rename).
      // A copy, because conf may add its internal key to the object it is given.
      instance.store = { ...document };
    },
    // The bytes conf would write (CONF_OPTIONS.serialize, owner-only mode, temp file, fsync, rename), written by
    // us so a large change can be staged off the main thread. conf keeps no copy of the file, so nothing goes stale.
    stage: (name, pieces) => stageFileAtomically(path.join(dataDir, `${name}.json`), pieces),
  };
}

export function createConfBackend(dataDir: string): DocumentBackend {
  return backendFromConf(dataDir, (name) => new Conf<Record<string, unknown>>({ ...CONF_OPTIONS, cwd: dataDir, configName: name }));
}
