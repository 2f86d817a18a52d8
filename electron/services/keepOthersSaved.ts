// What a restore on a synced computer leaves as another computer saved it. A record another computer saved that the
// backup lacks, or holds in another version, is missing from it because it is newer, not because anyone deleted it:
// putting the backup back over it would delete or undo it on every computer, with no conflict. Such records are kept
// as they are; everything else is restored as the backup holds it (this computer's own changes since are undone, and
// records deleted since come back, said when another computer deleted them).
import type { Category, CheckIn, Entry, Settings } from '../../shared/model';
import type { Timebox } from '../../shared/planModel';
import { carryValues, timelineOf } from '../../shared/domain/boundaries';
import { canonicalJson } from '../../shared/sync/canonicalJson';
import type { SyncKindName } from '../../shared/sync/syncKinds';
import { spanKey } from '../sync/dataStoreSyncAdapter';
import type { TimelockData } from './export/timelockDataDocument';

/**
 * Sync's answer for one record: the other computer that saved the version shown here, and when (its stamp's wall
 * time); null when this computer saved it, or sync is off or has no version of it.
 */
export type SavedBy = (kind: SyncKindName, recordId: string) => { by: string; at: number } | null;

export interface KeptRecord {
  kind: SyncKindName;
  recordId: string;
  by: string;
  at: number;
}

/** The data a restore lands on: what the store holds now of every part a backup replaces. */
export interface CurrentData {
  settings: Settings;
  categories: readonly Category[];
  entries: readonly Entry[];
  checkIns: readonly CheckIn[];
  timeboxes: readonly Timebox[];
}

/** Settings keys that sync carries as records of their own kinds (boundary spans, days off), never as one setting. */
const SPLIT_SETTINGS: ReadonlySet<string> = new Set(['timeline', 'daysOff']);

/**
 * The backup's data with every record another computer saved kept as it is here, and the list of those records (and
 * of the records it brings back that another computer deleted). A
 * category that a kept entry or box uses is kept too, so no kept entry loses its category. Without sync (`savedBy`
 * answering null) the backup's data comes back unchanged.
 */
export function keepOthersSaved(backup: TimelockData, current: CurrentData, savedBy: SavedBy): { data: TimelockData; kept: KeptRecord[]; broughtBack: KeptRecord[] } {
  const kept: KeptRecord[] = [];
  const broughtBack: KeptRecord[] = [];
  const merge = <T>(kind: SyncKindName, theirs: readonly T[], ours: readonly T[], key: (record: T) => string): T[] => {
    const out = new Map(theirs.map((r) => [key(r), r]));
    // A record the backup holds and the store no longer does, whose deletion another computer saved: it comes back
    // on every computer, so the restore names it.
    const here = new Set(ours.map(key));
    for (const id of out.keys()) {
      const saved = here.has(id) ? null : savedBy(kind, id);
      if (saved) broughtBack.push({ kind, recordId: id, ...saved });
    }
    for (const record of ours) {
      const id = key(record);
      const inBackup = out.get(id);
      if (inBackup !== undefined && canonicalJson(inBackup) === canonicalJson(record)) continue;
      const saved = savedBy(kind, id);
      if (!saved) continue;
      out.set(id, record);
      kept.push({ kind, recordId: id, ...saved });
    }
    return [...out.values()];
  };

  const entries = merge('entry', backup.entries, current.entries, (e) => e.id);
  const timeboxes = backup.timeboxes && merge('timebox', backup.timeboxes, current.timeboxes, (b) => b.id);
  const categories = merge('category', backup.categories, current.categories, (c) => c.id);
  const used = new Set([...keptOf(kept, 'entry', entries), ...keptOf(kept, 'timebox', timeboxes ?? [])].map((r) => r.categoryId));
  for (const category of current.categories) if (used.has(category.id) && !categories.some((c) => c.id === category.id)) categories.push(category);

  const settings = { ...backup.settings } as Record<string, unknown>;
  const now = current.settings as Record<string, unknown>;
  for (const key of new Set([...Object.keys(settings), ...Object.keys(now)])) {
    if (SPLIT_SETTINGS.has(key) || canonicalJson(settings[key]) === canonicalJson(now[key]) || now[key] === undefined) continue;
    const saved = savedBy('setting', key);
    if (!saved) continue;
    settings[key] = now[key];
    kept.push({ kind: 'setting', recordId: key, ...saved });
  }
  // In the order the domain reads them, as sync puts them: the first span (from null) first, then by week; by date.
  const merged = merge('boundarySpan', backup.settings.timeline, current.settings.timeline, spanKey).sort((x, y) =>
    x.from === y.from ? 0 : x.from === null ? -1 : y.from === null ? 1 : x.from < y.from ? -1 : 1,
  );
  // A backup that never dated a boundary keeps no timeline: its first span is its settings. Without it, a step kept
  // from another computer would be read from the start, every lived week with it. What a kept step carried came
  // from steps the restore may just have undone: it is carried again from the spans the timeline holds now, as sync
  // does for steps set on two computers.
  const timeline = merged.length === 0 ? merged : carryValues(merged[0]!.from === null ? merged : [...timelineOf({ ...backup.settings, timeline: [] }), ...merged]);
  const daysOff = merge('dayOff', backup.settings.daysOff, current.settings.daysOff, (d) => d.date).sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  const checkIns = merge('checkIn', backup.checkIns, current.checkIns, (c) => c.week);

  const data: TimelockData = { ...backup, settings: { ...(settings as Settings), timeline, daysOff }, categories, entries, checkIns, ...(timeboxes ? { timeboxes } : {}) };
  return { data, kept, broughtBack };
}

function keptOf<T extends { id: string }>(kept: readonly KeptRecord[], kind: SyncKindName, records: readonly T[]): T[] {
  const ids = new Set(kept.filter((k) => k.kind === kind).map((k) => k.recordId));
  return records.filter((r) => ids.has(r.id));
}
