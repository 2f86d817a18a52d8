// Entries indexed by time, so a week's figures read the few entries near that week instead of all history.
// Every figure takes an `EntriesInput`: a plain array (indexed once, then reused) or any source with `between`,
// such as this index or the storage layer's own sorted entries.
import type { Entry } from '../model';

/**
 * What the domain reads entries from: this index over an array, or the storage's entries (which keep this index
 * and track the month file of each entry on top of it), so a figure reads the same entries whichever it is given.
 */
export interface EntrySource {
  /**
   * Entries overlapping [from, to), by start then id; a zero-length entry at an instant in [from, to) is included.
   * An empty range (to <= from) holds nothing.
   */
  between(from: number, to: number): readonly Entry[];
  /** The earliest entry's start, null when there is none; a source without it is read as "the record may be older". */
  firstStart?(): number | null;
}

export type EntriesInput = readonly Entry[] | EntrySource;

/** Built once from the entries (sorted here if they are not); `between` is two binary searches and a short scan. */
export class EntryIndex implements EntrySource {
  readonly entries: readonly Entry[];
  // maxEnd[i] is the latest end among entries[0..i]: non-decreasing, so it can be binary-searched even when a long
  // entry (an import, an entry from before overlaps were refused) reaches past shorter ones after it.
  private readonly maxEnd: Float64Array;

  constructor(entries: readonly Entry[]) {
    this.entries = isSortedByStart(entries) ? entries : [...entries].sort(byStart);
    this.maxEnd = new Float64Array(this.entries.length);
    let latest = -Infinity;
    this.entries.forEach((e, i) => {
      latest = Math.max(latest, e.end);
      this.maxEnd[i] = latest;
    });
  }

  get size(): number {
    return this.entries.length;
  }

  firstStart(): number | null {
    return this.entries[0]?.start ?? null;
  }

  between(from: number, to: number): Entry[] {
    const found: Entry[] = [];
    if (!(to > from)) return found;
    const entries = this.entries;
    // Before `lo` every entry ends before `from`; from `hi` on every entry starts at or after `to`.
    const lo = firstIndex(this.maxEnd.length, (i) => this.maxEnd[i]! >= from);
    const hi = firstIndex(entries.length, (i) => entries[i]!.start >= to);
    for (let i = lo; i < hi; i++) {
      const e = entries[i]!;
      if (overlapsRange(e, from, to)) found.push(e);
    }
    return found;
  }
}

/** Overlap with [from, to): an entry with no length is a point at its start, so it is never invisible; an empty range holds nothing. */
export function overlapsRange(e: { start: number; end: number }, from: number, to: number): boolean {
  return from < to && e.start < to && (e.end > from || e.start >= from);
}

const indexed = new WeakMap<readonly Entry[], EntryIndex>();

/**
 * The input as a source. A plain array is indexed on first use and the index kept for that array, so callers that
 * pass the same array again pay nothing; like every domain input it is treated as immutable (a changed array must
 * be a new array: a change in length is caught and re-indexed, an in-place edit is not).
 */
export function entrySource(input: EntriesInput): EntrySource {
  if (!Array.isArray(input)) return input as EntrySource;
  const entries = input as readonly Entry[];
  const cached = indexed.get(entries);
  if (cached && cached.size === entries.length) return cached;
  const index = new EntryIndex(entries);
  indexed.set(entries, index);
  return index;
}

/**
 * Sorted by start, then id: one order whatever order the entries came in, the order of the month files, of the
 * entry list and of exports.
 */
export function byStart(a: Entry, b: Entry): number {
  return a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function isSortedByStart(entries: readonly Entry[]): boolean {
  for (let i = 1; i < entries.length; i++) if (byStart(entries[i - 1]!, entries[i]!) > 0) return false;
  return true;
}

/** The first i in [0, n) for which `test` holds, given that it holds for every i after the first; n if none. */
function firstIndex(n: number, test: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
