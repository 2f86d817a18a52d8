// Records checked-files.json (see checkedFiles.ts) after a full open, holding the folder's lock: every data file is
// checked again with the storage's own inspectFile (recovery.ts), and only one that passes exactly as stored (current
// data version, nothing the check would fill in or drop) is listed. An unlisted file makes the reader refuse, so a
// folder the checks do not vouch for byte for byte is always opened the full way.
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { knownOffsetTables } from '../../shared/domain/time';
import { CHECKED_DOCUMENTS, CHECKED_FILES, contentHash, offsetRuntime, shardFacts, writeCheckedFilesIndex, type CheckedFile } from './checkedFiles';
import { DOCUMENT_NAMES, listShardMonths, shardName } from './documentNames';
import type { DocumentKind } from './documents';
import { CURRENT_DATA_VERSION } from './migrations';
import { inspectFile } from './recovery';

export function recordCheckedFiles(dataDir: string): void {
  const target = path.join(dataDir, CHECKED_FILES);
  const names = fs.readdirSync(dataDir);
  const wanted: Array<[name: string, kind: DocumentKind]> = [
    ...CHECKED_DOCUMENTS.map((kind): [string, DocumentKind] => [DOCUMENT_NAMES[kind], kind]),
    ...listShardMonths(names).map((month): [string, DocumentKind] => [shardName(month), 'entries']),
  ];
  const files: Record<string, CheckedFile> = {};
  for (const [name, kind] of wanted) {
    const file = path.join(dataDir, `${name}.json`);
    if (!fs.existsSync(file)) continue;
    const text = fs.readFileSync(file, 'utf8');
    const stat = fs.statSync(file);
    const found = inspectFile(file, kind);
    const asStored =
      found.state === 'ok' && found.fromVersion === CURRENT_DATA_VERSION && sameAsStored(kind, found.doc, JSON.parse(text.replace(/^\uFEFF/, '')));
    // Read again: the bytes checked must be the bytes listed.
    if (!asStored || fs.readFileSync(file, 'utf8') !== text) {
      fs.rmSync(target, { force: true });
      return;
    }
    const facts = kind === 'entries' ? shardFacts((found.doc as { entries: Array<{ start: number; end: number }> }).entries) : {};
    files[`${name}.json`] = { hash: contentHash(text), size: stat.size, mtimeMs: stat.mtimeMs, ...facts };
  }
  // With the offsets this process found (the status that opened the folder the full way found its week's): the next
  // status starts without asking Intl, as one after it would.
  writeCheckedFilesIndex(dataDir, files, { runtime: offsetRuntime(), tables: knownOffsetTables() });
}

/**
 * Whether the checked document is the stored one unchanged. Entry month files, the bulk, are compared by their keys
 * alone: their check (entryCheck.ts) copies every value it accepts as it is and only drops unknown keys, so equal key
 * counts mean equal documents, without a deep comparison of 25,000 entries.
 */
function sameAsStored(kind: DocumentKind, checked: unknown, stored: unknown): boolean {
  if (kind !== 'entries') return isDeepStrictEqual(checked, stored);
  const keys = (value: unknown) => Object.keys(value as object).length;
  const given = (stored as { entries?: unknown }).entries;
  const entries = (checked as { entries: unknown[] }).entries;
  return keys(stored) === 2 && Array.isArray(given) && given.length === entries.length && entries.every((entry, i) => keys(entry) === keys(given[i]));
}
