// Runs a sync round a few seconds after anything changes in the sync folder, and on a slow poll as well: folder
// events are unreliable on network drives and with some sync tools (iCloud, Dropbox placeholders), a poll is not.
import fs from 'node:fs';
import type { Timers, TimerHandle } from '../ports';

export interface SyncWatcherOptions {
  folder: string;
  /** One sync round. */
  run(): void;
  /** A round that failed (the folder offline, a disk full): reported, and the watcher goes on. */
  onError(error: unknown): void;
  timers: Timers;
  /** Subscribes to changes under a folder; returns the unsubscribe. Node's recursive fs.watch when absent. */
  watch?(folder: string, onChange: () => void): () => void;
  /** After a change, wait this long for the sync tool to finish copying before reading. */
  settleMs?: number;
  pollMs?: number;
}

export const SYNC_SETTLE_MS = 2_000;
export const SYNC_POLL_MS = 30_000;

export function nodeWatch(folder: string, onChange: () => void): () => void {
  try {
    const watcher = fs.watch(folder, { recursive: true, persistent: false }, () => onChange());
    watcher.on('error', () => watcher.close());
    return () => watcher.close();
  } catch {
    // Recursive watching is not available here (or the folder is offline): the poll alone keeps sync going.
    return () => undefined;
  }
}

/** Starts watching; returns the stop. */
export function watchSyncFolder(options: SyncWatcherOptions): () => void {
  const settle = options.settleMs ?? SYNC_SETTLE_MS;
  const poll = options.pollMs ?? SYNC_POLL_MS;
  let pending: TimerHandle | null = null;
  let stopped = false;
  const schedule = (ms: number) => {
    if (stopped) return;
    if (pending !== null) options.timers.clearTimeout(pending);
    pending = options.timers.setTimeout(() => {
      pending = null;
      try {
        options.run();
      } catch (error) {
        options.onError(error);
      }
      schedule(poll);
    }, ms);
  };
  // Our own writes show up as changes too; they only bring the next round forward, which reads nothing new.
  const unwatch = (options.watch ?? nodeWatch)(options.folder, () => schedule(settle));
  schedule(poll);
  return () => {
    stopped = true;
    unwatch();
    if (pending !== null) options.timers.clearTimeout(pending);
  };
}
