// The ports every service receives: nothing in a service reads the system clock, the disk or the desktop directly.
import type { Category, CheckIn, Entry, NudgeRecord, Presence, RunningTimer, Settings, Snooze, Unlock } from '../shared/model';
import type { Timebox } from '../shared/planModel';

export interface Clock {
  now(): number;
}

/** Whatever setTimeout returns on the host; only handed back to clearTimeout. */
export type TimerHandle = unknown;

/**
 * One-shot timers, injected next to the clock so a test can drive a whole simulated week with fake ones. The
 * scheduler keeps at most one pending, and never asks for a delay over an hour.
 */
export interface Timers {
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/**
 * How long the person has not touched keyboard or mouse. Electron: `powerMonitor.getSystemIdleTime()`. A host
 * without one (the browser host) passes none, and only the heartbeat tells of time away.
 */
export interface IdleProbe {
  idleSeconds(): number;
}

/** Shows a nudge to the person: a native notification in Electron, a push event (toast) in the browser host. */
export interface Notifier {
  notify(nudge: { id: string; kind: string; text: string; actions: string[] }): void;
}

/** The persistent state, loaded once and written one change at a time. Implemented in electron/storage/. */
export interface DataStore {
  readonly dataDir: string;
  /** Human-readable notes about recoveries made while loading (a corrupt file moved aside, a backup loaded). */
  readonly notices: readonly string[];

  getSettings(): Settings;
  setSettings(settings: Settings): void;

  getCategories(): Category[];
  setCategories(categories: Category[]): void;

  getTimer(): RunningTimer | null;
  /** Persisted at once (synchronously) so a kill -9 right after a start loses nothing. */
  setTimer(timer: RunningTimer | null): void;

  /** All entries, sorted by start. */
  getEntries(): readonly Entry[];
  /** Entries overlapping [from, to), sorted by start. */
  entriesBetween(from: number, to: number): Entry[];
  /** The start of the earliest entry; null when there is none. Where the record begins. */
  firstEntryStart(): number | null;
  /** Add, replace (same id) or remove entries in one atomic change. Only the affected month shards are rewritten. */
  applyEntries(change: { put?: Entry[]; remove?: string[] }): void;

  getNudgeLog(): NudgeRecord[];
  appendNudge(record: NudgeRecord): void;
  updateNudge(id: string, patch: Partial<NudgeRecord>): void;

  getSnoozes(): Snooze[];
  setSnoozes(snoozes: Snooze[]): void;

  getUnlocks(): Unlock[];
  appendUnlock(unlock: Unlock): void;
  /** Replaces the unlock with the same id (an unlock ended early); not-found when there is none. */
  replaceUnlock(unlock: Unlock): void;

  getCheckIns(): CheckIn[];
  setCheckIns(checkIns: CheckIn[]): void;

  /** The heartbeat of a running timer (written at most once a minute) and the open idle question. */
  getPresence(): Presence;
  setPresence(presence: Presence): void;

  /** The plan: every timebox, one-off and weekly. Replaced whole, in one atomic write. */
  getTimeboxes(): Timebox[];
  setTimeboxes(timeboxes: Timebox[]): void;

  /**
   * Replaces the parts given, across every file they live in, as one atomic change: all of it or none, in memory and
   * on disk, even if the process dies part-way (a journal is replayed at the next start). `entries` replaces the
   * whole entry set. Used by a restore. Throws with nothing changed when the change cannot be committed.
   */
  replaceAll(next: DataReplacement): void;

  /**
   * `replaceAll` for a change too large to make without pauses (an import of many entries), so the host keeps
   * answering: the change is checked and its files written beside their places with `pause` awaited between pieces
   * of work, then it lands in one synchronous step, journaled as `replaceAll`'s is. Other requests meanwhile see the
   * data as it was until that step, and all of the change after it. It lands only if nothing it was built from
   * changed meanwhile and `unchanged()` still holds then; otherwise it resolves false with nothing changed, for the
   * caller to look again. Rejects, with nothing changed, when the change cannot be committed.
   */
  replaceAllInSteps(next: DataReplacement, options: { pause: () => Promise<void>; unchanged: () => boolean }): Promise<boolean>;

  /**
   * Before a quit. Writes are synchronous, so none is ever queued; this finishes what a failed write left for the
   * next start to replay (entry month files held by the journal). Resolves even if the disk still refuses them.
   */
  flush(): Promise<void>;
}

/** The parts of the data a whole-data change replaces; a part left out is kept as it is. */
export interface DataReplacement {
  settings?: Settings;
  categories?: Category[];
  /** The whole entry set: entries not listed are removed. */
  entries?: Entry[];
  /** Entries added beside (or replacing, by id) the ones kept: an import that also makes its categories. Not with `entries`. */
  addEntries?: Entry[];
  /** Entries removed by id, beside `addEntries` (sync taking in deletions from another computer). Not with `entries`. */
  removeEntries?: string[];
  /** This computer's running timer (sync taking in a timer stopped elsewhere). */
  timer?: RunningTimer | null;
  nudgeLog?: NudgeRecord[];
  snoozes?: Snooze[];
  unlocks?: Unlock[];
  checkIns?: CheckIn[];
  timeboxes?: Timebox[];
}

/** New record ids; injected so tests can name what they create. */
export interface IdSource {
  newId(): string;
}

/**
 * Asks the person to choose a folder (the sync folder): the system's folder dialog in Electron. A host without a
 * dialog (the browser host, the command line) refuses in words, and the person types the full path instead.
 */
export interface FolderPicker {
  /** The full path of the folder chosen, or null when the person cancelled. */
  chooseFolder(): Promise<string | null>;
}
