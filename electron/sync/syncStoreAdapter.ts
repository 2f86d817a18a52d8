// The narrow view of the data store that sync needs, so the sync service plugs into whichever store a host runs:
// read the records of a kind, apply a merged change to several kinds in one atomic store change, and hear of
// every change the person makes on this computer.
import type { JsonValue } from '../../shared/sync/canonicalJson';
import type { SyncKindName } from '../../shared/sync/syncKinds';

export interface LocalChange {
  kind: SyncKindName;
  recordId: string;
  /** Null: the record was deleted. */
  record: JsonValue | null;
}

export type MergedChange = Partial<Record<SyncKindName, { put: Map<string, JsonValue>; remove: string[] }>>;

export interface SyncStoreAdapter {
  /**
   * Every record of a kind the store holds, by record id. For a per-device kind (the running timer) this computer's
   * record is under `self`, the other computers' under their ids.
   */
  readAll(kind: SyncKindName, self: string): Map<string, JsonValue>;
  /**
   * Why the store cannot hold this record (it fails the store's schema), or null when it can. A record refused here
   * stays in the merged set, so nothing is lost; it is reported instead of stored.
   */
  refuse(kind: SyncKindName, recordId: string, record: JsonValue): string | null;
  /**
   * Puts and removes records of several kinds all-or-nothing. A store hook that reports every write may report
   * these too, during the call: the service ignores what arrives while it applies.
   */
  applyMerged(change: MergedChange, self: string): void;
  /**
   * Calls `listener` once for each store write the person's action makes here, with every record it changed (an
   * import of thousands of entries is one call, so one append to the log); returns the unsubscribe.
   */
  onLocalChange(listener: (changes: readonly LocalChange[]) => void): () => void;
}
