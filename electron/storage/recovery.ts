// Reads each data file with our own checks before any library touches it, and recovers from a bad one: the file is
// moved aside (never deleted), the last good backup is used, and a notice says what happened and where the file went.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/result';
import { backupName, describeDocument, parseDocument, type DocumentKind, type DocumentOf } from './documents';
import { CURRENT_DATA_VERSION, messageOf, migrateDocument } from './migrations';

export type Inspection<T> =
  | { state: 'missing'; path: string }
  | { state: 'ok'; path: string; doc: T; fromVersion: number; mtimeMs: number }
  | { state: 'bad'; path: string; reason: string }
  | { state: 'newer'; path: string; version: number };

/** Parses, upgrades and validates one file without changing anything on disk. */
export function inspectFile<K extends DocumentKind>(filePath: string, kind: K): Inspection<DocumentOf<K>> {
  let text: string;
  let mtimeMs: number;
  try {
    text = fs.readFileSync(filePath, 'utf8');
    mtimeMs = fs.statSync(filePath).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing', path: filePath };
    // Unreadable is not corrupt: moving the file would not help, and its contents may be fine.
    throw new AppError('storage', `Timelock could not read ${filePath}: ${messageOf(error)}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { state: 'bad', path: filePath, reason: `it is not valid JSON: ${messageOf(error)}` };
  }
  const migrated = migrateDocument(kind, raw);
  if (migrated.state !== 'ok') return { ...migrated, path: filePath };
  const parsed = parseDocument(kind, migrated.doc);
  if (!parsed.success) {
    return { state: 'bad', path: filePath, reason: `it does not match the expected layout: ${describeIssues(parsed.error.issues)}` };
  }
  return { state: 'ok', path: filePath, doc: parsed.data, fromVersion: migrated.fromVersion, mtimeMs };
}

export function describeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  const shown = issues.slice(0, 3).map((issue) => `${issue.path.map(String).join('.') || 'the whole file'}: ${issue.message}`);
  return shown.join('; ') + (issues.length > 3 ? ` (and ${issues.length - 3} more)` : '');
}

/** A document's main file, and its backup when the main file cannot be used as it is. */
export interface Inspected<K extends DocumentKind> {
  name: string;
  kind: K;
  main: Inspection<DocumentOf<K>>;
  backup?: Inspection<DocumentOf<K>>;
}

export function inspectDocument<K extends DocumentKind>(pathOf: (name: string) => string, name: string, kind: K): Inspected<K> {
  const main = inspectFile(pathOf(name), kind);
  // The backup matters only when the main file is missing or bad; a newer main file stops the whole open anyway.
  const backup = main.state === 'missing' || main.state === 'bad' ? inspectFile(pathOf(backupName(name)), kind) : undefined;
  return { name, kind, main, backup };
}

/** Stops the open before anything is touched when a file comes from a newer Timelock: ours would overwrite it. */
export function refuseNewerFiles(dataDir: string, documents: ReadonlyArray<Inspected<DocumentKind>>): void {
  const newer = documents
    .flatMap((doc) => [doc.main, doc.backup])
    .filter((found): found is Extract<Inspection<unknown>, { state: 'newer' }> => found?.state === 'newer');
  const first = newer[0];
  if (!first) return;
  const files = newer.map((found) => `${path.basename(found.path)} (data version ${found.version})`).join(', ');
  throw new AppError(
    'storage',
    `The data folder ${dataDir} was saved by a newer version of Timelock: ${files}. This version understands data ` +
      `version ${CURRENT_DATA_VERSION} and older, so it opened nothing and changed nothing. Update Timelock to use this data.`,
    { details: { file: first.path, dataVersion: first.version, supportedDataVersion: CURRENT_DATA_VERSION } },
  );
}

export interface Resolved<T> {
  /** Undefined: start this document from its defaults. */
  doc: T | undefined;
  /** The main file does not hold `doc` (it came from the backup): write it back so the next start is clean. */
  restore: boolean;
}

/** Decides what to load for one inspected document, moving bad files aside and explaining it in `notices`. */
export function resolveDocument<K extends DocumentKind>(
  found: Inspected<K>,
  now: number,
  notices: string[],
): Resolved<DocumentOf<K>> {
  const { main, backup } = found;
  if (main.state === 'ok') return { doc: main.doc, restore: false };
  if (main.state === 'newer') throw new Error('refuseNewerFiles must run before resolveDocument');
  if (main.state === 'missing' && (backup === undefined || backup.state === 'missing')) return { doc: undefined, restore: false };

  const { what, reset } = describeDocument(found.kind, found.name);
  const story =
    main.state === 'bad'
      ? `${path.basename(main.path)} could not be used (${main.reason}). It was moved aside to ${moveAside(main.path, now)}.`
      : `${path.basename(main.path)} was missing.`;
  if (backup === undefined || backup.state === 'missing') {
    notices.push(`${story} There was no backup. ${reset} Nothing else was affected.`);
    return { doc: undefined, restore: false };
  }
  if (backup.state === 'ok') {
    notices.push(`${story} The last backup, ${path.basename(backup.path)}, was loaded instead, so the latest change to ${what} may be missing.`);
    return { doc: backup.doc, restore: true };
  }
  const reason = backup.state === 'bad' ? backup.reason : `it was saved by a newer Timelock (data version ${backup.version})`;
  notices.push(
    `${story} Its backup could not be used either (${reason}); it was moved aside to ${moveAside(backup.path, now)}. ` +
      `${reset} Nothing else was affected.`,
  );
  return { doc: undefined, restore: false };
}

/** Renames a file to `<name>.corrupt-<time>.json` next to it, with its bytes intact; never replaces another file. */
export function moveAside(filePath: string, now: number): string {
  const dir = path.dirname(filePath);
  const base = path.basename(filePath, '.json');
  const stamp = fileTimestamp(now);
  for (let n = 1; ; n++) {
    const target = path.join(dir, `${base}.corrupt-${stamp}${n === 1 ? '' : `-${n}`}.json`);
    if (fs.existsSync(target)) continue;
    try {
      fs.renameSync(filePath, target);
    } catch (error) {
      throw new AppError('storage', `Timelock could not move the unusable file ${filePath} aside: ${messageOf(error)}. Nothing was deleted.`);
    }
    return target;
  }
}

/** An ISO instant that is safe in file names on every platform: 2026-11-26T10-01-06-123Z. */
export function fileTimestamp(now: number): string {
  return new Date(now).toISOString().replace(/[:.]/g, '-');
}
