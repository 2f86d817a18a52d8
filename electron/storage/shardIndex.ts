// All entries in memory: the domain's EntryIndex for range queries (the week summary's hot path), and on top of it
// a map from id to the month shard each entry is stored in, so a change knows which files it touches.
import { byStart, EntryIndex, type EntrySource } from '../../shared/domain/entryIndex';
import type { Entry } from '../../shared/model';

/** The UTC month of an instant, the key of the shard an entry starting then is stored in: 2026-11. */
export function monthKeyOf(instant: number): string {
  const date = new Date(instant);
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** How many entries a piece of work in steps goes through between pauses. */
const STEP = 2000;

export interface EntryChange {
  put?: readonly Entry[];
  remove?: readonly string[];
}

/** Entries returned by the store are shared, not copied (25,000 of them): frozen, so no caller edits them in place. */
export function freezeEntry(entry: Entry): Entry {
  Object.freeze(entry.tags);
  return Object.freeze(entry);
}

/** The storage's entries as the domain reads them (an `EntrySource`), with the month file of each. */
export class ShardIndex implements EntrySource {
  #range = new EntryIndex([]);
  #monthOf = new Map<string, string>();
  /** Every shard that has a file, even an empty one, by month. */
  #shards = new Map<string, Map<string, Entry>>();

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
    index.#range = new EntryIndex([...index.#monthOf.keys()].map((id) => index.#entry(id)).sort(byStart));
    return { index, duplicates };
  }

  /** All entries, sorted by start then id. The array is replaced, never changed, so a caller may keep it. */
  all(): readonly Entry[] {
    return this.#range.entries;
  }

  /** The domain's range query over every entry: the same answer a domain function gets from the same entries. */
  between(from: number, to: number): Entry[] {
    return this.#range.between(from, to);
  }

  firstStart(): number | null {
    return this.#range.firstStart();
  }

  hasShard(month: string): boolean {
    return this.#shards.has(month);
  }

  /** One shard's entries, sorted, as they are written to its file. */
  shard(month: string): Entry[] {
    return [...(this.#shards.get(month)?.values() ?? [])].sort(byStart);
  }

  /**
   * The full new contents of every shard a change touches, without applying it. Puts come first (a put replaces
   * the entry with the same id, wherever it is stored), then removes; removing an unknown id touches nothing.
   */
  pendingShards(change: EntryChange): Map<string, Entry[]> {
    const steps = this.#pendingSteps(change);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /** The same, awaiting `pause` between pieces of work, for a change of many entries (an import). */
  async pendingShardsInSteps(change: EntryChange, pause: () => Promise<void>): Promise<Map<string, Entry[]>> {
    const steps = this.#pendingSteps(change);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      await pause();
    }
  }

  /** `pendingShards`' work, stopping now and then (every STEP entries, every shard sorted) so a caller may pause. */
  *#pendingSteps(change: EntryChange): Generator<void, Map<string, Entry[]>> {
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
    let done = 0;
    for (const entry of change.put ?? []) {
      const from = whereIs(entry.id);
      if (from !== undefined) open(from).delete(entry.id);
      const to = monthKeyOf(entry.start);
      open(to).set(entry.id, entry);
      moved.set(entry.id, to);
      if (++done % STEP === 0) yield;
    }
    for (const id of change.remove ?? []) {
      const from = whereIs(id);
      if (++done % STEP === 0) yield;
      if (from === undefined) continue;
      open(from).delete(id);
      moved.set(id, undefined);
    }
    const images = new Map<string, Entry[]>();
    for (const [month, shard] of touched) {
      images.set(month, [...shard.values()].sort(byStart));
      yield;
    }
    return images;
  }

  /** Makes whole shards hold exactly these entries (from `pendingShards`, once they are safely on disk). */
  replaceShards(images: ReadonlyMap<string, readonly Entry[]>): void {
    const kept = this.#range.entries.filter((entry) => !images.has(this.#monthOf.get(entry.id)!));
    for (const month of images.keys()) {
      for (const id of this.#shards.get(month)?.keys() ?? []) this.#monthOf.delete(id);
    }
    const added: Entry[] = [];
    for (const [month, entries] of images) {
      const shard = new Map<string, Entry>();
      for (const entry of entries) {
        shard.set(entry.id, freezeEntry(entry));
        this.#monthOf.set(entry.id, month);
        added.push(entry);
      }
      this.#shards.set(month, shard);
    }
    // Already in order, so the index takes the merged array as it is (one pass to check, one for its reach).
    this.#range = new EntryIndex(mergeSorted(kept, added.sort(byStart)));
  }

  /**
   * `replaceShards` for a change of many entries (an import), its work done beforehand with `pause` awaited between
   * pieces: answers the step that makes it so, quick and synchronous, to be taken only while the index is still as
   * it was when this was called (`all()` is the same array).
   */
  async prepareReplaceShards(images: ReadonlyMap<string, readonly Entry[]>, pause: () => Promise<void>): Promise<() => void> {
    const monthOf = new Map(this.#monthOf);
    const shards = new Map(this.#shards);
    let done = 0;
    for (const month of images.keys()) {
      for (const id of this.#shards.get(month)?.keys() ?? []) {
        monthOf.delete(id);
        if (++done % STEP === 0) await pause();
      }
    }
    const kept: Entry[] = [];
    for (const entry of this.#range.entries) {
      if (!images.has(this.#monthOf.get(entry.id)!)) kept.push(entry);
      if (++done % STEP === 0) await pause();
    }
    // A month's entries all start before the next month's, so the months' sorted lists, in order, make one sorted list.
    const months = [...images.keys()].sort((a, b) => monthOrder(a) - monthOrder(b));
    const added: Entry[] = [];
    for (const month of months) {
      const shard = new Map<string, Entry>();
      for (const entry of images.get(month)!) {
        shard.set(entry.id, freezeEntry(entry));
        monthOf.set(entry.id, month);
        added.push(entry);
        if (++done % STEP === 0) await pause();
      }
      shards.set(month, shard);
    }
    await pause();
    const range = new EntryIndex(mergeSorted(kept, added));
    await pause();
    return () => {
      this.#range = range;
      this.#monthOf = monthOf;
      this.#shards = shards;
    };
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

/** A month key (2026-11) as a number that sorts as the months do (years may have more than four digits). */
function monthOrder(month: string): number {
  const dash = month.lastIndexOf('-');
  return Number(month.slice(0, dash)) * 12 + Number(month.slice(dash + 1));
}

function mergeSorted(a: readonly Entry[], b: readonly Entry[]): Entry[] {
  const out: Entry[] = new Array<Entry>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = byStart(a[i], b[j]) <= 0 ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}
