// Reads the other devices' files as a sync tool delivers them: a log read only up to its last whole line (the rest
// read again later, from the byte offset remembered per file), conflict copies read like originals, device.json
// for names and last-seen times. Never writes anything in the sync folder.
import { readChange, type PendingChange, type SyncChange } from '../../shared/sync/syncChange';
import type { DeviceInfo, SnapshotFile } from './deviceLogWriter';
import { classifyFile, deviceDir, devicesDir } from './syncLayout';
import { joinPath, type SyncFs } from './syncFs';
import { isDeviceId } from '../../shared/sync/hybridClock';
import { countWords } from '../../shared/domain/words';

/** Where reading stopped, per file (`<device>/<file name>`): the byte after the last whole line read. */
export interface ReadCursor {
  offsets: Record<string, number>;
  /** Snapshot files read whole, with the size they had (a re-delivered copy of another size is read again). */
  snapshots: Record<string, number>;
  /**
   * Snapshot files that could not be read: the size they had, since when (a round's now), and whether that was told.
   * Written whole by their computer, a snapshot that cannot be read is one a sync tool is still delivering, unless it
   * stays so, at the same size, for DAMAGE_AFTER_MS. It is never taken as read: every round tries it again.
   */
  unreadable?: Record<string, UnreadableSnapshot>;
}

export interface UnreadableSnapshot {
  size: number;
  since: number;
  told?: boolean;
}

/** How long a snapshot may stay unreadable at one size before it is said as damage rather than waited for. */
export const DAMAGE_AFTER_MS = 10 * 60_000;

export interface ReadResult {
  changes: SyncChange[];
  pending: PendingChange[];
  devices: DeviceInfo[];
  /** Lines or files that could not be read, in words, for the status. */
  problems: string[];
  cursor: ReadCursor;
}

const NEWLINE = 0x0a;
const decoder = new TextDecoder();

/** The changes in whole lines of log text; unreadable lines are counted, not fatal. */
export function readLogText(text: string): { changes: SyncChange[]; pending: PendingChange[]; bad: number } {
  const changes: SyncChange[] = [];
  const pending: PendingChange[] = [];
  let bad = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      bad++;
      continue;
    }
    const read = readChange(value);
    if (read.ok === true) changes.push(read.change);
    else if (read.ok === 'pending') pending.push(read.pending);
    else bad++;
  }
  return { changes, pending, bad };
}

export function emptyCursor(): ReadCursor {
  return { offsets: {}, snapshots: {} };
}

/**
 * Reads what is new in every device's folder since `cursor`, skipping `skipDevice`'s. A device reads its own folder
 * too: a change it appended just before a crash, and so never saved in its own state, comes back that way.
 */
export function readOtherDevices(fs: SyncFs, folder: string, skipDevice: string | null, cursor: ReadCursor, now?: number): ReadResult {
  const next: ReadCursor = { offsets: {}, snapshots: {} };
  const result: ReadResult = { changes: [], pending: [], devices: [], problems: [], cursor: next };
  for (const device of fs.listDirs(devicesDir(folder)).sort()) {
    if (device === skipDevice || !isDeviceId(device)) continue;
    const dir = deviceDir(folder, device);
    for (const name of fs.listFiles(dir).sort()) {
      const key = `${device}/${name}`;
      const file = joinPath(dir, name);
      const kind = classifyFile(name);
      if (kind.type === 'log') readLog(fs, file, key, cursor, result);
      else if (kind.type === 'snapshot') readSnapshot(fs, file, key, cursor, result, now);
      else if (kind.type === 'device') {
        const info = readDeviceInfo(fs, file, device);
        if (info) result.devices.push(info);
      }
    }
  }
  return result;
}

function readLog(fs: SyncFs, file: string, key: string, cursor: ReadCursor, result: ReadResult): void {
  const size = fs.size(file) ?? 0;
  // A file shorter than what was read was replaced, not appended to: read it again from the start (idempotent).
  let offset = cursor.offsets[key] ?? 0;
  if (offset > size) offset = 0;
  const bytes = fs.readFrom(file, offset);
  const lastNewline = bytes.lastIndexOf(NEWLINE);
  if (lastNewline >= 0) {
    const { changes, pending, bad } = readLogText(decoder.decode(bytes.subarray(0, lastNewline)));
    result.changes.push(...changes);
    result.pending.push(...pending);
    if (bad) result.problems.push(skippedWords(bad, 'line', key));
    offset += lastNewline + 1;
  }
  result.cursor.offsets[key] = offset;
}

/** Damage told as what it means: something changed another computer's file, and what it held may be missing here. */
function skippedWords(bad: number, unit: 'line' | 'change', key: string): string {
  return `${countWords(bad, unit)} of another computer's changes (${key} in the sync folder) could not be read and ${bad === 1 ? 'was' : 'were'} skipped: what was changed there may be missing here. Something other than Timelock changed that file.`;
}

/**
 * A snapshot read whole, once per size. One that cannot be read is waited for, tried again every round, and said as
 * damage once when it has stayed so at one size for DAMAGE_AFTER_MS (judged only with a round's `now`); a file the
 * folder cannot give now (a network share's error, a cloud placeholder offline) is only waited for.
 */
function readSnapshot(fs: SyncFs, file: string, key: string, cursor: ReadCursor, result: ReadResult, now: number | undefined): void {
  const size = fs.size(file) ?? 0;
  if (cursor.snapshots[key] === size) {
    result.cursor.snapshots[key] = size;
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = fs.readFrom(file, 0);
  } catch {
    const seen = cursor.unreadable?.[key];
    if (seen) (result.cursor.unreadable ??= {})[key] = seen;
    return;
  }
  let snapshot: SnapshotFile;
  try {
    snapshot = JSON.parse(decoder.decode(bytes)) as SnapshotFile;
  } catch {
    const seen = cursor.unreadable?.[key];
    // An entry saved before `since` was kept is read as first seen now.
    const same = typeof seen === 'object' && seen.size === size ? seen : undefined;
    const entry: UnreadableSnapshot = { ...(same ?? { size, since: now ?? Number.POSITIVE_INFINITY }) };
    if (same && !same.told && now !== undefined && now - same.since >= DAMAGE_AFTER_MS) {
      result.problems.push(
        `Another computer's saved changes (${key} in the sync folder) have not been readable for ${DAMAGE_AFTER_MS / 60_000} minutes: what they hold may be missing here. A sync tool may still be bringing the file, or something other than Timelock changed it; Timelock keeps trying it at every sync.`,
      );
      entry.told = true;
    }
    (result.cursor.unreadable ??= {})[key] = entry;
    return;
  }
  const { changes, pending, bad } = readLogText((Array.isArray(snapshot.changes) ? snapshot.changes : []).map((c) => JSON.stringify(c)).join('\n'));
  result.changes.push(...changes);
  result.pending.push(...pending);
  if (bad) result.problems.push(skippedWords(bad, 'change', key));
  result.cursor.snapshots[key] = size;
}

function readDeviceInfo(fs: SyncFs, file: string, device: string): DeviceInfo | null {
  try {
    const info = JSON.parse(decoder.decode(fs.readFrom(file, 0))) as Partial<DeviceInfo>;
    return {
      id: device,
      name: typeof info.name === 'string' ? info.name.slice(0, 80) : device,
      appVersion: typeof info.appVersion === 'string' ? info.appVersion.slice(0, 40) : '',
      lastSeen: typeof info.lastSeen === 'number' ? info.lastSeen : 0,
    };
  } catch {
    return null;
  }
}
