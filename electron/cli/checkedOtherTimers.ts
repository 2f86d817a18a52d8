// sync.otherTimers for a status answered from the checked files (checkedAnswers.ts): the timers other computers left
// running, as of this computer's last sync, read from sync-state.json as the full open's SyncService reads them. Loaded
// only when that file exists: with sync off, status never parses a line of this.
import { MergeState } from '../../shared/sync/mergeState';
import { otherTimersIn, type OtherTimer } from '../../shared/sync/otherTimers';
import { loadSyncState } from '../sync/syncStateFile';

/** Throws (AppError) on a sync-state.json the full open could not read either: it then answers, in its words. */
export function checkedOtherTimers(dataDir: string): OtherTimer[] {
  const state = loadSyncState(dataDir);
  if (!state) return [];
  // Only the timer records are folded: a record's winner depends on its own changes alone, and the merged set holds
  // every entry ever synced.
  const timers = MergeState.restore({ seen: [], referenced: state.merge.referenced, changes: state.merge.changes.filter((c) => c.kind === 'timer'), pending: [] });
  return otherTimersIn(timers, state.deviceId, state.devices);
}
