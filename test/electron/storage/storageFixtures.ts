// Shared by the storage tests: throwaway data folders, a fixed clock, sample records and raw file access.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import type { Entry, RunningTimer } from '../../../shared/model';
import type { Clock } from '../../../electron/ports';
import { createConfBackend } from '../../../electron/storage/confBackend';
import type { BackendFactory } from '../../../electron/storage/documentBackend';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh data folder under the OS temp dir, removed when the test file is done. */
export function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-storage-'));
  made.push(dir);
  return dir;
}

/** 26 Nov 2026, 10:01:06.123 UTC: moved-aside files are stamped 2026-11-26T10-01-06-123Z. */
export const NOW = Date.UTC(2026, 10, 26, 10, 1, 6, 123);
export const STAMP = '2026-11-26T10-01-06-123Z';
export const fixedClock: Clock = { now: () => NOW };

export const HOUR = 3_600_000;

export function entry(id: string, start: number, minutes = 60, extra: Partial<Entry> = {}): Entry {
  return { id, categoryId: 'work', start, end: start + minutes * 60_000, note: '', tags: [], source: 'manual', ...extra };
}

export const runningTimer: RunningTimer = { id: 't1', categoryId: 'work', start: Date.UTC(2026, 10, 26, 9, 0), note: 'writing' };

export function readJson(dir: string, file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
}

export function writeRaw(dir: string, file: string, text: string): void {
  fs.writeFileSync(path.join(dir, file), text);
}

export function listFiles(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

/** The conf backend, whose write throws (writing nothing, as a full disk would) when `fails(call)` says so; every
 * write's document name is pushed to `names`, in order. A staged write (a large change written in steps) is two
 * calls, each of which may fail: writing the temp file (nothing replaced) and renaming it into place. */
export function failingBackend(fails: (call: number) => boolean, names: string[] = []): BackendFactory {
  return (dataDir) => {
    const inner = createConfBackend(dataDir);
    let calls = 0;
    return {
      pathOf: (name) => inner.pathOf(name),
      write(name, document) {
        const call = calls++;
        names.push(name);
        if (fails(call)) throw new Error(`simulated: the disk refused write ${call} (${name})`);
        inner.write(name, document);
      },
      async stage(name, pieces) {
        const call = calls++;
        names.push(name);
        if (fails(call)) throw new Error(`simulated: the disk refused write ${call} (${name})`);
        const staged = await inner.stage!(name, pieces);
        return {
          ...staged,
          commit() {
            const call = calls++;
            names.push(name);
            if (fails(call)) {
              staged.discard();
              throw new Error(`simulated: the disk refused write ${call} (renaming ${name} into place)`);
            }
            staged.commit();
          },
        };
      },
    };
  };
}
