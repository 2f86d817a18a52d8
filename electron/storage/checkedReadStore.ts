// A read-only DataStore over a folder's checked files (checkedFiles.ts), for a command that only reads (status):
// the settings, timer and plan files are read as the full open would load them, and entry month files only when a
// range asks for them (an entry overlapping a range starts at most the longest entry's length before it), so this
// week's figures read this week's months, not six years of them. Any write is a bug in the caller.
import type { DataStore } from '../ports';
import { AppError } from '../../shared/result';
import type { CheckedDocuments, CheckedFiles } from './checkedFiles';
import { DOCUMENT_NAMES, shardName } from './documentNames';
import { ShardIndex, monthKeyOf } from './shardIndex';

export function checkedReadStore(dataDir: string, files: CheckedFiles): DataStore {
  const read = <K extends keyof CheckedDocuments>(name: string) => files.read(name) as CheckedDocuments[K] | undefined;
  const settingsDoc = read<'settings'>(DOCUMENT_NAMES.settings);
  // The full open writes first-run settings; a folder without them is never vouched for, so this is only a guard.
  if (!settingsDoc) throw new AppError('internal', 'The checked files hold no settings.');
  const timer = read<'timer'>(DOCUMENT_NAMES.timer)?.timer ?? null;
  let timeboxes: CheckedDocuments['timeboxes']['timeboxes'] | undefined;

  const loaded = new Map<string, CheckedDocuments['entries']['entries']>();
  let index = ShardIndex.fromShards([]).index;
  /** Loads the month files an overlap with [from, to) can come from; rebuilds the index when any was new. */
  const cover = (from: number, to: number) => {
    const first = monthNumber(monthKeyOf(from - files.longestEntryMs));
    const last = monthNumber(monthKeyOf(to));
    let added = false;
    for (const month of files.months) {
      if (monthNumber(month) < first || monthNumber(month) > last || loaded.has(month)) continue;
      loaded.set(month, read<'entries'>(shardName(month))?.entries ?? []);
      added = true;
    }
    if (!added) return;
    const built = ShardIndex.fromShards([...loaded]);
    // An entry in two month files is for the full open to settle (it keeps the copy saved last, and says so).
    if (built.duplicates.length > 0) throw new AppError('internal', 'An entry is stored in two month files.');
    index = built.index;
  };

  const readOnly = (): never => {
    throw new AppError('internal', 'This store only reads: a command that changes data opens the folder the full way.');
  };
  const notRead = (): never => {
    throw new AppError('internal', 'This store reads settings, categories, the timer, the plan and entries only.');
  };
  return {
    dataDir,
    notices: [],
    getSettings: () => structuredClone(settingsDoc.settings),
    getCategories: () => structuredClone(settingsDoc.categories),
    getTimer: () => structuredClone(timer),
    getTimeboxes: () => structuredClone((timeboxes ??= read<'timeboxes'>(DOCUMENT_NAMES.timeboxes)?.timeboxes ?? [])),
    entriesBetween(from, to) {
      if (!(to > from)) return [];
      cover(from, to);
      return index.between(from, to);
    },
    firstEntryStart: () => files.firstEntryStart,
    getEntries() {
      cover(-8.64e15, 8.64e15 - 1);
      return index.all();
    },
    setSettings: readOnly,
    setCategories: readOnly,
    setTimer: readOnly,
    applyEntries: readOnly,
    getNudgeLog: notRead,
    appendNudge: readOnly,
    updateNudge: readOnly,
    getSnoozes: notRead,
    setSnoozes: readOnly,
    getUnlocks: notRead,
    appendUnlock: readOnly,
    replaceUnlock: readOnly,
    getCheckIns: notRead,
    setCheckIns: readOnly,
    getPresence: notRead,
    setPresence: readOnly,
    setTimeboxes: readOnly,
    replaceAll: readOnly,
    replaceAllInSteps: readOnly,
    flush: () => Promise.resolve(),
  };
}

/** Months as numbers, so years of five or six digits order after 9999. */
function monthNumber(key: string): number {
  const [year, month] = key.split(/-(?=\d{2}$)/);
  return Number(year) * 12 + Number(month);
}
