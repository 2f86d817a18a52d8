// Where things live in the sync folder, and how to recognise the files sync tools make of ours: every copy of a log
// or snapshot (Syncthing's `.sync-conflict-…`, Dropbox's `(… conflicted copy …)`, `(1)`) is read like the original.
import { joinPath } from './syncFs';

export const SYNC_ROOT = 'timelock-sync';

export function devicesDir(folder: string): string {
  return joinPath(folder, SYNC_ROOT, 'devices');
}

export function deviceDir(folder: string, deviceId: string): string {
  return joinPath(devicesDir(folder), deviceId);
}

/** `changes-2026-12.ndjson`: the month of the change's stamp, in UTC, so every device names it alike. */
export function logName(wall: number): string {
  const d = new Date(wall);
  return `changes-${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}.ndjson`;
}

export type SyncFileKind = { type: 'log'; month: string } | { type: 'snapshot'; stampText: string } | { type: 'device' } | { type: 'other' };

export function classifyFile(name: string): SyncFileKind {
  if (name.startsWith('.')) return { type: 'other' };
  const log = /^changes-(\d{4}-\d{2})\b.*\.ndjson$/.exec(name);
  if (log) return { type: 'log', month: log[1]! };
  const snapshot = /^snapshot-(\d{16}-[0-9a-z]{8}-[A-Za-z0-9_-]+?)(?:[. (].*)?\.json$/.exec(name);
  if (snapshot) return { type: 'snapshot', stampText: snapshot[1]! };
  if (name === 'device.json') return { type: 'device' };
  return { type: 'other' };
}
