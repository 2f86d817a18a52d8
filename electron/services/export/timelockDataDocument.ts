// The whole data as one JSON document: the JSON export, every backup, and what a restore or a JSON import reads.
// Reading splits it into the storage documents and runs each through the storage migrations and schemas, so a
// backup from an older Timelock is upgraded the same way its data folder would be.
import type { Category, CheckIn, Entry, NudgeRecord, Settings, Snooze, Unlock } from '../../../shared/model';
import type { ErrorIssue } from '../../../shared/result';
import type { Timebox } from '../../../shared/planModel';
import type { DataStore } from '../../ports';
import { DOCUMENT_SCHEMAS, type DocumentKind, type DocumentOf } from '../../storage/documents';
import { CURRENT_DATA_VERSION, isPlainObject, migrateDocument } from '../../storage/migrations';
import { describeIssues } from '../../storage/recovery';

export const TIMELOCK_DATA_FORMAT = 'timelock-data';

export interface TimelockData {
  format: typeof TIMELOCK_DATA_FORMAT;
  dataVersion: number;
  /** When it was written: a backup's list reads this from the file's first bytes, so it comes first after the two above. */
  createdAt: number;
  /** Null for the whole data; an export of some days says which (local dates, both included). */
  range: { from: string | null; to: string | null } | null;
  settings: Settings;
  categories: Category[];
  entries: Entry[];
  nudges: { log: NudgeRecord[]; snoozes: Snooze[]; unlocks: Unlock[] };
  checkIns: CheckIn[];
  /**
   * The plan. Absent only in a file from a Timelock before timeboxes: a restore then keeps the plan it finds, since
   * that file says nothing about it.
   */
  timeboxes?: Timebox[];
}

export interface DataRange {
  from: string | null;
  to: string | null;
  /** The instants the local dates span: [start, end). */
  start: number;
  end: number;
}

export function buildTimelockData(store: DataStore, now: number, range: DataRange | null): TimelockData {
  const inRange = (at: number) => range === null || (at >= range.start && at < range.end);
  return {
    format: TIMELOCK_DATA_FORMAT,
    dataVersion: CURRENT_DATA_VERSION,
    createdAt: now,
    range: range && { from: range.from, to: range.to },
    settings: store.getSettings(),
    categories: store.getCategories(),
    entries: entriesOfRange(store, range),
    nudges: {
      log: store.getNudgeLog().filter((n) => inRange(n.at)),
      // Snoozes look ahead from now: only the whole data carries them.
      snoozes: range ? [] : store.getSnoozes(),
      unlocks: store.getUnlocks().filter((u) => inRange(u.requestedAt)),
    },
    checkIns: store.getCheckIns().filter((c) => inRange(c.at)),
    timeboxes: range ? store.getTimeboxes().filter((box) => timeboxInRange(box, range)) : store.getTimeboxes(),
  };
}

/**
 * The entries an export of the range holds: those that start in it. An entry running past midnight belongs to the
 * day it started, as in Today's list, so exports of days (or weeks) one after another hold every entry exactly once
 * between them: written whole into both days' files, it was counted twice by anyone adding the files up.
 */
export function entriesOfRange(store: Pick<DataStore, 'entriesBetween' | 'getEntries'>, range: DataRange | null): Entry[] {
  if (range === null) return [...store.getEntries()];
  return store.entriesBetween(range.start, range.end).filter((entry) => entry.start >= range.start);
}

/** A one-off overlapping the range's instants; a series whose dates (firstDate to until) meet its local dates. */
export function timeboxInRange(box: Timebox, range: DataRange): boolean {
  if (box.kind === 'once') return box.start < range.end && box.end > range.start;
  return (range.to === null || box.firstDate <= range.to) && (range.from === null || box.until === null || box.until >= range.from);
}

export type ReadData = { ok: true; data: TimelockData } | { ok: false; reason: string };

/** Checks a parsed JSON value; the reason says what is wrong without quoting the file (it may be any file). */
export function readTimelockData(raw: unknown): ReadData {
  if (!isPlainObject(raw) || raw.format !== TIMELOCK_DATA_FORMAT) {
    return { ok: false, reason: `it is not a Timelock data file (it has no "format": "${TIMELOCK_DATA_FORMAT}")` };
  }
  const version = raw.dataVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return { ok: false, reason: 'its dataVersion is not a whole number' };
  if (version > CURRENT_DATA_VERSION) {
    return { ok: false, reason: `it was written by a newer Timelock (data version ${version}; this one reads ${CURRENT_DATA_VERSION} and older)` };
  }
  const nudges = isPlainObject(raw.nudges) ? raw.nudges : {};
  const invalid = (what: string, error: string): ReadData => ({ ok: false, reason: `its ${what} are not valid: ${error}` });
  const settings = documentPart('settings', version, { settings: raw.settings, categories: raw.categories });
  if (!settings.ok) return invalid('settings and categories', settings.error);
  const entries = documentPart('entries', version, { entries: raw.entries });
  if (!entries.ok) return invalid('entries', entries.error);
  const log = documentPart('nudges', version, { log: nudges.log ?? [], snoozes: nudges.snoozes ?? [], unlocks: nudges.unlocks ?? [] });
  if (!log.ok) return invalid('nudges', log.error);
  const checkIns = documentPart('checkins', version, { checkIns: raw.checkIns ?? [] });
  if (!checkIns.ok) return invalid('check-ins', checkIns.error);
  const timeboxes = raw.timeboxes === undefined ? undefined : documentPart('timeboxes', version, { timeboxes: raw.timeboxes });
  if (timeboxes && !timeboxes.ok) return invalid('timeboxes', timeboxes.error);
  const createdAt = typeof raw.createdAt === 'number' && Number.isFinite(raw.createdAt) ? raw.createdAt : 0;
  const range = isPlainObject(raw.range) ? { from: stringOrNull(raw.range.from), to: stringOrNull(raw.range.to) } : null;
  return {
    ok: true,
    data: {
      format: TIMELOCK_DATA_FORMAT,
      dataVersion: CURRENT_DATA_VERSION,
      createdAt,
      range,
      settings: settings.doc.settings,
      categories: settings.doc.categories,
      entries: entries.doc.entries,
      nudges: { log: log.doc.log, snoozes: log.doc.snoozes, unlocks: log.doc.unlocks },
      checkIns: checkIns.doc.checkIns,
      ...(timeboxes ? { timeboxes: timeboxes.doc.timeboxes } : {}),
    },
  };
}

/**
 * An entry's two times taken together: its schema checks each alone, so an entry ending before it starts (a file
 * edited by hand) passes it. The words the Timelock JSON import gives such a row; null for a sound entry. One of no
 * length is sound: it counts nothing (shared/domain/entryRules.ts).
 */
export function entrySpanProblem(entry: Pick<Entry, 'start' | 'end'>): string | null {
  return entry.end < entry.start ? 'it ends before it starts' : null;
}

/**
 * What keeps a data file's entries from being restored as they are, which the schema lets through: an entry ending
 * before it starts, and an id given twice (the store keeps one entry per id; a second would be stored beside the
 * first, or over it). Each names the entry by its place in `entries`, counted from 1, in the import's words
 * ('entry 2: it ends before it starts.'), which are also its path. What Timelock itself can hold is no problem here,
 * though an import refuses it: entries that overlap (a sync conflict's "keep both") or whose category is gone (a
 * settings file reset to the defaults). A restore gives those back as they were.
 */
export function entriesProblems(entries: readonly Entry[]): ErrorIssue[] {
  const problems: ErrorIssue[] = [];
  const firstWithId = new Map<string, number>();
  entries.forEach((entry, i) => {
    const place = `entry ${i + 1}`;
    const span = entrySpanProblem(entry);
    if (span) problems.push({ path: place, message: `${place}: ${span}.` });
    const first = firstWithId.get(entry.id);
    if (first === undefined) firstWithId.set(entry.id, i + 1);
    else problems.push({ path: place, message: `${place}: it has the same id as entry ${first}.` });
  });
  return problems;
}

type Part<K extends DocumentKind> = { ok: true; doc: DocumentOf<K> } | { ok: false; error: string };

/** One storage document's share of the data, upgraded and checked like the file it would be. */
function documentPart<K extends DocumentKind>(kind: K, version: number, fields: Record<string, unknown>): Part<K> {
  const migrated = migrateDocument(kind, { dataVersion: version, ...fields });
  if (migrated.state !== 'ok') return { ok: false, error: migrated.state === 'bad' ? migrated.reason : 'it is newer than this Timelock' };
  const parsed = DOCUMENT_SCHEMAS[kind].safeParse(migrated.doc);
  return parsed.success ? { ok: true, doc: parsed.data as DocumentOf<K> } : { ok: false, error: describeIssues(parsed.error.issues) };
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
