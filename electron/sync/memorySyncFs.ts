// An in-memory folder tree for the sync simulation and benchmark: each simulated computer gets its own, and the
// test's "sync tool" copies bytes between them (whole, cut short, or as a conflict copy).
import type { SyncFs } from './syncFs';

const encoder = new TextEncoder();

export class MemorySyncFs implements SyncFs {
  readonly files = new Map<string, Uint8Array>();

  #parentOf(file: string): string {
    return file.slice(0, file.lastIndexOf('/'));
  }

  listFiles(dir: string): string[] {
    const prefix = `${dir}/`;
    return [...this.files.keys()].filter((f) => f.startsWith(prefix) && !f.slice(prefix.length).includes('/')).map((f) => f.slice(prefix.length));
  }

  listDirs(dir: string): string[] {
    const prefix = `${dir}/`;
    const dirs = new Set<string>();
    for (const f of this.files.keys()) {
      if (!f.startsWith(prefix)) continue;
      const rest = f.slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash > 0) dirs.add(rest.slice(0, slash));
    }
    return [...dirs];
  }

  size(file: string): number | null {
    return this.files.get(file)?.length ?? null;
  }

  readFrom(file: string, offset: number): Uint8Array {
    const bytes = this.files.get(file);
    if (!bytes) throw new Error(`ENOENT: ${file}`);
    return bytes.subarray(offset);
  }

  append(file: string, text: string): void {
    const old = this.files.get(file) ?? new Uint8Array();
    const add = encoder.encode(text);
    const next = new Uint8Array(old.length + add.length);
    next.set(old);
    next.set(add, old.length);
    this.files.set(file, next);
  }

  writeAtomic(file: string, text: string): void {
    if (!this.#parentOf(file)) throw new Error(`not a path: ${file}`);
    this.files.set(file, encoder.encode(text));
  }

  remove(file: string): void {
    this.files.delete(file);
  }
}
