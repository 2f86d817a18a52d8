// All entries in memory: one array sorted by start for range queries by binary search (the week summary's hot
// path), and a map from id to the month shard the entry is stored in, so a change knows which files it touches.
import type { Entry } from '../../shared/model';

/** The UTC month of an instant, the key of the shard an entry starting then is stored in: 2026-11. */
export function monthKeyOf(instant: number): string {
  const date = new Date(instant);
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** By start, then id, so equal starts still have one order on every machine. */
export function compareEntries(a: Entry, b: Entry): number {
  return a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Overlap with [from, to). An entry with no length counts as a point at its start, so it is never invisible. */
export function overlaps(entry: Entry, from: number, to: number): boolean {
  return entry.start < to && (entry.end > from || (entry.end <= entry.start && entry.start >= from));
}

export interface EntryChange {
  put?: readonly Entry[];
  remove?: readonly string[];
}

/** Entries returned by the store are shared, not copied (25,000 of them): frozen, so no caller edits them in place. */
export function freezeEntry(entry: Entry): Entry {
  Object.freeze(entry.tags);
  return Object.freeze(entry);
}

export class ShardIndex {
  #sorted: readonly Entry[] = [];
  #monthOf = new Map<string, string>();
  /** Every shard that has a file, even an empty one, by month. */
  #shards = new Map<string, Map<string, Entry>>();
  /** The longest entry ever indexed: how far before `from` an overlapping entry can start. Never shrinks; a bound. */
  #maxLength = 0;

  /**
   * Builds the index from shard contents. An id found in two shards (possible only if a change's journal was lost
   * mid-write) keeps the copy from the shard listed later: callers list shards oldest-written first.
   */
  static fromShards(shards: ReadonlyArray<readonly [month: string, entries: readonly Entry[]]>): { index: ShardIndex; duplicates: string[] } {
    const index = new ShardIndex();
    const duplicates: string[] = [];
    for (const [month, entries] of shards) {
      const shard = index.#shardFor(month);
      for (const entry of entries) {
        const earlier = index.#monthOf.get(entry.id);
        if (earlier !== undefined && earlier !== month) {
          index.#shards.get(earlier)?.delete(entry.id);
          duplicates.push(entry.id);
        }
        shard.set(entry.id, freezeEntry(entry));
        index.#monthOf.set(entry.id, month);
      }
    }
    index.#sorted = [...index.#monthOf.keys()].map((id) => index.#entry(id)).sort(compareEntries);
    index.#maxLength = index.#sorted.reduce((max, e) => Math.max(max, e.end - e.start), 0);
    return { index, duplicates };
  }

  /** All entries, sorted by start. The array is replaced, never changed, so a caller may keep it. */
  all(): readonly Entry[] {
    return this.#sorted;
  }

  /** Entries overlapping [from, to), sorted by start (none for an empty range): two binary searches, then a scan. */
  between(from: number, to: number): Entry[] {
    if (!(to > from)) return [];
    const sorted = this.#sorted;
    const lo = lowerBound(sorted, from - this.#maxLength);
    const hi = lowerBound(sorted, to);
    const found: Entry[] = [];
    for (let i = lo; i < hi; i++) {
      const entry = sorted[i];
      if (overlaps(entry, from, to)) found.push(entry);
    }
    return found;
  }

  hasShard(month: string): boolean {
    return this.#shards.has(month);
  }

  /** One shard's entries, sorted, as they are written to its file. */
  shard(month: string): Entry[] {
    return [...(this.#shards.get(month)?.values() ?? [])].sort(compareEntries);
  }

  /**
   * The full new contents of every shard a change touches, without applying it. Puts come first (a put replaces
   * the entry with the same id, wherever it is stored), then removes; removing an unknown id touches nothing.
   */
  planChange(change: EntryChange): Map<string, Entry[]> {
    const touched = new Map<string, Map<string, Entry>>();
    const open = (month: string) => {
      let shard = touched.get(month);
      if (!shard) {
        shard = new Map(this.#shards.get(month));
        touched.set(month, shard);
      }
      return shard;
    };
    const moved = new Map<string, string | undefined>();
    const whereIs = (id: string) => (moved.has(id) ? moved.get(id) : this.#monthOf.get(id));
    for (const entry of change.put ?? []) {
      const from = whereIs(entry.id);
      if (from !== undefined) open(from).delete(entry.id);
      const to = monthKeyOf(entry.start);
      open(to).set(entry.id, entry);
      moved.set(entry.id, to);
    }
    for (const id of change.remove ?? []) {
      const from = whereIs(id);
      if (from === undefined) continue;
      open(from).delete(id);
      moved.set(id, undefined);
    }
    return new Map([...touched].map(([month, shard]) => [month, [...shard.values()].sort(compareEntries)]));
  }

  /** Makes whole shards hold exactly these entries (a plan from `planChange`, after it is safely on disk). */
  replaceShards(images: ReadonlyMap<string, readonly Entry[]>): void {
    const kept = this.#sorted.filter((entry) => !images.has(this.#monthOf.get(entry.id)!));
    for (const month of images.keys()) {
      for (const id of this.#shards.get(month)?.keys() ?? []) this.#monthOf.delete(id);
    }
    const added: Entry[] = [];
    for (const [month, entries] of images) {
      const shard = new Map<string, Entry>();
      for (const entry of entries) {
        shard.set(entry.id, freezeEntry(entry));
        this.#monthOf.set(entry.id, month);
        this.#maxLength = Math.max(this.#maxLength, entry.end - entry.start);
        added.push(entry);
      }
      this.#shards.set(month, shard);
    }
    this.#sorted = mergeSorted(kept, added.sort(compareEntries));
  }

  #shardFor(month: string): Map<string, Entry> {
    let shard = this.#shards.get(month);
    if (!shard) {
      shard = new Map();
      this.#shards.set(month, shard);
    }
    return shard;
  }

  #entry(id: string): Entry {
    return this.#shards.get(this.#monthOf.get(id)!)!.get(id)!;
  }
}

/** The first index whose entry starts at or after `start`. */
function lowerBound(sorted: readonly Entry[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function mergeSorted(a: readonly Entry[], b: readonly Entry[]): Entry[] {
  const out: Entry[] = new Array<Entry>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = compareEntries(a[i], b[j]) <= 0 ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}
