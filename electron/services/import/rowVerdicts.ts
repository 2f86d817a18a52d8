// Judges every readable row against the data and the rest of the file, in time order: a duplicate of what is stored
// (or of an earlier row) is counted and left out; an overlap or a lock refusal is a problem, never merged or dropped
// silently. The rows that pass become entries, all written later in one batch.
import { createHash } from 'node:crypto';
import type { Category, Entry, RunningTimer, Settings, Unlock } from '../../../shared/model';
import { checkEntry } from '../../../shared/domain/entryRules';
import { decideLock } from '../../../shared/domain/locks';
import { DAY } from '../../../shared/domain/time';
import type { DataStore } from '../../ports';
import { storedEntries } from '../storedEntries';
import type { SourceRow } from './fileReader';
import type { CategoryMapping } from './mapCategories';

export type ProblemKind = 'overlap' | 'locked' | 'needs-reason';

export interface RowVerdict {
  line: number;
  status: 'new' | 'duplicate' | 'problem';
  entry: Entry;
  kind?: ProblemKind;
  /** The problem, or for a duplicate worth a word, the warning. */
  message?: string;
  /** A new work row that passes the soft lock only with a reason: the lock's words for why. */
  needsReason?: string;
}

export interface RowVerdictsInput {
  rows: readonly SourceRow[];
  categories: CategoryMapping;
  store: DataStore;
  now: number;
  /** The soft lock's reason for work rows that need one. */
  reason?: string;
  /** A preview: judge the rows that need a reason as if the reason were given (the window asks for one before it
   * imports, for the import as a whole), so they count as new and every later row is judged as Import would judge
   * it, beside them. Each carries `needsReason`. */
  assumeReason?: boolean;
  onProgress?: (done: number, total: number) => void;
  /** Called between rows: hands the event loop a turn now and then (ImportBudget.pause). Absent: runs in one go. */
  pause?: () => Promise<void>;
}

/** The id an imported row keeps on every import of the same file, so a second import finds it and adds nothing. */
export function importedEntryId(row: SourceRow): string {
  const digest = createHash('sha256').update([row.source, row.start, row.end, row.project, row.note].join('\u0000')).digest('hex');
  return `imp-${digest.slice(0, 32)}`;
}

// A week is the longest period a cap is judged over: entries further than this from a row cannot change its verdict.
const LOCK_REACH = 8 * DAY;

export async function rowVerdicts(input: RowVerdictsInput): Promise<RowVerdict[]> {
  const { store, now } = input;
  const settings: Settings = store.getSettings();
  const timer: RunningTimer | null = store.getTimer();
  const unlocks: Unlock[] = store.getUnlocks();
  const categories: Category[] = input.categories.categories;
  const areaOf = new Map(categories.map((c) => [c.id, c.area]));
  const nameOf = new Map(categories.map((c) => [c.id, c.name]));
  const stored = store.getEntries();
  const storedIds = new Map(stored.map((e) => [e.id, e]));
  const storedSpans = new Set(stored.map((e) => `${e.start}|${e.end}|${e.categoryId}`));
  const storedSource = storedEntries(store);

  if (input.pause) await input.pause();
  const order = input.rows.map((row, i) => ({ row, i })).sort((a, b) => a.row.start - b.row.start || a.row.end - b.row.end || a.row.line - b.row.line);
  if (input.pause) await input.pause();
  const verdicts: RowVerdict[] = new Array(input.rows.length);
  const accepted: Entry[] = [];
  const acceptedLine = new Map<string, number>();
  let longest = 0;
  // The accepted entry of some length reaching furthest: with rows taken by start, the only one a row can overlap first.
  let reach: { end: number; line: number; categoryId: string } | null = null;

  const judge = ({ row, i }: { row: SourceRow; i: number }, n: number) => {
    if (n % 1000 === 999) input.onProgress?.(n + 1, order.length);
    const category = input.categories.targetOf(row.project).category;
    const entry: Entry = {
      id: row.id ?? importedEntryId(row),
      categoryId: category.id,
      start: row.start,
      end: row.end,
      note: row.note,
      tags: row.tags,
      source: row.source,
      ...(row.overrideReason !== undefined ? { overrideReason: row.overrideReason } : {}),
    };
    const decide = (status: RowVerdict['status'], extra: Partial<RowVerdict> = {}) => (verdicts[i] = { line: row.line, status, entry, ...extra });

    const earlier = acceptedLine.get(entry.id);
    if (earlier !== undefined) return decide('duplicate', { message: `it repeats line ${earlier}` });
    const same = storedIds.get(entry.id);
    if (same) {
      const differs = same.start !== entry.start || same.end !== entry.end || same.note !== entry.note || same.categoryId !== entry.categoryId;
      return decide('duplicate', differs ? { message: `entry ${entry.id} exists already and differs from this row; the stored one was kept` } : {});
    }
    if (storedSpans.has(`${entry.start}|${entry.end}|${entry.categoryId}`)) return decide('duplicate');

    if (entry.end > entry.start) {
      const verdict = checkEntry(entry, storedSource, timer, now, categories, settings.timeZone);
      if (!verdict.ok) return decide('problem', { kind: 'overlap', message: lowerFirst(verdict.message) });
      if (reach && reach.end > entry.start) {
        return decide('problem', { kind: 'overlap', message: `it overlaps line ${reach.line} (${nameOf.get(reach.categoryId)}) in the same file. Entries cannot share time.` });
      }
    }

    let needsReason: string | undefined;
    if (areaOf.get(entry.categoryId) === 'work' && settings.lockMode !== 'off' && entry.end > entry.start) {
      const nearby = [...store.entriesBetween(entry.start - LOCK_REACH, entry.end + LOCK_REACH)];
      for (let k = accepted.length - 1; k >= 0 && accepted[k]!.start >= entry.start - LOCK_REACH - longest; k--) nearby.push(accepted[k]!);
      const decision = decideLock({ action: 'add', categoryId: entry.categoryId, at: entry.start, end: entry.end, now, settings, categories, entries: nearby, timer, unlocks });
      const said = decision.reasons.join(' ');
      if (decision.verdict === 'blocked') return decide('problem', { kind: 'locked', message: `the hard lock refuses it: ${said}` });
      if (decision.verdict === 'warn') {
        const why = row.overrideReason ?? input.reason;
        if (!why && !input.assumeReason) return decide('problem', { kind: 'needs-reason', message: `${said} Give a reason to import it; it is kept with the entry.` });
        if (why) entry.overrideReason = why;
        // A reason the row brought with it (a Timelock export's own) is not asked for again.
        if (row.overrideReason === undefined) needsReason = said;
      }
    }

    accepted.push(entry);
    acceptedLine.set(entry.id, row.line);
    longest = Math.max(longest, entry.end - entry.start);
    if (entry.end > entry.start && (!reach || entry.end > reach.end)) reach = { end: entry.end, line: row.line, categoryId: entry.categoryId };
    decide('new', needsReason === undefined ? {} : { needsReason });
  };
  for (let n = 0; n < order.length; n++) {
    if (input.pause) await input.pause();
    judge(order[n]!, n);
  }
  return verdicts;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
