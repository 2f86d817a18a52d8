// checked-files.json: which data files passed the storage's own checks exactly as they are on disk (their content
// hash, size and time), so `timelock status` can read only the files its figures need without loading those checks (zod). Any
// doubt (a file changed, added or removed since, a journal left to replay, a backup waiting to be restored) and the
// reader refuses: the caller then opens the folder the full way, which recovers and checks everything, and records
// the index again. It is only ever a shortcut to the same figures, never a second copy of the data.
import fs from 'node:fs';
import path from 'node:path';
import type { Entry, RunningTimer, Settings, Category } from '../../shared/model';
import type { Timebox } from '../../shared/planModel';
import type { OffsetTables } from '../../shared/domain/time';
import { writeFileAtomically } from './atomicFile';
import { backupName, DOCUMENT_NAMES, listShardMonths, shardName } from './documentNames';
import { CURRENT_DATA_VERSION } from './migrations';
import { version as appVersion } from '../../package.json';

export const CHECKED_FILES = 'checked-files.json';
// 2: the first start and longest entry are kept per month file, so a writer that rewrites one month updates its own.
// 3: contentHash instead of sha256 (an index of version 2 is not read: the next status records one again).
export const INDEX_VERSION = 3;

export interface CheckedFile {
  /** contentHash of the file's text. */
  hash: string;
  size: number;
  mtimeMs: number;
  /** Entry month files only: the earliest start in the file (null when it holds none) and its longest entry. */
  firstStart?: number | null;
  longestMs?: number;
}

export interface CheckedFilesIndex {
  version: typeof INDEX_VERSION;
  /** Whose checks passed: another version of Timelock may check more, so it records its own index. */
  app: string;
  dataVersion: number;
  /** By file name (settings.json, entries-2026-11.json). */
  files: Record<string, CheckedFile>;
  /** Time zone offsets a status found (shared/domain/time.ts), for the next one to reuse; see CheckedFiles.offsets. */
  offsets?: SavedOffsets;
}

export interface SavedOffsets {
  /** Which Node and ICU found them (offsetRuntime()): another may know other rules, and its tables are not used. */
  runtime: string;
  tables: OffsetTables;
}

/** The Node, ICU and time zone data versions whose Intl found a set of offset tables. */
export function offsetRuntime(): string {
  const { node, icu, tz } = process.versions;
  return `node ${node} icu ${icu ?? 'none'} tz ${tz ?? 'unknown'}`;
}

/** The documents whose files the full open reads besides the entry month files; a change to any makes it recover. */
export const CHECKED_DOCUMENTS = ['settings', 'timer', 'nudges', 'checkins', 'presence', 'timeboxes'] as const;

/** A file no longer matches the index while it is being read: the answer must come from the full open. */
export class CheckedFilesChanged extends Error {}

/**
 * A 64-bit fingerprint of a file's text: two 32-bit multiply-xor lanes over its UTF-16 code units, mixed at the end
 * (cyrb53's scheme, kept to 64 bits). Not node:crypto's sha256: loading node:crypto costs each `timelock status` about
 * 8 ms, more than reading its files. The fingerprint is there to catch a file changed behind Timelock's back with its
 * size and time kept (a sync tool, an editor putting the time back), which 64 bits catch for any change not crafted to
 * collide; and whoever can write the data folder to craft one can as well rewrite checked-files.json itself.
 */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef ^ text.length;
  let h2 = 0x41c6ce57 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/** What the index keeps of an entry month file's entries besides its bytes. */
export function shardFacts(entries: ReadonlyArray<{ start: number; end: number }>): Pick<CheckedFile, 'firstStart' | 'longestMs'> {
  let firstStart: number | null = null;
  let longestMs = 0;
  for (const entry of entries) {
    longestMs = Math.max(longestMs, entry.end - entry.start);
    firstStart = Math.min(firstStart ?? Infinity, entry.start);
  }
  return { firstStart, longestMs };
}

/** The index as it is on disk, or null when there is none this Timelock can use. */
export function readCheckedFilesIndex(dataDir: string): CheckedFilesIndex | null {
  try {
    const index = indexOf(JSON.parse(fs.readFileSync(path.join(dataDir, CHECKED_FILES), 'utf8')));
    return index && index.app === appVersion && index.dataVersion === CURRENT_DATA_VERSION ? index : null;
  } catch {
    return null;
  }
}

export function writeCheckedFilesIndex(dataDir: string, files: Record<string, CheckedFile>, offsets?: SavedOffsets): void {
  const index: CheckedFilesIndex = { version: INDEX_VERSION, app: appVersion, dataVersion: CURRENT_DATA_VERSION, files, ...(offsets ? { offsets } : {}) };
  writeFileAtomically(path.join(dataDir, CHECKED_FILES), JSON.stringify(index));
}

export interface CheckedFiles {
  /** A checked document's contents, or undefined when it has no file (the full open starts it from its default). */
  read(name: string): unknown;
  /** The entry month files that exist, by month (2026-11). */
  readonly months: readonly string[];
  /** The longest entry in any month file: how far back an entry overlapping a range can start. */
  readonly longestEntryMs: number;
  readonly firstEntryStart: number | null;
  /** The offset tables saved with the index by a status run on this Node and ICU (offsetRuntime()); {} if none. */
  readonly offsets: OffsetTables;
  /** Saves these offset tables with the index, its files listed as they were read. Only under the folder's lock. */
  keepOffsets(tables: OffsetTables): void;
}

/** The folder's checked files, or null when the index cannot vouch for every file the full open would look at. */
export function openCheckedFiles(dataDir: string): CheckedFiles | null {
  let names: string[];
  try {
    names = fs.readdirSync(dataDir);
  } catch {
    return null;
  }
  const index = readCheckedFilesIndex(dataDir);
  if (!index) return null;
  const present = new Set(names);
  // A journal means an interrupted change the full open replays first.
  if (present.has(`${DOCUMENT_NAMES.journal}.json`) || present.has(`${DOCUMENT_NAMES.dataJournal}.json`)) return null;
  const months = listShardMonths(names);
  const expected = [...CHECKED_DOCUMENTS.map((kind) => DOCUMENT_NAMES[kind]), ...months.map(shardName)];
  const seen = new Set<string>();
  for (const name of expected) {
    const file = `${name}.json`;
    if (!present.has(file)) {
      // Missing with a backup beside it: the full open restores the backup.
      if (present.has(`${backupName(name)}.json`)) return null;
      continue;
    }
    const checked = index.files[file];
    if (!checked || !sameStat(path.join(dataDir, file), checked)) return null;
    seen.add(file);
  }
  // A checked file that has gone: the full open looks for its backup.
  if (Object.keys(index.files).some((file) => !seen.has(file))) return null;

  const files = index.files;
  const shards = months.flatMap((month) => files[`${shardName(month)}.json`] ?? []);
  const starts = shards.flatMap((file) => (file.firstStart === null || file.firstStart === undefined ? [] : [file.firstStart]));
  return {
    months: months.filter((month) => present.has(`${shardName(month)}.json`)),
    longestEntryMs: Math.max(0, ...shards.map((file) => file.longestMs ?? Infinity)),
    firstEntryStart: starts.length === 0 ? null : Math.min(...starts),
    offsets: index.offsets?.runtime === offsetRuntime() && typeof index.offsets.tables === 'object' ? index.offsets.tables : {},
    keepOffsets(tables) {
      writeCheckedFilesIndex(dataDir, files, { runtime: offsetRuntime(), tables });
    },
    read(name) {
      const file = `${name}.json`;
      const checked = files[file];
      if (!checked) return undefined;
      let text: string;
      try {
        text = fs.readFileSync(path.join(dataDir, file), 'utf8');
      } catch (error) {
        throw new CheckedFilesChanged(`${file} could not be read again: ${String(error)}`);
      }
      if (Buffer.byteLength(text) !== checked.size || contentHash(text) !== checked.hash) throw new CheckedFilesChanged(`${file} changed since it was checked.`);
      return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
    },
  };
}

function sameStat(file: string, checked: CheckedFile): boolean {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat !== undefined && stat.isFile() && stat.size === checked.size && stat.mtimeMs === checked.mtimeMs;
}

function indexOf(value: unknown): CheckedFilesIndex | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.version !== INDEX_VERSION || typeof v.app !== 'string' || typeof v.dataVersion !== 'number') return null;
  if (typeof v.files !== 'object' || v.files === null) return null;
  for (const [name, file] of Object.entries(v.files as Record<string, unknown>)) {
    const f = file as Partial<CheckedFile> | null;
    if (typeof f !== 'object' || f === null || typeof f.hash !== 'string' || typeof f.size !== 'number' || typeof f.mtimeMs !== 'number') return null;
    const isShard = listShardMonths([name]).length === 1;
    if (isShard && (typeof f.longestMs !== 'number' || !(f.firstStart === null || typeof f.firstStart === 'number'))) return null;
  }
  return value as CheckedFilesIndex;
}

/** What the documents a status reads hold, in the layout documents.ts checks (the full open checked these exact bytes). */
export interface CheckedDocuments {
  settings: { settings: Settings; categories: Category[] };
  timer: { timer: RunningTimer | null };
  timeboxes: { timeboxes: Timebox[] };
  entries: { entries: Entry[] };
}
