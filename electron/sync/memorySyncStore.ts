// An in-memory SyncStoreAdapter: the records of every kind in maps. The service tests and the benchmark use it; the
// live DataStore gets its own adapter when sync is wired into the app.
import { canonicalJson, type JsonValue } from '../../shared/sync/canonicalJson';
import type { SyncKindName } from '../../shared/sync/syncKinds';
import type { LocalChange, MergedChange, SyncStoreAdapter } from './syncStoreAdapter';

export class MemorySyncStore implements SyncStoreAdapter {
  readonly #records = new Map<SyncKindName, Map<string, JsonValue>>();
  readonly #listeners = new Set<(changes: readonly LocalChange[]) => void>();
  /** What `refuse` says no to: a test's stand-in for a store schema. */
  refuseWhen: (kind: SyncKindName, record: JsonValue) => string | null = () => null;
  applied = 0;

  #of(kind: SyncKindName): Map<string, JsonValue> {
    let map = this.#records.get(kind);
    if (!map) this.#records.set(kind, (map = new Map()));
    return map;
  }

  /** A change made by the person on this computer. */
  edit(kind: SyncKindName, recordId: string, record: JsonValue | null): void {
    if (record === null) this.#of(kind).delete(recordId);
    else this.#of(kind).set(recordId, record);
    this.#notify({ kind, recordId, record });
  }

  #notify(...changes: LocalChange[]): void {
    if (changes.length) for (const listener of this.#listeners) listener(changes);
  }

  get(kind: SyncKindName, recordId: string): JsonValue | undefined {
    return this.#of(kind).get(recordId);
  }

  ids(kind: SyncKindName): string[] {
    return [...this.#of(kind).keys()].sort();
  }

  /** Every record, as one canonical text: what "the same data on every computer" is checked against. */
  exportAll(): string {
    const out: Record<string, Record<string, JsonValue>> = {};
    for (const [kind, map] of [...this.#records].sort(([a], [b]) => (a < b ? -1 : 1))) if (map.size) out[kind] = Object.fromEntries(map);
    return canonicalJson(out);
  }

  readAll(kind: SyncKindName): Map<string, JsonValue> {
    return new Map(this.#of(kind));
  }

  refuse(kind: SyncKindName, _recordId: string, record: JsonValue): string | null {
    return this.refuseWhen(kind, record);
  }

  applyMerged(change: MergedChange): void {
    this.applied++;
    for (const [kind, { put, remove }] of Object.entries(change) as [SyncKindName, { put: Map<string, JsonValue>; remove: string[] }][]) {
      const map = this.#of(kind);
      for (const id of remove) map.delete(id);
      for (const [id, record] of put) map.set(id, record);
      // Like a storage hook that sees every write: the service must tell these from the person's own changes.
      this.#notify(...remove.map((id) => ({ kind, recordId: id, record: null })), ...[...put].map(([id, record]) => ({ kind, recordId: id, record })));
    }
  }

  onLocalChange(listener: (changes: readonly LocalChange[]) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
