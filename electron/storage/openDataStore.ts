// The storage module's one entry point: opens a data folder (recovering what it must) and returns the `DataStore`
// port the services use. Node hosts get the conf backend; the Electron host passes the electron-store one.
import fs from 'node:fs';
import path from 'node:path';
import { SEEDED_CATEGORIES, defaultSettings } from '../../shared/defaults';
import type { Entry } from '../../shared/model';
import { parseEntry } from './entryCheck';
import { AppError } from '../../shared/result';
import type { Clock, DataStore } from '../ports';
import { createConfBackend } from './confBackend';
import type { BackendFactory } from './documentBackend';
import { backupName, DOCUMENT_NAMES, type DocumentKind, type DocumentOf } from './documents';
import { DocumentSlot, DocumentWriter } from './documentWriter';
import { EntryShards, listShardMonths, shardName } from './entryShards';
import { freezeEntry } from './entryIndex';
import { CURRENT_DATA_VERSION, messageOf } from './migrations';
import { describeIssues, inspectDocument, inspectFile, refuseNewerFiles, resolveDocument, type Inspected } from './recovery';

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
  let fileNames: string[];
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fileNames = fs.readdirSync(dataDir);
  } catch (error) {
    throw new AppError('storage', `Timelock could not open its data folder ${dataDir}: ${messageOf(error)}`);
  }
  const makeBackend = options.backend === undefined || options.backend === 'conf' ? createConfBackend : options.backend;
  const backend = makeBackend(dataDir);
  const notices: string[] = [];
  const writer = new DocumentWriter(backend, () => clock.now(), notices);
  const pathOf = (name: string) => backend.pathOf(name);

  // First every file is read and checked, changing nothing, so a newer file stops the open with the folder untouched.
  const found = {
    settings: inspectDocument(pathOf, DOCUMENT_NAMES.settings, 'settings'),
    timer: inspectDocument(pathOf, DOCUMENT_NAMES.timer, 'timer'),
    nudges: inspectDocument(pathOf, DOCUMENT_NAMES.nudges, 'nudges'),
    checkins: inspectDocument(pathOf, DOCUMENT_NAMES.checkins, 'checkins'),
    presence: inspectDocument(pathOf, DOCUMENT_NAMES.presence, 'presence'),
    timeboxes: inspectDocument(pathOf, DOCUMENT_NAMES.timeboxes, 'timeboxes'),
  };
  const entryFiles = {
    shards: listShardMonths(fileNames).map((month) => inspectDocument(pathOf, shardName(month), 'entries')),
    journal: inspectFile(pathOf(DOCUMENT_NAMES.journal), 'journal'),
  };
  refuseNewerFiles(dataDir, [
    ...Object.values(found),
    ...entryFiles.shards,
    { name: DOCUMENT_NAMES.journal, kind: 'journal', main: entryFiles.journal },
  ]);

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

  // Getters hand out copies (entries excepted: frozen and shared), so no caller can change stored state by accident.
  return {
    dataDir,
    notices,
    getSettings: () => structuredClone(settings.value.settings),
    setSettings: (next) => settings.save({ ...settings.value, settings: next }),
    getCategories: () => structuredClone(settings.value.categories),
    setCategories: (next) => settings.save({ ...settings.value, categories: next }),
    getTimer: () => structuredClone(timer.value.timer),
    setTimer: (next) => timer.save({ ...timer.value, timer: next }),
    getEntries: () => entries.index.all(),
    entriesBetween: (from, to) => entries.index.between(from, to),
    applyEntries: (change) => entries.apply({ put: (change.put ?? []).map(validEntry), remove: change.remove ?? [] }),
    getNudgeLog: () => structuredClone(nudges.value.log),
    appendNudge: (record) => nudges.save({ ...nudges.value, log: [...nudges.value.log, record] }),
    updateNudge(id, patch) {
      const log = nudges.value.log;
      const at = log.findIndex((record) => record.id === id);
      if (at < 0) throw new AppError('not-found', `There is no nudge ${id} in the nudge history.`);
      nudges.save({ ...nudges.value, log: log.map((record, i) => (i === at ? { ...record, ...patch, id } : record)) });
    },
    getSnoozes: () => structuredClone(nudges.value.snoozes),
    setSnoozes: (next) => nudges.save({ ...nudges.value, snoozes: next }),
    getUnlocks: () => structuredClone(nudges.value.unlocks),
    appendUnlock: (unlock) => nudges.save({ ...nudges.value, unlocks: [...nudges.value.unlocks, unlock] }),
    getCheckIns: () => structuredClone(checkins.value.checkIns),
    setCheckIns: (next) => checkins.save({ ...checkins.value, checkIns: next }),
    getPresence: () => {
      const { dataVersion: _version, ...value } = presence.value;
      return structuredClone(value);
    },
    setPresence: (next) => presence.save({ dataVersion: v, ...next }),
    getTimeboxes: () => structuredClone(timeboxes.value.timeboxes),
    setTimeboxes: (next) => timeboxes.save({ ...timeboxes.value, timeboxes: next }),
    // Nothing is ever queued: every setter above returns only once its file is renamed into place. What a failed
    // write can leave behind is entry month files whose change is held by entries-journal.json; flush writes them
    // now, so a quit leaves no journal to replay. It resolves either way: what the disk still refuses stays safe in
    // the journal and is written at the next start.
    flush: () => {
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
