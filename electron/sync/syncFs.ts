// The few file operations sync needs, behind one interface: the real folder on disk here, an in-memory one in the
// simulation and the benchmark. Paths use '/', which every platform's fs accepts.
import fs from 'node:fs';
import path from 'node:path';
import { hiddenTempName, writeFileAtomically } from '../storage/atomicFile';

export interface SyncFs {
  /** Names of the files in a folder (not subfolders); [] when the folder does not exist. */
  listFiles(dir: string): string[];
  /** Names of the subfolders of a folder; [] when it does not exist. */
  listDirs(dir: string): string[];
  /** Bytes in the file, or null when it does not exist. */
  size(file: string): number | null;
  /** The bytes from `offset` to the end. */
  readFrom(file: string, offset: number): Uint8Array;
  /** Appends text, creating the file and its folders. */
  append(file: string, text: string): void;
  /** Replaces the whole file: a temp file beside it, then a rename, so a reader never sees half of it. */
  writeAtomic(file: string, text: string): void;
  remove(file: string): void;
}

export function joinPath(...parts: string[]): string {
  return parts.join('/').replace(/\/+/g, '/');
}

/** Temp files this side writes start with a dot, so no reader (nor a sync tool's listing of ours) mistakes them. */
export const isTempName = (name: string): boolean => name.startsWith('.');

export const nodeSyncFs: SyncFs = {
  listFiles(dir) {
    try {
      return fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  },
  listDirs(dir) {
    try {
      return fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  },
  size(file) {
    try {
      return fs.statSync(file).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  },
  readFrom(file, offset) {
    const fd = fs.openSync(file, 'r');
    try {
      const size = fs.fstatSync(fd).size;
      const buffer = Buffer.alloc(Math.max(0, size - offset));
      let read = 0;
      while (read < buffer.length) {
        const n = fs.readSync(fd, buffer, read, buffer.length - read, offset + read);
        if (n === 0) break;
        read += n;
      }
      return buffer.subarray(0, read);
    } finally {
      fs.closeSync(fd);
    }
  },
  append(file, text) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const fd = fs.openSync(file, 'a', 0o600);
    try {
      fs.writeSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  },
  writeAtomic(file, text) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    writeFileAtomically(file, text, hiddenTempName);
  },
  remove(file) {
    fs.rmSync(file, { force: true });
  },
};
