// The merged record set: every change seen, folded so that the result depends only on the set of changes, never on
// the order they arrived in. Per record the highest stamp wins; the versions nobody built on (the leaves) are kept,
// so an edit made on two computers at once is shown as a conflict instead of vanishing.
import { canonicalJson, type JsonValue } from './canonicalJson';
import { compareStamps, type Stamp } from './hybridClock';
import type { PendingChange, SyncChange } from './syncChange';
import { SYNC_KIND_NAMES, type SyncKindName } from './syncKinds';

export interface RecordVersions {
  /** The change with the highest stamp: what every device shows. */
  winner: SyncChange;
  /** Versions no other seen change replaced (by change id). Several leaves mean concurrent edits. */
  leaves: Map<string, SyncChange>;
}

export interface SerializedMergeState {
  seen: string[];
  referenced: string[];
  changes: SyncChange[];
  pending: PendingChange[];
}

export class MergeState {
  /** Every change id applied: applying one twice adds nothing. */
  readonly #seen = new Set<string>();
  /** Every change id some seen change names as a base. Change ids are unique across devices and kinds. */
  readonly #referenced = new Set<string>();
  readonly #records = new Map<SyncKindName, Map<string, RecordVersions>>();
  readonly #pending = new Map<string, PendingChange>();
  #latest: Stamp | null = null;

  get size(): number {
    return this.#seen.size;
  }

  /** The highest stamp among applied changes: what a clock must receive before stamping after them. */
  get latest(): Stamp | null {
    return this.#latest;
  }

  has(changeId: string): boolean {
    return this.#seen.has(changeId) || this.#pending.has(changeId);
  }

  /** Folds a change in. Returns false when it was already applied (a duplicate file, a re-read line). */
  apply(change: SyncChange): boolean {
    if (this.#seen.has(change.changeId)) return false;
    this.#seen.add(change.changeId);
    if (this.#latest === null || compareStamps(change.stamp, this.#latest) > 0) this.#latest = change.stamp;

    let byId = this.#records.get(change.kind);
    if (!byId) this.#records.set(change.kind, (byId = new Map()));
    let versions = byId.get(change.recordId);
    for (const base of change.bases) {
      this.#referenced.add(base);
      versions?.leaves.delete(base);
    }
    if (!versions) {
      versions = { winner: change, leaves: new Map() };
      byId.set(change.recordId, versions);
    } else if (compareStamps(change.stamp, versions.winner.stamp) > 0) {
      versions.winner = change;
    }
    if (!this.#referenced.has(change.changeId)) versions.leaves.set(change.changeId, change);
    return true;
  }

  /** Keeps a change this version cannot apply, so an update can apply it later. */
  keepPending(pending: PendingChange): boolean {
    if (this.#pending.has(pending.changeId) || this.#seen.has(pending.changeId)) return false;
    this.#pending.set(pending.changeId, pending);
    return true;
  }

  pending(): PendingChange[] {
    return [...this.#pending.values()].sort((a, b) => (a.changeId < b.changeId ? -1 : a.changeId > b.changeId ? 1 : 0));
  }

  versionsOf(kind: SyncKindName, recordId: string): RecordVersions | undefined {
    return this.#records.get(kind)?.get(recordId);
  }

  /** Every record of a kind, deleted ones included, sorted by id. */
  recordsOf(kind: SyncKindName): [string, RecordVersions][] {
    const byId = this.#records.get(kind);
    if (!byId) return [];
    return [...byId.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** The live records of a kind (tombstones left out), sorted by id. */
  liveRecords(kind: SyncKindName): { id: string; record: JsonValue; change: SyncChange }[] {
    const out: { id: string; record: JsonValue; change: SyncChange }[] = [];
    for (const [id, versions] of this.recordsOf(kind)) {
      if (versions.winner.record !== undefined) out.push({ id, record: versions.winner.record, change: versions.winner });
    }
    return out;
  }

  serialize(): SerializedMergeState {
    const changes: SyncChange[] = [];
    for (const kind of SYNC_KIND_NAMES) {
      for (const [, versions] of this.recordsOf(kind)) {
        const kept = new Map(versions.leaves);
        kept.set(versions.winner.changeId, versions.winner);
        changes.push(...[...kept.values()].sort((a, b) => compareStamps(a.stamp, b.stamp)));
      }
    }
    return { seen: [...this.#seen].sort(), referenced: [...this.#referenced].sort(), changes, pending: this.pending() };
  }

  static restore(saved: SerializedMergeState): MergeState {
    const state = new MergeState();
    for (const id of saved.referenced) state.#referenced.add(id);
    for (const change of saved.changes) state.apply(change);
    for (const id of saved.seen) state.#seen.add(id);
    for (const pending of saved.pending) state.#pending.set(pending.changeId, pending);
    return state;
  }
}

/**
 * What every device must agree on, as one text: the live records of every kind and every open conflict. Two devices
 * that have seen the same changes give the same bytes.
 */
export function exportMerged(state: MergeState, conflicts: readonly unknown[]): string {
  const records: Record<string, Record<string, JsonValue>> = {};
  for (const kind of SYNC_KIND_NAMES) {
    const live = state.liveRecords(kind);
    if (live.length) records[kind] = Object.fromEntries(live.map((r) => [r.id, r.record]));
  }
  return canonicalJson({ records, conflicts, pending: state.pending().map((p) => p.changeId) });
}
