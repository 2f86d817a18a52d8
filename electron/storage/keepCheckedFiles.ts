// Keeps checked-files.json (checkedFiles.ts) current as this process writes the files it lists, so the first
// `timelock status` after a timer stop, a logged entry or a host's write still reads only its week's files instead of
// opening the whole folder. A written file is listed again only when its bytes on disk are exactly what this writer
// serialized from a document that passed the storage's checks; anything else leaves it unlisted, and the reader
// refuses an unlisted or changed file. Updates are gathered until the synchronous change is done and written once,
// so an import that rewrites seventy months rewrites the index once.
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { CHECKED_DOCUMENTS, readCheckedFilesIndex, contentHash, shardFacts, writeCheckedFilesIndex, CHECKED_FILES, type CheckedFile } from './checkedFiles';
import { serializeDocument } from './documentBackend';
import { DOCUMENT_NAMES, MONTH_KEY } from './documentNames';
import { parseDocument, type DocumentKind } from './documents';

const LISTED: ReadonlySet<string> = new Set(CHECKED_DOCUMENTS.map((kind) => DOCUMENT_NAMES[kind]));

/** The files the index lists: the checked documents and the entry month files (not their backups or the journals). */
function isListed(name: string): boolean {
  return LISTED.has(name) || (name.startsWith('entries-') && MONTH_KEY.test(name.slice('entries-'.length)));
}

type Written = { kind: DocumentKind; document: Readonly<Record<string, unknown>> } | { listing: CheckedFile } | 'removed';

export class CheckedFilesKeeper {
  readonly #dataDir: string;
  #pending = new Map<string, Written>();

  constructor(dataDir: string) {
    this.#dataDir = dataDir;
  }

  /** `<name>.json` now holds `document`, written by this process holding the folder's lock. */
  written(name: string, kind: DocumentKind, document: Readonly<Record<string, unknown>>): void {
    this.#note(name, { kind, document });
  }

  /** The same, for a file listed from its staged bytes (`stagedListing`). */
  writtenAs(name: string, listing: CheckedFile): void {
    this.#note(name, { listing });
  }

  removed(name: string): void {
    this.#note(name, 'removed');
  }

  /** Writes the gathered updates now (they are written at the end of the current change anyway). */
  flush(): void {
    const pending = this.#pending;
    this.#pending = new Map();
    if (pending.size === 0) return;
    try {
      // No index: the next status opens the folder the full way and records one.
      const index = readCheckedFilesIndex(this.#dataDir);
      if (!index) return;
      for (const [name, written] of pending) {
        const vouched = written === 'removed' ? undefined : 'listing' in written ? written.listing : this.#vouch(name, written.kind, written.document);
        if (vouched) index.files[`${name}.json`] = vouched;
        else delete index.files[`${name}.json`];
      }
      writeCheckedFilesIndex(this.#dataDir, index.files, index.offsets);
    } catch {
      // An index that could not be brought up to date must not vouch for the old bytes (a file rewritten within the
      // same clock tick at the same size would look unchanged): without it the next status takes the full open.
      try {
        fs.rmSync(path.join(this.#dataDir, CHECKED_FILES), { force: true });
      } catch {
        // Nothing else to do: the file's new time or size still makes the reader refuse it in all but that case.
      }
    }
  }

  #note(name: string, written: Written): void {
    if (!isListed(name)) return;
    if (this.#pending.size === 0) queueMicrotask(() => this.flush());
    this.#pending.set(name, written);
  }

  /** The file's listing when it holds exactly the serialized document and reads back as that document, else undefined. */
  #vouch(name: string, kind: DocumentKind, document: Readonly<Record<string, unknown>>): CheckedFile | undefined {
    const file = path.join(this.#dataDir, `${name}.json`);
    const before = fs.statSync(file, { throwIfNoEntry: false });
    if (!before?.isFile()) return undefined;
    const text = fs.readFileSync(file, 'utf8');
    const after = fs.statSync(file, { throwIfNoEntry: false });
    if (!after || after.size !== before.size || after.mtimeMs !== before.mtimeMs || after.size !== Buffer.byteLength(text)) return undefined;
    if (text !== serializeDocument(document)) return undefined;
    if (kind === 'entries') {
      // The entry check copies each value it accepts as it is (entryCheck.ts): the written bytes load back unchanged.
      return { hash: contentHash(text), size: after.size, mtimeMs: after.mtimeMs, ...shardFacts((document as { entries: Array<{ start: number; end: number }> }).entries) };
    }
    // Small documents: loaded back the way the full open loads them, they must come out the same (JSON drops an
    // undefined value and turns -0 into 0; the reader takes the file as it is).
    const stored: unknown = JSON.parse(text);
    const again = parseDocument(kind, stored);
    if (!again.success || !isDeepStrictEqual(again.data, stored)) return undefined;
    return { hash: contentHash(text), size: after.size, mtimeMs: after.mtimeMs };
  }
}

/**
 * The listing of an entry month file whose bytes (`text`, of `file.size` and `file.mtimeMs`) this process wrote
 * through its own O_EXCL temp file (atomicFile.ts `stageFileAtomically`), made while the file is staged: a large
 * import lists its months without a second read, hash and serialization of each in the step that renames them all.
 * Undefined for other documents, which are vouched for as `written` ones are.
 */
export function stagedListing(kind: DocumentKind, document: Readonly<Record<string, unknown>>, text: string, file: { size: number; mtimeMs: number }): CheckedFile | undefined {
  if (kind !== 'entries') return undefined;
  const facts = shardFacts((document as { entries: Array<{ start: number; end: number }> }).entries);
  return { hash: contentHash(text), size: file.size, mtimeMs: file.mtimeMs, ...facts };
}
