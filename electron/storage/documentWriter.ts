// Writes documents the way the storage rules ask: validated first, the previous good version kept as
// `<name>.backup.json`, each file atomic through the backend, and never over a file nobody has checked.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/result';
import type { CheckedFile } from './checkedFiles';
import { stagedListing, type CheckedFilesKeeper } from './keepCheckedFiles';
import type { StagedFile } from './atomicFile';
import { serializeDocument, type DocumentBackend } from './documentBackend';
import { backupName, parseDocument, type DocumentKind, type DocumentOf } from './documents';
import { messageOf } from './migrations';
import { describeIssues, inspectFile, moveAside } from './recovery';

export class DocumentWriter {
  readonly #backend: DocumentBackend;
  readonly #now: () => number;
  readonly #notices: string[];
  /** Files whose contents we know: checked while loading, found absent, or written by us. */
  readonly #checked = new Set<string>();
  /** Told of every file written or removed, once it is: keeps checked-files.json current (keepCheckedFiles.ts). */
  readonly #keeper: CheckedFilesKeeper | undefined;

  constructor(backend: DocumentBackend, now: () => number, notices: string[], keeper?: CheckedFilesKeeper) {
    this.#backend = backend;
    this.#now = now;
    this.#notices = notices;
    this.#keeper = keeper;
  }

  pathOf(name: string): string {
    return this.#backend.pathOf(name);
  }

  /** Loading looked at this file (or its absence): it may be overwritten without another look. */
  markChecked(...names: string[]): void {
    for (const name of names) this.#checked.add(name);
  }

  /**
   * Writes `next` as `<name>.json`. `previous` is what that file holds now (undefined when it does not exist);
   * it becomes the backup first, so a crash at any point leaves one good copy of the old or the new version.
   */
  save<K extends DocumentKind>(name: string, kind: K, next: DocumentOf<K>, previous: DocumentOf<K> | undefined): DocumentOf<K> {
    // A document that would not load back would be moved aside as corrupt at the next start: refuse it now.
    const checked = parseDocument(kind, next);
    if (!checked.success) {
      throw new AppError('internal', `Timelock refused to save ${name}.json with invalid contents: ${describeIssues(checked.error.issues)}`);
    }
    if (previous !== undefined) this.#write(backupName(name), kind, previous);
    this.#write(name, kind, checked.data);
    // The parsed copy: nothing the caller still holds can change what is stored.
    return checked.data;
  }

  /** Writes a document that needs no backup (the entry journal lives only until its change is in the shards). */
  saveWithoutBackup<K extends DocumentKind>(name: string, kind: K, next: DocumentOf<K>): void {
    this.#write(name, kind, next);
  }

  /** Whether this backend can stage files (`stage`); without it a large change is written in one go. */
  get canStage(): boolean {
    return this.#backend.stage !== undefined;
  }

  /**
   * `save` in two halves, for a change too large to write in one go: checks `next` and writes its bytes (and
   * `previous`, its backup-to-be) beside their files off the main thread, replacing nothing. `commit` then renames
   * them into place, backup first, synchronously; `discard` drops them. `pieces` is `next` already serialized, in
   * pieces (the data journal, too large for one string); `next` is then trusted as checked by the caller.
   */
  async stage<K extends DocumentKind>(name: string, kind: K, next: DocumentOf<K>, previous: DocumentOf<K> | undefined, pieces?: Iterable<string>): Promise<StagedWrite<K>> {
    const stage = this.#backend.stage?.bind(this.#backend);
    if (!stage) throw new AppError('internal', 'This storage backend cannot stage files.');
    let checked = next;
    if (!pieces) {
      const parsed = parseDocument(kind, next);
      if (!parsed.success) throw new AppError('internal', `Timelock refused to save ${name}.json with invalid contents: ${describeIssues(parsed.error.issues)}`);
      checked = parsed.data;
    }
    const files: Array<{ name: string; document: Readonly<Record<string, unknown>>; text: string | undefined }> = [
      ...(previous === undefined ? [] : [{ name: backupName(name), document: previous, text: serializeDocument(previous) }]),
      { name, document: checked, text: pieces ? undefined : serializeDocument(checked) },
    ];
    const staged: Array<{ name: string; document: Readonly<Record<string, unknown>>; file: StagedFile; listing: CheckedFile | undefined }> = [];
    const discard = () => staged.forEach(({ file }) => file.discard());
    try {
      for (const { name: file, document, text } of files) {
        if (!this.#checked.has(file)) this.#setAsideIfUnusable(file, kind);
        const written = await stage(file, text === undefined ? pieces! : [text]);
        staged.push({ name: file, document, file: written, listing: text === undefined ? undefined : stagedListing(kind, document, text, written) });
      }
    } catch (error) {
      discard();
      throw error instanceof AppError ? error : new AppError('storage', `Timelock could not save ${this.pathOf(name)}: ${messageOf(error)}`);
    }
    return {
      doc: checked,
      commit: () => {
        for (let i = 0; i < staged.length; i++) {
          const { name: file, document, listing, file: temp } = staged[i]!;
          try {
            temp.commit();
          } catch (error) {
            staged.slice(i + 1).forEach((rest) => rest.file.discard());
            throw new AppError('storage', `Timelock could not save ${this.pathOf(file)}: ${messageOf(error)}`);
          }
          this.#checked.add(file);
          if (listing) this.#keeper?.writtenAs(file, listing);
          else this.#keeper?.written(file, kind, document);
        }
      },
      discard,
    };
  }

  remove(name: string): void {
    const file = this.pathOf(name);
    try {
      fs.rmSync(file, { force: true });
    } catch (error) {
      throw new AppError('storage', `Timelock could not remove ${file}: ${messageOf(error)}`);
    }
    this.#keeper?.removed(name);
  }

  #write(name: string, kind: DocumentKind, document: Readonly<Record<string, unknown>>): void {
    if (!this.#checked.has(name)) this.#setAsideIfUnusable(name, kind);
    try {
      this.#backend.write(name, document);
    } catch (error) {
      throw new AppError('storage', `Timelock could not save ${this.pathOf(name)}: ${messageOf(error)}`);
    }
    this.#checked.add(name);
    this.#keeper?.written(name, kind, document);
  }

  /** A backup nobody loaded this session may be damaged: it is kept aside, not overwritten (and conf would throw on it). */
  #setAsideIfUnusable(name: string, kind: DocumentKind): void {
    const found = inspectFile(this.pathOf(name), kind);
    if (found.state !== 'bad' && found.state !== 'newer') return;
    const reason = found.state === 'bad' ? found.reason : `it was saved by a newer Timelock (data version ${found.version})`;
    const moved = moveAside(found.path, this.#now());
    this.#notices.push(`${path.basename(found.path)} could not be used (${reason}); it was moved aside to ${moved} instead of being overwritten.`);
  }
}

/** A document's new file (and its backup's), written beside them, waiting for `commit`. */
export interface StagedWrite<K extends DocumentKind> {
  /** The checked copy the file holds: what memory takes. */
  doc: DocumentOf<K>;
  /** Renames backup then file into place; throws AppError('storage') if the disk refuses (the rest are discarded). */
  commit(): void;
  discard(): void;
}

/** One whole-file document held in memory, and whether its file on disk holds exactly that value. */
export class DocumentSlot<K extends DocumentKind> {
  readonly #writer: DocumentWriter;
  readonly name: string;
  readonly kind: K;
  #value: DocumentOf<K>;
  #onDisk: boolean;
  /** What the file holds while it lags behind memory after `adopt`: it becomes the backup when the value is written. */
  #previous: DocumentOf<K> | undefined;

  constructor(writer: DocumentWriter, name: string, kind: K, value: DocumentOf<K>, onDisk: boolean) {
    this.#writer = writer;
    this.name = name;
    this.kind = kind;
    this.#value = value;
    this.#onDisk = onDisk;
  }

  get value(): DocumentOf<K> {
    return this.#value;
  }

  /** Synchronous: the file is on disk when this returns, or it throws and memory is unchanged. */
  save(next: DocumentOf<K>): void {
    this.#value = this.#writer.save(this.name, this.kind, next, this.#onDisk ? this.#value : this.#previous);
    this.#onDisk = true;
    this.#previous = undefined;
  }

  /** Memory takes a value a committed journal already holds; `writeBack` puts it in the file. */
  adopt(next: DocumentOf<K>): void {
    if (this.#onDisk) this.#previous = this.#value;
    this.#value = next;
    this.#onDisk = false;
  }

  /** What the file holds, when known: the backup-to-be of the next write. */
  get fileValue(): DocumentOf<K> | undefined {
    return this.#onDisk ? this.#value : this.#previous;
  }

  /** The file now holds exactly what memory holds (a staged write of the adopted value was committed). */
  markWritten(): void {
    this.#onDisk = true;
    this.#previous = undefined;
  }

  /** Writes what memory holds if the file lags behind it (after `adopt`); nothing otherwise. */
  writeBack(): void {
    if (!this.#onDisk) this.save(this.#value);
  }
}
