// The storage module's one entry point: opens a data folder (recovering what it must) and returns the `DataStore`
// port the services use. Node hosts get the conf backend; the Electron host passes the electron-store one.
import fs from 'node:fs';
import path from 'node:path';
import { SEEDED_CATEGORIES, defaultSettings } from '../../shared/defaults';
import type { Entry } from '../../shared/model';
import { parseEntry } from './entryCheck';
import { AppError } from '../../shared/result';
import type { Clock, DataReplacement, DataStore } from '../ports';
import { removeStagedLeftovers } from './atomicFile';
import { createConfBackend } from './confBackend';
import type { BackendFactory } from './documentBackend';
import { backupName, DOCUMENT_NAMES, type DocumentKind, type DocumentOf } from './documents';
import { DocumentSlot, DocumentWriter } from './documentWriter';
import { CheckedFilesKeeper } from './keepCheckedFiles';
import { DATA_JOURNAL, inspectDataJournal, replayDataJournal, type JournaledKind } from './dataJournal';
import { EntryShards, listShardMonths, shardName } from './entryShards';
import { freezeEntry } from './shardIndex';
import { CURRENT_DATA_VERSION, messageOf } from './migrations';
import { describeIssues, inspectDocument, inspectFile, refuseNewerFiles, resolveDocument, type Inspected } from './recovery';
import { WholeDataChange, type StagedDocument } from './wholeDataChange';

export interface OpenDataStoreOptions {
  /** The data folder, chosen by the host; created if missing. */
  dataDir: string;
  /** 'conf' (the default) in the Node hosts; the Electron host passes `createElectronStoreBackend`. */
  backend?: 'conf' | BackendFactory;
  /** The zone first-run settings start in. The host reads it (Intl.DateTimeFormat().resolvedOptions().timeZone). */
  systemTimeZone: string;
  /** Only names the files moved aside; the system clock when absent. */
  clock?: Clock;
}

const systemClock: Clock = { now: () => Date.now() };

/**
 * Opens the data folder synchronously. Throws AppError('storage') when the folder cannot be used, or when a file
 * was saved by a newer Timelock (then nothing is changed). Bad files are moved aside and reported in `notices`.
 */
export function openDataStore(options: OpenDataStoreOptions): DataStore {
  const dataDir = path.resolve(options.dataDir);
  const clock = options.clock ?? systemClock;
  const listFolder = () => {
    try {
      fs.mkdirSync(dataDir, { recursive: true });
      return fs.readdirSync(dataDir);
    } catch (error) {
      throw new AppError('storage', `Timelock could not open its data folder ${dataDir}: ${messageOf(error)}`);
    }
  };
  listFolder();
  // A process that died while staging a file left its temp file beside the target; the hosts and the command line
  // open the folder holding its lock, so none of these is being written now.
  removeStagedLeftovers(dataDir);
  const makeBackend = options.backend === undefined || options.backend === 'conf' ? createConfBackend : options.backend;
  const backend = makeBackend(dataDir);
  const notices: string[] = [];
  const writer = new DocumentWriter(backend, () => clock.now(), notices, new CheckedFilesKeeper(dataDir));
  const pathOf = (name: string) => backend.pathOf(name);

  // First every file is read and checked, changing nothing, so a newer file stops the open with the folder untouched.
  const inspectAll = () => {
    const found = {
      settings: inspectDocument(pathOf, DOCUMENT_NAMES.settings, 'settings'),
      timer: inspectDocument(pathOf, DOCUMENT_NAMES.timer, 'timer'),
      nudges: inspectDocument(pathOf, DOCUMENT_NAMES.nudges, 'nudges'),
      checkins: inspectDocument(pathOf, DOCUMENT_NAMES.checkins, 'checkins'),
      presence: inspectDocument(pathOf, DOCUMENT_NAMES.presence, 'presence'),
      timeboxes: inspectDocument(pathOf, DOCUMENT_NAMES.timeboxes, 'timeboxes'),
    };
    const entryFiles = {
      shards: listShardMonths(listFolder()).map((month) => inspectDocument(pathOf, shardName(month), 'entries')),
      journal: inspectFile(pathOf(DOCUMENT_NAMES.journal), 'journal'),
    };
    const dataJournal = inspectDataJournal(pathOf(DATA_JOURNAL));
    refuseNewerFiles(dataDir, [
      ...Object.values(found),
      ...entryFiles.shards,
      { name: DOCUMENT_NAMES.journal, kind: 'journal', main: entryFiles.journal },
      { name: DATA_JOURNAL, kind: 'dataJournal', main: dataJournal },
    ]);
    return { found, entryFiles, dataJournal };
  };
  let inspected = inspectAll();
  // An interrupted restore is finished before anything is loaded; then the folder is read again as it now is.
  if (inspected.dataJournal.state !== 'missing') {
    replayDataJournal(inspected.dataJournal, writer, clock.now(), notices);
    inspected = inspectAll();
  }
  writer.markChecked(DATA_JOURNAL);
  const { found, entryFiles } = inspected;

  // Then recovery: bad files moved aside, backups loaded and written back, defaults where nothing is left.
  const now = clock.now();
  const load = <K extends DocumentKind>(doc: Inspected<K>, fallback: DocumentOf<K>, writeFallback: boolean) => {
    const { doc: value, restore } = resolveDocument(doc, now, notices);
    writer.markChecked(doc.name, ...(doc.backup ? [backupName(doc.name)] : []));
    const onDisk = doc.main.state === 'ok';
    const slot = new DocumentSlot(writer, doc.name, doc.kind, value ?? fallback, onDisk);
    // A restored file goes back at once, so the next start does not depend on the backup alone.
    if (restore || (value === undefined && writeFallback)) slot.save(slot.value);
    return slot;
  };
  const v = CURRENT_DATA_VERSION;
  // Settings are written on first run: they hold the zone of that run, which must not follow later system changes.
  const settings = load(found.settings, { dataVersion: v, settings: defaultSettings(options.systemTimeZone), categories: [...SEEDED_CATEGORIES] }, true);
  const timer = load(found.timer, { dataVersion: v, timer: null }, false);
  const nudges = load(found.nudges, { dataVersion: v, log: [], snoozes: [], unlocks: [] }, false);
  const checkins = load(found.checkins, { dataVersion: v, checkIns: [] }, false);
  const presence = load(found.presence, { dataVersion: v, heartbeat: null, idleQuestion: null }, false);
  const timeboxes = load(found.timeboxes, { dataVersion: v, timeboxes: [] }, false);
  const entries = EntryShards.load(entryFiles, writer, now, notices);

  const slots = { settings, timer, nudges, checkins, presence, timeboxes };
  const wholeChange = new WholeDataChange(writer, Object.values(slots), entries, notices);
  /** A whole-data change's documents, staged from what memory holds, and its change to the entries (`check`ed). */
  const wholeChangeOf = (next: DataReplacement, check: (list: readonly Entry[]) => readonly Entry[]) => {
    const staged: Array<StagedDocument<JournaledKind>> = [];
    const stage = <K extends JournaledKind>(slot: DocumentSlot<K>, doc: DocumentOf<K>) => staged.push({ slot, doc } as StagedDocument<JournaledKind>);
    if (next.settings !== undefined || next.categories !== undefined) {
      stage(settings, { ...settings.value, settings: next.settings ?? settings.value.settings, categories: next.categories ?? settings.value.categories });
    }
    if (next.nudgeLog !== undefined || next.snoozes !== undefined || next.unlocks !== undefined) {
      const now = nudges.value;
      stage(nudges, { ...now, log: next.nudgeLog ?? now.log, snoozes: next.snoozes ?? now.snoozes, unlocks: next.unlocks ?? now.unlocks });
    }
    if (next.checkIns !== undefined) stage(checkins, { ...checkins.value, checkIns: next.checkIns });
    if (next.timeboxes !== undefined) stage(timeboxes, { ...timeboxes.value, timeboxes: next.timeboxes });
    if (next.timer !== undefined) stage(timer, { ...timer.value, timer: next.timer });
    const changesSome = next.addEntries !== undefined || next.removeEntries !== undefined;
    if (next.entries !== undefined && changesSome) throw new AppError('internal', 'A whole-data change either replaces the entries or changes some of them, not both.');
    const entryChange: { replace: readonly Entry[] } | { add: readonly Entry[]; remove: readonly string[] } | undefined =
      next.entries !== undefined
        ? { replace: check(next.entries) }
        : changesSome
          ? { add: check(next.addEntries ?? []), remove: next.removeEntries ?? [] }
          : undefined;
    return { staged, entryChange };
  };
  /** Saves one document, once a whole-data change still being written no longer covers it. */
  const save = <K extends DocumentKind>(slot: DocumentSlot<K>, next: DocumentOf<K>) => {
    wholeChange.settleBefore(slot.name);
    slot.save(next);
  };

  // Getters hand out copies (entries excepted: frozen and shared), so no caller can change stored state by accident.
  return {
    dataDir,
    notices,
    getSettings: () => structuredClone(settings.value.settings),
    setSettings: (next) => save(settings, { ...settings.value, settings: next }),
    getCategories: () => structuredClone(settings.value.categories),
    setCategories: (next) => save(settings, { ...settings.value, categories: next }),
    getTimer: () => structuredClone(timer.value.timer),
    setTimer: (next) => save(timer, { ...timer.value, timer: next }),
    getEntries: () => entries.index.all(),
    entriesBetween: (from, to) => entries.index.between(from, to),
    firstEntryStart: () => entries.index.all()[0]?.start ?? null,
    applyEntries: (change) => {
      const put = (change.put ?? []).map(validEntry);
      wholeChange.settleBefore('entries');
      entries.apply({ put, remove: change.remove ?? [] });
    },
    replaceAll(next) {
      const { staged, entryChange } = wholeChangeOf(next, (list) => list.map(validEntry));
      wholeChange.apply(staged, entryChange);
    },
    async replaceAllInSteps(next, { pause, unchanged }) {
      // What the change is built from, as it is now: it lands only if that is still so (entries and slots are
      // replaced, never changed in place, on every change, so identity tells).
      const entriesNow = entries.index.all();
      const slotsNow = Object.values(slots).map((slot) => slot.value);
      const same = () => entries.index.all() === entriesNow && Object.values(slots).every((slot, i) => slot.value === slotsNow[i]);
      const checked: Entry[] = [];
      const { staged, entryChange } = wholeChangeOf(next, (list) => list);
      const given: readonly Entry[] = entryChange === undefined ? [] : 'replace' in entryChange ? entryChange.replace : entryChange.add;
      for (let i = 0; i < given.length; i++) {
        checked.push(validEntry(given[i]!));
        if (i % 1000 === 999) await pause();
      }
      const change = entryChange === undefined ? undefined : 'replace' in entryChange ? { replace: checked } : { add: checked, remove: entryChange.remove };
      return wholeChange.applyInSteps(staged, change, { pause, unchanged: () => same() && unchanged() });
    },
    getNudgeLog: () => structuredClone(nudges.value.log),
    appendNudge: (record) => save(nudges, { ...nudges.value, log: [...nudges.value.log, record] }),
    updateNudge(id, patch) {
      const log = nudges.value.log;
      const at = log.findIndex((record) => record.id === id);
      if (at < 0) throw new AppError('not-found', `There is no nudge ${id} in the nudge history.`);
      save(nudges, { ...nudges.value, log: log.map((record, i) => (i === at ? { ...record, ...patch, id } : record)) });
    },
    getSnoozes: () => structuredClone(nudges.value.snoozes),
    setSnoozes: (next) => save(nudges, { ...nudges.value, snoozes: next }),
    getUnlocks: () => structuredClone(nudges.value.unlocks),
    appendUnlock: (unlock) => save(nudges, { ...nudges.value, unlocks: [...nudges.value.unlocks, unlock] }),
    replaceUnlock(unlock) {
      const unlocks = nudges.value.unlocks;
      if (!unlocks.some((u) => u.id === unlock.id)) throw new AppError('not-found', `There is no unlock ${unlock.id} in the unlock log.`);
      save(nudges, { ...nudges.value, unlocks: unlocks.map((u) => (u.id === unlock.id ? unlock : u)) });
    },
    getCheckIns: () => structuredClone(checkins.value.checkIns),
    setCheckIns: (next) => save(checkins, { ...checkins.value, checkIns: next }),
    getPresence: () => {
      const { dataVersion: _version, ...value } = presence.value;
      return structuredClone(value);
    },
    setPresence: (next) => save(presence, { dataVersion: v, ...next }),
    getTimeboxes: () => structuredClone(timeboxes.value.timeboxes),
    setTimeboxes: (next) => save(timeboxes, { ...timeboxes.value, timeboxes: next }),
    // Nothing is ever queued: every setter above returns only once its file is renamed into place. What a failed
    // write can leave behind is entry month files whose change is held by entries-journal.json; flush writes them
    // now, so a quit leaves no journal to replay. It resolves either way: what the disk still refuses stays safe in
    // the journal and is written at the next start.
    flush: () => {
      wholeChange.settle();
      entries.settle();
      return Promise.resolve();
    },
  };
}

/** A fresh, frozen copy of an entry, or an 'internal' error: an entry that would not load back is never stored. */
function validEntry(entry: Entry): Entry {
  const parsed = parseEntry(entry);
  if (!parsed.success) throw new AppError('internal', `Timelock refused to store entry ${entry.id}: ${describeIssues(parsed.error.issues)}`);
  return freezeEntry(parsed.data);
}
