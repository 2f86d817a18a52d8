// sync-state.json in the local data folder: this device's id and name, the sync folder, its clock, how far it has
// read each other device's files, and the merged set. Written whole and atomically (temp file, then rename).
import nodeFs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/result';
import type { SyncEngineState } from './syncEngine';
import { nodeSyncFs, type SyncFs } from './syncFs';

export const SYNC_STATE_FILE = 'sync-state.json';

export function syncStatePath(dataDir: string): string {
  return path.join(dataDir, SYNC_STATE_FILE);
}

/** The saved state, or null when sync was never set up (or was turned off) for this data folder. */
export function loadSyncState(dataDir: string, fs: SyncFs = nodeSyncFs): SyncEngineState | null {
  const file = syncStatePath(dataDir);
  if (fs.size(file) === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(fs.readFrom(file, 0)));
  } catch (error) {
    // Never removed: the sync folder still holds every change, so the person can set sync up again after a look.
    throw new AppError('storage', `Timelock could not read ${file} (${(error as Error).message}); sync is paused until it is fixed or removed.`);
  }
  const state = parsed as Partial<SyncEngineState>;
  if (state.format !== 1 || typeof state.deviceId !== 'string' || typeof state.folder !== 'string' || !state.merge || !state.cursor) {
    throw new AppError('storage', `${file} is not a sync state this version of Timelock understands; sync is paused.`);
  }
  return state as SyncEngineState;
}

export function saveSyncState(dataDir: string, state: SyncEngineState, fs: SyncFs = nodeSyncFs): void {
  fs.writeAtomic(syncStatePath(dataDir), JSON.stringify(state));
}

/** Turning sync off: the local data and the sync folder both stay complete; only this device's bookkeeping goes. */
export function removeSyncState(dataDir: string, fs: SyncFs = nodeSyncFs): void {
  fs.remove(syncStatePath(dataDir));
}

/** The SyncService's state port over sync-state.json in a data folder. */
export function fileSyncStateStore(dataDir: string, fs: SyncFs = nodeSyncFs): { load(): SyncEngineState | null; save(state: SyncEngineState): void; remove(): void } {
  return {
    load: () => loadSyncState(dataDir, fs),
    save: (state) => saveSyncState(dataDir, state, fs),
    remove: () => removeSyncState(dataDir, fs),
  };
}

/** Whether a chosen sync folder exists and is a folder (SyncService's `isFolder`). */
export function isExistingFolder(folder: string): boolean {
  try {
    return nodeFs.statSync(folder).isDirectory();
  } catch {
    return false;
  }
}
