// Sync through a folder the person already syncs: set up and turned off here, run on demand (and by the hosts when
// the folder changes), every merged change taken into the store in one atomic change, conflicts listed and resolved.
import path from 'node:path';
import { AppError } from '../../shared/result';
import { canonicalJson, isJsonObject, type JsonValue } from '../../shared/sync/canonicalJson';
import { SYNC_KIND_NAMES, SYNC_KINDS, type SyncKindName } from '../../shared/sync/syncKinds';
import { overlapKey, sameRecord, type SyncConflict } from '../../shared/sync/syncConflicts';
import type { Clock, FolderPicker, IdSource } from '../ports';
import type { HandlerSet } from '../router';
import { SyncEngine, type SyncEngineState } from '../sync/syncEngine';
import type { SyncFs } from '../sync/syncFs';
import type { MergedChange, SyncStoreAdapter } from '../sync/syncStoreAdapter';
import { noFolderDialog } from '../sync/noFolderDialog';
import { otherTimersIn, type OtherTimer } from '../../shared/sync/otherTimers';
import { settingTakenWords } from '../../shared/sync/settingConflictWords';
import { WALKTHROUGH_SETTINGS } from '../../shared/settingNames';
import { savedRun } from '../../shared/domain/spans';
import { BOUNDARY_KEYS } from '../../shared/domain/boundaries';
import { canonicalName } from '../../shared/domain/nameKey';
import { cleanText } from '../../shared/domain/cleanText';
import { livedWeeksTakenInWords } from '../../shared/domain/livedWeeks';
import { listWords } from '../../shared/domain/words';
import { folderWeeks, inLivedWeek, recordsWords } from './syncJoin';
import type { Entry, Settings } from '../../shared/model';

/** Where the sync state lives: sync-state.json in the data folder (electron/sync/syncStateFile.ts), or memory in tests. */
export interface SyncStateStore {
  load(): SyncEngineState | null;
  save(state: SyncEngineState): void;
  remove(): void;
}

export interface SyncServiceDeps {
  adapter: SyncStoreAdapter;
  states: SyncStateStore;
  fs: SyncFs;
  clock: Clock;
  ids: IdSource;
  appVersion: string;
  /** Whether the chosen sync folder exists and is a folder. */
  isFolder(folder: string): boolean;
  /** The host's folder dialog (Electron's); without one, choosing a folder is refused in words. */
  picker?: FolderPicker;
  /** Told which kinds the store took in from other computers (the host emits `data.changed`). */
  onMerged?(kinds: SyncKindName[]): void;
  /**
   * Told when the timer running here was stopped from another computer (`sync stop-timer` there, or a timers conflict
   * resolved there): it goes from this computer without anyone here stopping it, so the host says so.
   */
  onTimerStoppedElsewhere?(stopped: { timer: JsonValue; by: string }): void;
  /**
   * Told when this computer, joining a folder other computers already sync through, took their settings and
   * categories where its own differed (what it had, in words), or kept its own version of a record of theirs as a
   * conflict (which records), so nothing it leaves behind goes unsaid.
   */
  onJoinedWith?(message: string): void;
  /**
   * The settings as the store holds them: a round that takes in another computer's time zone, first day of the week,
   * late-work hour, cap history or days off reaching into weeks already lived says so (`livedWeeks`), read from the
   * settings before and after. Without it a round says nothing of them.
   */
  settings?(): Settings;
}

export interface SyncRoundResult {
  applied: number;
  written: number;
  devices: number;
  conflicts: number;
  /** What this round could not read or store, in words (an unreadable line skipped, a record refused). */
  problems: string[];
  /**
   * What the settings this round took in from other computers do to weeks already lived, in words, naming those
   * computers; absent when they do nothing to them.
   */
  livedWeeks?: string;
}

export interface SyncStatus {
  folder: string;
  device: { id: string; name: string };
  devices: { id: string; name: string; lastSeen: number }[];
  conflicts: number;
  /** Changes from a newer Timelock kept unapplied: "update Timelock on this computer". */
  needsUpdate: number;
  /** Records the store refused in the last round (with why), kept in the merged set. */
  problems: string[];
  /** Changes waiting: this computer's not yet in the folder, the folder's not yet taken in here. */
  waiting: { toSend: number; toTakeIn: number };
}

export type SyncConflictView = Pick<SyncConflict, 'id' | 'type' | 'message'> & {
  kind?: SyncKindName;
  recordIds: string[];
  /** The version shown now, and the other one (edited-twice only); null for a deletion. */
  kept?: JsonValue | null;
  other?: JsonValue | null;
  devices: string[];
};

export type KeepChoice = 'this' | 'other' | 'both';

export type { OtherTimer };

/**
 * Kinds an older Timelock sent inside one setting (the whole timeline, every day off): a computer that set sync up
 * then has spans and days off the sync folder never saw one by one. They go out at the next start.
 */
const TYPED_PATH_ONLY = noFolderDialog('This Timelock', "type the sync folder's full path.");

const SPLIT_BEFORE: readonly SyncKindName[] = ['boundarySpan', 'dayOff'];

/** The kinds every computer has from its first run (settings, the seeded categories): at setup the folder's stand. */
const SHARED_SETUP: ReadonlySet<SyncKindName> = new Set(['setting', 'category']);

/** "Lock mode Soft (this computer had Off)", "the category Deep work (this computer had Work)"; '' for nothing to say. */
function takenWords(kind: SyncKindName, id: string, taken: JsonValue | undefined, had: JsonValue): string {
  if (kind === 'setting') return WALKTHROUGH_SETTINGS.has(id) ? '' : settingTakenWords(id, taken, had);
  const name = (record: JsonValue | undefined) => (isJsonObject(record) && typeof record.name === 'string' ? record.name : id);
  return name(taken) === name(had) ? `the category ${name(taken)} as they have it` : `the category ${name(taken)} (this computer had ${name(had)})`;
}

/**
 * The other computers' first span of the boundaries. One that never dated a boundary keeps no timeline: its one span is
 * its settings (timelineOf), which it sent one by one. Undefined when the folder holds neither.
 */
function firstSpanOf(engine: SyncEngine): JsonValue | undefined {
  const winners = BOUNDARY_KEYS.map((key) => [key, engine.merged.versionsOf('setting', key)?.winner] as const);
  if (winners.some(([, winner]) => winner === undefined)) return undefined;
  // A setting of no value (no daily cap) travels as a deletion.
  const values = winners.map(([key, winner]) => [key, winner!.record ?? null]);
  return { from: null, ...Object.fromEntries(values) } as JsonValue;
}

export class SyncService {
  readonly #deps: SyncServiceDeps;
  #engine: SyncEngine | null = null;
  #unsubscribe: (() => void) | null = null;
  /** Set while the store takes in merged records, so they are not echoed back as local changes. */
  #applying = false;
  #problems: string[] = [];
  /** After a start every kind is compared with the store once: a store may keep some records only in memory. */
  #fullApplyDue = false;

  constructor(deps: SyncServiceDeps) {
    this.#deps = deps;
    const saved = deps.states.load();
    if (saved) this.#sendUnseen(this.#start(saved), SPLIT_BEFORE);
  }

  get enabled(): boolean {
    return this.#engine !== null;
  }

  /** The sync folder while sync is on (the hosts watch it), else null. */
  get folder(): string | null {
    return this.#engine?.folder ?? null;
  }

  handlers(): HandlerSet {
    return {
      'sync.setup': (request) => this.setup(request),
      'sync.off': () => this.off(),
      'sync.now': () => this.now(),
      'sync.status': () => (this.enabled ? this.status() : null),
      'sync.conflicts': () => this.conflicts(),
      'sync.resolve': (request) => this.resolve(request.id, request.keep),
      'sync.otherTimers': () => this.otherTimers(),
      'sync.chooseFolder': async () => ({ folder: await (this.#deps.picker ?? TYPED_PATH_ONLY).chooseFolder() }),
      'sync.stopOtherTimer': (request) => this.stopOtherTimer(request.device),
    };
  }

  setup(request: { folder: string; deviceName?: string }): SyncStatus {
    const folder = request.folder;
    if (!path.isAbsolute(folder)) throw new AppError('bad-request', `The sync folder must be a full path; got "${folder}".`);
    if (!this.#deps.isFolder(folder)) throw new AppError('not-found', `There is no folder at ${folder}. Create it (or choose the folder your sync tool shares), then set sync up.`);
    const name = canonicalName(request.deviceName ?? 'This computer').trim().slice(0, 80) || 'This computer';
    if (this.#engine) {
      const current = this.#engine.save();
      if (current.folder !== folder) throw new AppError('conflict', `Sync already uses ${current.folder}. Turn sync off first to choose another folder.`);
      this.#deps.states.save({ ...current, deviceName: name });
      this.#start(this.#deps.states.load()!);
      return this.status();
    }
    const deviceId = this.#deps.ids.newId().replace(/[^A-Za-z0-9_-]/g, '').slice(0, 64) || 'device';
    const engine = this.#start(SyncEngine.initialState(folder, deviceId, name));
    const now = this.#deps.clock.now();
    // What the other computers wrote first. Their settings and categories are the person's, chosen there: a computer
    // joining takes them where its own differ (a new one's are only first-run defaults, which sent as changes of
    // their own were the later ones and reset every computer: the time zone, the lock, the cap), and says what it
    // had. A record only this computer has goes out as its own. Where another computer holds a different version of
    // the same record (a cap span, a day off, an entry), theirs stays shown, as their weeks were lived with it, and
    // this computer's is kept beside it as a conflict to resolve: sent as the later change, it replaced theirs. So is
    // a step of the boundaries or a day off only this computer has, in a week the others already lived: they lived it
    // without it, and applied it would change the cap they lived it with. For weeks to come it goes out as its own.
    engine.syncNow(now);
    const had: string[] = [];
    const beside: { kind: SyncKindName; id: string }[] = [];
    const aside: { kind: SyncKindName; id: string }[] = [];
    const firstSpan = firstSpanOf(engine);
    const own = this.#deps.settings?.();
    const weeks = folderWeeks((key) => engine.merged.versionsOf('setting', key)?.winner.record, { timeZone: own?.timeZone ?? 'UTC', weekStartsOn: own?.weekStartsOn ?? 1 });
    for (const kind of SYNC_KIND_NAMES) {
      for (const [id, record] of this.#deps.adapter.readAll(kind, deviceId)) {
        const winner = engine.merged.versionsOf(kind, id)?.winner;
        const theirs = winner ? (winner.record ?? null) : kind === 'boundarySpan' && id === 'start' ? firstSpan : undefined;
        if (theirs === undefined && firstSpan !== undefined && inLivedWeek(kind, id, weeks, now)) {
          engine.recordBeside(kind, id, record, null, now);
          aside.push({ kind, id });
        } else if (theirs === undefined) engine.record(kind, id, record, now);
        // A setting of no value (no daily cap) travels as a deletion.
        else if (theirs === null || record === null ? theirs === record : sameRecord(kind, theirs, record)) {
          // The others' first span, read from their settings (they keep no timeline), goes out as a record: a step of
          // this computer's that goes out too is then read after it there, not from the start.
          if (!winner) engine.record(kind, id, record, now);
        } else if (SHARED_SETUP.has(kind)) had.push(takenWords(kind, id, winner?.record, record));
        else {
          engine.recordBeside(kind, id, record, theirs, now);
          beside.push({ kind, id });
        }
      }
    }
    this.#fullApplyDue = true;
    this.now();
    const told = had.filter((words) => words !== '');
    const message: string[] = [];
    if (told.length) message.push(`This computer took the settings the other computers share: ${told.join('; ')}.`);
    if (beside.length) message.push(`Where ${message.length ? 'it' : 'this computer'} had another version of their records, theirs holds and its own is kept as a conflict to resolve: ${recordsWords(beside)}.`);
    if (aside.length) {
      message.push(`What only ${message.length ? 'it' : 'this computer'} had in weeks the other computers already lived is kept as a conflict to resolve, not applied, so those weeks keep their figures: ${recordsWords(aside)}.`);
    }
    if (message.length) this.#deps.onJoinedWith?.(message.join(' '));
    return this.status();
  }

  /** Stops syncing. The records here and the files in the sync folder both stay complete. */
  off(): { folder: string } {
    const engine = this.#require();
    const folder = engine.save().folder;
    engine.flushOutbox();
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    this.#engine = null;
    this.#deps.states.remove();
    return { folder };
  }

  /** Writes this computer's changes and takes in the others'. */
  now(): SyncRoundResult {
    return this.#round([]);
  }

  #round(localKinds: readonly SyncKindName[]): SyncRoundResult {
    const engine = this.#require();
    // A folder gone (a drive unplugged, a share offline) is said, not made again empty: writing into a new one would
    // send this computer's changes where no other computer reads them, and take in nothing, as if all were well.
    const missing = this.#missingFolder(engine);
    if (missing) throw new AppError('not-found', missing);
    const round = engine.syncNow(this.#deps.clock.now());
    const kinds = this.#fullApplyDue ? SYNC_KIND_NAMES : [...new Set([...round.changedKinds, ...localKinds])];
    this.#fullApplyDue = false;
    const { refused, livedWeeks } = this.#applyToStore(kinds);
    const problems = [...round.problems, ...refused];
    this.#problems = problems;
    engine.told();
    this.#deps.states.save(engine.save());
    return { applied: round.applied, written: round.written, devices: round.devices, conflicts: round.conflicts, problems, ...(livedWeeks ? { livedWeeks } : {}) };
  }

  status(): SyncStatus {
    const engine = this.#require();
    const state = engine.save();
    const needsUpdate = engine.merged.pending().length;
    const { waiting, unreadable } = this.#waiting(engine);
    const missing = this.#missingFolder(engine);
    const problems = [...(missing ? [missing] : unreadable ? [unreadable] : []), ...this.#problems];
    return {
      folder: state.folder,
      device: { id: state.deviceId, name: state.deviceName },
      devices: engine.devices.map((d) => ({ id: d.id, name: d.name, lastSeen: d.lastSeen })),
      conflicts: engine.conflicts().length,
      needsUpdate,
      problems: needsUpdate ? [`${needsUpdate} change(s) come from a newer Timelock: update Timelock on this computer.`, ...problems] : problems,
      waiting,
    };
  }

  /** The changes waiting; a folder that cannot be read now (a drive unplugged) is said, and counts none to take in. */
  #waiting(engine: SyncEngine): { waiting: SyncStatus['waiting']; unreadable: string | null } {
    try {
      return { waiting: engine.waiting(), unreadable: null };
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return { waiting: { toSend: engine.outboxSize, toTakeIn: 0 }, unreadable: `The sync folder could not be read: ${why}` };
    }
  }

  conflicts(): SyncConflictView[] {
    return this.#require()
      .conflicts()
      .map((c): SyncConflictView => {
        if (c.type === 'edited-twice') {
          return { id: c.id, type: c.type, message: c.message, kind: c.kind, recordIds: [c.recordId], kept: c.kept.record ?? null, other: c.other.record ?? null, devices: [c.kept.stamp.device, c.other.stamp.device] };
        }
        if (c.type === 'overlap') return { id: c.id, type: c.type, message: c.message, kind: c.kind, recordIds: [...c.recordIds], devices: [...c.devices] };
        return { id: c.id, type: c.type, message: c.message, kind: 'timer', recordIds: [...c.devices], devices: [...c.devices] };
      });
  }

  /**
   * Resolves one conflict. Edited twice: `this` keeps the version shown, `other` restores the other, `both` keeps
   * the shown one and restores the other as a copy (entries only). Overlap: `this` keeps this computer's entry and
   * deletes the other, `other` the reverse, `both` keeps both. Timers: `this` keeps this computer's running and
   * stops the others, `other` stops this one; a stopped timer becomes an entry up to now.
   */
  resolve(id: string, keep: KeepChoice): SyncRoundResult {
    const engine = this.#require();
    const conflict = engine.conflicts().find((c) => c.id === id);
    if (!conflict) throw new AppError('not-found', `There is no open sync conflict ${id}; \`sync conflicts\` lists them.`);
    const now = this.#deps.clock.now();
    const self = engine.deviceId;
    const touched: SyncKindName[] = ['entry', 'timer', 'overlapKept'];
    if (conflict.type === 'edited-twice') {
      touched.push(conflict.kind);
      const { kind, recordId, kept, other } = conflict;
      if (keep === 'both' && kind !== 'entry') throw new AppError('bad-request', `Only entries can be kept twice; keep this or other ${SYNC_KINDS[kind].noun}.`);
      const chosen = keep === 'other' ? other : kept;
      engine.record(kind, recordId, chosen.record ?? null, now, [kept.changeId, other.changeId]);
      if (keep === 'both' && other.record !== undefined && other.record !== null && typeof other.record === 'object' && !Array.isArray(other.record)) {
        const copyId = this.#deps.ids.newId();
        engine.record(kind, copyId, { ...other.record, id: copyId }, now);
      }
    } else if (conflict.type === 'overlap') {
      const [a, b] = conflict.recordIds;
      const mine = conflict.devices[1] === self ? b : a;
      const theirs = mine === a ? b : a;
      if (keep === 'both') engine.record('overlapKept', overlapKey(a, b), {}, now);
      else engine.record(conflict.kind, keep === 'this' ? theirs : mine, null, now);
    } else {
      if (keep === 'both') throw new AppError('bad-request', 'Both timers keep running until one is stopped: keep this or other.');
      const stop = conflict.devices.filter((d) => (keep === 'this' ? d !== self : d === self));
      for (const device of stop) this.#stopTimer(engine, device, now);
    }
    // The resolution is this computer's own change: the store takes it in now, not only when another arrives.
    return this.#round(touched);
  }

  /**
   * For a restore (BackupService, keepOthersSaved): the other computer that saved the version of a record shown here
   * (its name, and its stamp's wall time), or null when this computer saved it or sync is off. A restore's changes go
   * to every computer, so it leaves those records as they are rather than delete or undo them everywhere.
   */
  savedElsewhere(kind: SyncKindName, recordId: string): { by: string; at: number } | null {
    const engine = this.#engine;
    const winner = engine?.merged.versionsOf(kind, recordId)?.winner;
    if (!engine || !winner || winner.stamp.device === engine.deviceId) return null;
    return { by: engine.devices.find((d) => d.id === winner.stamp.device)?.name ?? 'another computer', at: winner.stamp.wall };
  }

  /** The timers running on the other computers, with each computer's name; none when sync is off. */
  otherTimers(): OtherTimer[] {
    const engine = this.#engine;
    return engine ? otherTimersIn(engine.merged, engine.deviceId, engine.devices) : [];
  }

  /**
   * Stops another computer's timer through the sync model: this computer writes the entry (up to now, less what
   * entries here hold: savedRun) and the timer's deletion; the other computer takes both in at its next round, as if
   * it had been stopped there. Answers the round and the stretch saved (null: nothing).
   */
  stopOtherTimer(device: string): SyncRoundResult & { saved: { start: number; end: number } | null } {
    const engine = this.#require();
    if (device === engine.deviceId) throw new AppError('bad-request', "This computer's own timer stops with timer.stop.");
    if (!engine.merged.liveRecords('timer').some(({ id }) => id === device)) {
      throw new AppError('not-found', 'That computer has no timer running any more: it may have been stopped there.');
    }
    const saved = this.#stopTimer(engine, device, this.#deps.clock.now());
    return { ...this.#round(['entry', 'timer']), saved };
  }

  /** Records the stop of `device`'s timer; the stretch its entry holds, or null when nothing was saved. */
  #stopTimer(engine: SyncEngine, device: string, now: number): { start: number; end: number } | null {
    const timer = engine.merged.versionsOf('timer', device)?.winner.record as Record<string, JsonValue> | undefined;
    if (!timer) return null;
    // The timer's own id, as its computer's stop gives its entry (entryOfTimer): stopped here and there before the two
    // sync, it is one entry in two versions, not the same hours twice.
    const entryId = typeof timer.id === 'string' ? timer.id : this.#deps.ids.newId();
    const start = typeof timer.start === 'number' ? timer.start : now;
    // What a stop there would save (savedRun, as timer.stop and every figure count a run): only the time no entry this
    // computer knows of holds. From its start to now it would overlap an entry logged ahead here, or one synced in
    // over its start, and come back as an overlap conflict on both computers.
    const end = Math.max(now, start + 1);
    const { from, to } = savedRun({ id: entryId, start }, entriesOf(engine, start, end), end);
    if (to > from) {
      const entry: Record<string, JsonValue> = { id: entryId, categoryId: timer.categoryId ?? '', start: from, end: to, note: timer.note ?? '', tags: [], source: 'timer' };
      if (typeof timer.overrideReason === 'string') entry.overrideReason = timer.overrideReason;
      engine.record('entry', entryId, entry, now);
    }
    engine.record('timer', device, null, now);
    return to > from ? { start: from, end: to } : null;
  }

  /** Records the store holds of these kinds that sync has no version of (not even a deletion) go out as this computer's. */
  #sendUnseen(engine: SyncEngine, kinds: readonly SyncKindName[]): void {
    const now = this.#deps.clock.now();
    let sent = 0;
    for (const kind of kinds) {
      for (const [id, record] of this.#deps.adapter.readAll(kind, engine.deviceId)) {
        if (engine.merged.versionsOf(kind, id)) continue;
        engine.record(kind, id, record, now);
        sent++;
      }
    }
    if (sent === 0) return;
    try {
      engine.flushOutbox();
      this.#deps.states.save(engine.save());
    } catch {
      // A folder out of reach must not stop the app from opening: the outbox keeps them for the next round, which
      // says what went wrong.
    }
  }

  #start(state: SyncEngineState): SyncEngine {
    this.#unsubscribe?.();
    const engine = new SyncEngine(this.#deps.fs, state, { appVersion: this.#deps.appVersion, newId: () => this.#deps.ids.newId() });
    this.#engine = engine;
    this.#fullApplyDue = true;
    this.#unsubscribe = this.#deps.adapter.onLocalChange((changes) => {
      if (this.#applying || this.#engine !== engine) return;
      const now = this.#deps.clock.now();
      for (const change of changes) {
        // A per-device record (the running timer) is this computer's, whatever the store calls it.
        const recordId = (SYNC_KINDS[change.kind] as { perDevice?: boolean }).perDevice ? engine.deviceId : change.recordId;
        engine.record(change.kind, recordId, change.record, now);
      }
      // Into the log at once: a change appended is never lost, even if the app stops before the next round. A folder
      // out of reach (a drive pulled out, a share offline) must not turn a change the store has saved into an error
      // for the person who made it: the change waits in the outbox, the status says so, and the next round sends it.
      try {
        // Not into a folder that is not there (made again, no other computer would read it): the status says it.
        if (!this.#missingFolder(engine)) engine.flushOutbox();
      } catch (error) {
        const why = `Could not write to the sync folder (${error instanceof Error ? error.message : String(error)}): your change is saved here and goes out at the next sync.`;
        this.#problems = [why, ...this.#problems.filter((p) => !p.startsWith('Could not write to the sync folder'))];
      }
      // And the state with it: a command run alone (no app) exits before any round, and the next run must start
      // from these changes, or its next edit of the same record would look like an edit made on another computer.
      this.#deps.states.save(engine.save());
    });
    return engine;
  }

  /**
   * Takes the merged records of the changed kinds into the store, as one change; returns what it refused, and what
   * the settings it took in do to weeks already lived.
   */
  #applyToStore(kinds: readonly SyncKindName[]): { refused: string[]; livedWeeks: string | null } {
    const engine = this.#require();
    const self = engine.deviceId;
    const change: MergedChange = {};
    const refused: string[] = [];
    for (const kind of kinds) {
      const current = this.#deps.adapter.readAll(kind, self);
      const put = new Map<string, JsonValue>();
      const live = new Set<string>();
      for (const { id, record } of engine.merged.liveRecords(kind)) {
        live.add(id);
        const existing = current.get(id);
        if (existing !== undefined && canonicalJson(existing) === canonicalJson(record)) continue;
        const why = this.#deps.adapter.refuse(kind, id, record);
        if (why) refused.push(`${SYNC_KINDS[kind].noun} ${id}: ${why}`);
        else put.set(id, record);
      }
      const remove = [...current.keys()].filter((id) => !live.has(id));
      if (put.size || remove.length) change[kind] = { put, remove };
    }
    const changed = Object.keys(change) as SyncKindName[];
    // This computer's own timer deleted by another computer's change: read before the store lets it go.
    const ownTimer = change.timer?.remove.includes(self) ? this.#deps.adapter.readAll('timer', self).get(self) : undefined;
    const stoppedBy = ownTimer === undefined ? undefined : engine.merged.versionsOf('timer', self)?.winner.stamp.device;
    const settingsBefore = change.setting || change.boundarySpan || change.dayOff ? this.#deps.settings?.() : undefined;
    if (changed.length) {
      this.#applying = true;
      try {
        this.#deps.adapter.applyMerged(change, self);
      } catch (error) {
        // The store kept what it had: the next round compares every kind again rather than only its new changes.
        this.#fullApplyDue = true;
        throw error;
      } finally {
        this.#applying = false;
      }
      this.#deps.onMerged?.(changed);
      if (ownTimer !== undefined && stoppedBy !== undefined && stoppedBy !== self) {
        const name = engine.devices.find((d) => d.id === stoppedBy)?.name ?? 'another computer';
        this.#deps.onTimerStoppedElsewhere?.({ timer: ownTimer, by: name });
      }
    }
    return { refused, livedWeeks: settingsBefore ? this.#livedWeeks(engine, change, settingsBefore) : null };
  }

  /**
   * What the settings `change` took in do to weeks already lived, naming the other computers that made them. Null when
   * nothing, or when every one is this computer's own (a conflict resolved here, its versions shown before the choice).
   */
  #livedWeeks(engine: SyncEngine, change: MergedChange, before: Settings): string | null {
    const by = new Set<string>();
    for (const kind of ['setting', 'boundarySpan', 'dayOff'] as const) {
      const part = change[kind];
      for (const id of part ? [...part.put.keys(), ...part.remove] : []) {
        const device = engine.merged.versionsOf(kind, id)?.winner.stamp.device;
        if (device !== undefined && device !== engine.deviceId) by.add(cleanText(engine.devices.find((d) => d.id === device)?.name ?? 'another computer'));
      }
    }
    const after = this.#deps.settings?.();
    return by.size > 0 && after ? livedWeeksTakenInWords(listWords([...by].sort()), before, after, this.#deps.clock.now()) : null;
  }

  /** Why the sync folder cannot be used now because it is not there; null when it is. */
  #missingFolder(engine: SyncEngine): string | null {
    if (this.#deps.isFolder(engine.folder)) return null;
    const waiting = engine.outboxSize;
    return `The sync folder ${engine.folder} is not there: is its drive plugged in, its share online? Nothing was sent or taken in${waiting ? `; ${waiting} change${waiting === 1 ? ' made here waits' : 's made here wait'} to go out` : ''}.`;
  }

  #require(): SyncEngine {
    if (!this.#engine) throw new AppError('not-found', 'Sync is off on this computer; `sync setup --folder DIR` turns it on.');
    return this.#engine;
  }
}

/** The entries the merged records hold that overlap [from, to), as the span rules read them (id, start, end). */
function entriesOf(engine: SyncEngine, from: number, to: number): Entry[] {
  return engine.merged.liveRecords('entry').flatMap(({ record }) => {
    const e = record as Record<string, JsonValue>;
    if (typeof e.id !== 'string' || typeof e.start !== 'number' || typeof e.end !== 'number' || e.end <= from || e.start >= to) return [];
    return [e as unknown as Entry];
  });
}
