// One computer's side of sync: stamps its local changes, writes them to its own log, reads the others' new changes
// and folds them into the merged set. Knows nothing of the data store: the SyncService maps records in and out.
import type { JsonValue } from '../../shared/sync/canonicalJson';
import { HybridClock, type Stamp } from '../../shared/sync/hybridClock';
import { exportMerged, MergeState, type SerializedMergeState } from '../../shared/sync/mergeState';
import { makeChange, type SyncChange } from '../../shared/sync/syncChange';
import { findConflicts, sameContent, type SyncConflict } from '../../shared/sync/syncConflicts';
import type { SyncKindName } from '../../shared/sync/syncKinds';
import { emptyCursor, readOtherDevices, type ReadCursor } from './deviceLogReader';
import { DeviceLogWriter, type DeviceInfo } from './deviceLogWriter';
import type { SyncFs } from './syncFs';

/** Everything sync keeps in the local data folder (sync-state.json): who this device is and how far it has read. */
export interface SyncEngineState {
  format: 1;
  folder: string;
  deviceId: string;
  deviceName: string;
  clock: Stamp;
  cursor: ReadCursor;
  /** Local changes not yet in this device's log: written at the next sync, kept across a crash. */
  outbox: SyncChange[];
  merge: SerializedMergeState;
  devices: DeviceInfo[];
  lastCompaction: number;
  /**
   * The sizes this device left its own change files at (absent in a state from before they were kept): a file found
   * shorter or gone was changed by something else, and what it held is written again.
   */
  ownFiles?: Record<string, number>;
  /**
   * Words for damage to this device's own files repaired since the last round, told by the next one. Saved with the
   * rest: a command run alone (`timelock log`) repairs as it writes and exits before any round.
   */
  untold?: string[];
}

export interface SyncRound {
  /** Changes from other devices newly applied. */
  applied: number;
  /** This device's changes written to its log. */
  written: number;
  devices: number;
  conflicts: number;
  /** Changes kept unapplied because a newer Timelock wrote them. */
  waitingForUpdate: number;
  problems: string[];
  /** Kinds whose merged records changed: what the store must take in. */
  changedKinds: SyncKindName[];
}

/** A device compacts its own log at most this often. */
const COMPACT_EVERY_MS = 7 * 86_400_000;

export class SyncEngine {
  readonly #fs: SyncFs;
  readonly #writer: DeviceLogWriter;
  readonly #clock: HybridClock;
  readonly #merge: MergeState;
  readonly #appVersion: string;
  readonly #newId: () => string;
  #state: Omit<SyncEngineState, 'clock' | 'merge'>;

  constructor(fs: SyncFs, state: SyncEngineState, options: { appVersion: string; newId: () => string }) {
    this.#fs = fs;
    this.#state = { ...state, outbox: [...state.outbox], devices: [...state.devices], ...(state.untold ? { untold: [...state.untold] } : {}) };
    this.#clock = new HybridClock(state.deviceId, state.clock);
    this.#merge = MergeState.restore(state.merge);
    this.#writer = new DeviceLogWriter(fs, state.folder, state.deviceId);
    this.#appVersion = options.appVersion;
    this.#newId = options.newId;
  }

  static initialState(folder: string, deviceId: string, deviceName: string): SyncEngineState {
    return {
      format: 1,
      folder,
      deviceId,
      deviceName,
      clock: { wall: 0, counter: 0, device: deviceId },
      cursor: emptyCursor(),
      outbox: [],
      merge: { seen: [], referenced: [], changes: [], pending: [] },
      devices: [],
      lastCompaction: 0,
    };
  }

  get deviceId(): string {
    return this.#state.deviceId;
  }

  get folder(): string {
    return this.#state.folder;
  }

  get merged(): MergeState {
    return this.#merge;
  }

  get devices(): readonly DeviceInfo[] {
    return this.#state.devices;
  }

  get outboxSize(): number {
    return this.#state.outbox.length;
  }

  /**
   * Changes waiting: this device's not yet in its log (written at the next round; only while the folder is out of
   * reach), and the other devices' in the folder not yet taken in. Reads only what the saved cursor has not read (the
   * new tail of each log, a snapshot not read at its size), so it costs what the next round's read costs, and counts
   * a change once however many copies of its file a sync tool made.
   */
  waiting(): { toSend: number; toTakeIn: number } {
    const read = readOtherDevices(this.#fs, this.#state.folder, this.#state.deviceId, this.#state.cursor);
    const unseen = new Set<string>();
    for (const change of [...read.changes, ...read.pending]) if (!this.#merge.has(change.changeId)) unseen.add(change.changeId);
    return { toSend: this.#state.outbox.length, toTakeIn: unseen.size };
  }

  /** Stamps a local change (a record saved, or deleted with `null`) on top of the version this device shows. */
  record(kind: SyncKindName, recordId: string, record: JsonValue | null, now: number, extraBases: readonly string[] = []): SyncChange {
    const current = this.#merge.versionsOf(kind, recordId);
    // On top of what this device shows: the winner, and any concurrent version equal to it (two computers that sent
    // the same defaults at setup). A version that differs stays a conflict until the person resolves it.
    const shown = current ? [current.winner, ...[...current.leaves.values()].filter((leaf) => leaf.changeId !== current.winner.changeId && sameContent(leaf, current.winner))] : [];
    const bases = [...new Set([...shown.map((c) => c.changeId), ...extraBases])];
    const change = makeChange({ changeId: this.#newId(), stamp: this.#clock.tick(now), kind, recordId, record, bases });
    this.#merge.apply(change);
    this.#state.outbox.push(change);
    return change;
  }

  /**
   * Keeps `shown` as the version every device shows and `own`, a version made without knowing it (a computer joining
   * with a record of its own), beside it as a conflict to resolve. A stamp made here is the later one, so `own` is
   * stamped on top of nothing and `shown` after it, on top of the version shown until now.
   */
  recordBeside(kind: SyncKindName, recordId: string, own: JsonValue | null, shown: JsonValue | null, now: number): void {
    const current = this.#merge.versionsOf(kind, recordId)?.winner;
    for (const [record, bases] of [[own, []], [shown, current ? [current.changeId] : []]] as const) {
      const change = makeChange({ changeId: this.#newId(), stamp: this.#clock.tick(now), kind, recordId, record, bases });
      this.#merge.apply(change);
      this.#state.outbox.push(change);
    }
  }

  /** Appends the local changes not yet written to this device's log. Returns how many. */
  flushOutbox(): number {
    const outbox = this.#state.outbox;
    if (outbox.length) {
      this.#repairOwnFiles();
      this.#writer.append(outbox);
      this.#state.ownFiles = this.#writer.ownSizes();
    }
    this.#state.outbox = [];
    return outbox.length;
  }

  /**
   * This device's own files that something else cut short or removed (a sync tool's older copy, a person tidying the
   * folder): the other computers, and any that joins later, would never see what they held. Every change of this
   * device that the merged set still shows is appended again, to its month's log (a change read twice is taken once).
   * What to tell is kept for the round's problems.
   */
  #repairOwnFiles(): void {
    const written = this.#state.ownFiles;
    if (!written) return;
    const damaged = this.#writer.damaged(written);
    if (damaged.length === 0) return;
    const own = this.#merge.serialize().changes.filter((c) => c.stamp.device === this.#state.deviceId);
    if (own.length) this.#writer.append(own);
    this.#state.ownFiles = this.#writer.ownSizes();
    this.#state.untold = [...(this.#state.untold ?? []), `This computer's own changes in the sync folder (${damaged.join(', ')}) were cut short or removed by something other than Timelock: ${own.length} change${own.length === 1 ? ' was' : 's were'} written again, so the other computers get them back.`];
  }

  /** Writes this device's pending changes, then reads and merges what the others wrote since last time. */
  syncNow(now: number): SyncRound {
    this.#repairOwnFiles();
    const written = this.flushOutbox();
    this.#writer.writeInfo({ name: this.#state.deviceName, appVersion: this.#appVersion, lastSeen: now });

    const read = readOtherDevices(this.#fs, this.#state.folder, null, this.#state.cursor, now);
    const changedKinds = new Set<SyncKindName>();
    let applied = 0;
    for (const change of read.changes) {
      if (!this.#merge.apply(change)) continue;
      this.#clock.receive(change.stamp, now);
      changedKinds.add(change.kind);
      if (change.stamp.device !== this.#state.deviceId) applied++;
    }
    for (const pending of read.pending) this.#merge.keepPending(pending);
    this.#state.cursor = read.cursor;
    this.#state.devices = read.devices.filter((d) => d.id !== this.#state.deviceId);

    if (now - this.#state.lastCompaction >= COMPACT_EVERY_MS) {
      this.#writer.compact();
      this.#state.lastCompaction = now;
    }
    this.#state.ownFiles = this.#writer.ownSizes();
    // Kept until the caller has the round's result in hand (told()): a round that fails after this, taking the
    // changes into the store, would otherwise lose the words, which no file or later round could give again.
    const untold = this.#state.untold ?? [];
    return {
      applied,
      written,
      devices: this.#state.devices.length,
      conflicts: this.conflicts().length,
      waitingForUpdate: this.#merge.pending().length,
      problems: [...untold, ...read.problems],
      changedKinds: [...changedKinds].sort(),
    };
  }

  /** The round's problems have reached the person (or the caller that tells them): the kept words are let go. */
  told(): void {
    delete this.#state.untold;
  }

  conflicts(): SyncConflict[] {
    return findConflicts(this.#merge);
  }

  /** The canonical text of the merged records and conflicts: equal on every device that has seen the same changes. */
  exportMerged(): string {
    return exportMerged(this.#merge, this.conflicts());
  }

  save(): SyncEngineState {
    return { ...this.#state, clock: this.#clock.last, merge: this.#merge.serialize(), outbox: [...this.#state.outbox], devices: [...this.#state.devices] };
  }
}
