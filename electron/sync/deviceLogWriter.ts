// Writes this device's own files, and no one else's: the month logs it appends to, device.json, and snapshots that
// fold its own logs into one file so a new computer joins from a few files instead of years of logs.
import { compareStamps, stampText, type Stamp } from '../../shared/sync/hybridClock';
import type { SyncChange } from '../../shared/sync/syncChange';
import { SYNC_FORMAT } from '../../shared/sync/syncChange';
import { readLogText } from './deviceLogReader';
import { classifyFile, deviceDir, logName } from './syncLayout';
import { joinPath, type SyncFs } from './syncFs';

export interface DeviceInfo {
  id: string;
  name: string;
  appVersion: string;
  /** When the device last wrote to the folder (its own clock). */
  lastSeen: number;
}

export interface SnapshotFile {
  format: number;
  device: string;
  /** Every change of this device up to and including this stamp is in `changes`. */
  upTo: Stamp;
  changes: SyncChange[];
}

const newline = 0x0a;

export class DeviceLogWriter {
  readonly #fs: SyncFs;
  readonly #dir: string;
  readonly #device: string;

  constructor(fs: SyncFs, folder: string, device: string) {
    this.#fs = fs;
    this.#device = device;
    this.#dir = deviceDir(folder, device);
  }

  get dir(): string {
    return this.#dir;
  }

  /** Appends each change to the log of its month. A duplicate after a crash is harmless: changes are idempotent. */
  append(changes: readonly SyncChange[]): void {
    const byFile = new Map<string, string[]>();
    for (const change of changes) {
      const file = joinPath(this.#dir, logName(change.stamp.wall));
      let lines = byFile.get(file);
      if (!lines) byFile.set(file, (lines = []));
      lines.push(JSON.stringify(change));
    }
    for (const [file, lines] of byFile) {
      // A crash mid-append leaves a cut last line: start on a fresh line, so only that one line is unreadable.
      const size = this.#fs.size(file);
      const cut = size !== null && size > 0 && this.#fs.readFrom(file, size - 1)[0] !== newline;
      this.#fs.append(file, `${cut ? '\n' : ''}${lines.join('\n')}\n`);
    }
  }

  /** The sizes of this device's change files (month logs and snapshots) as they are now, by file name. */
  ownSizes(): Record<string, number> {
    const sizes: Record<string, number> = {};
    for (const name of this.#fs.listFiles(this.#dir)) {
      const type = classifyFile(name).type;
      if (type !== 'log' && type !== 'snapshot') continue;
      const size = this.#fs.size(joinPath(this.#dir, name));
      if (size !== null) sizes[name] = size;
    }
    return sizes;
  }

  /** The files this device left at `written` sizes that are now shorter or gone: something else changed them. */
  damaged(written: Readonly<Record<string, number>>): string[] {
    return Object.entries(written)
      .filter(([name, size]) => (this.#fs.size(joinPath(this.#dir, name)) ?? -1) < size)
      .map(([name]) => name)
      .sort();
  }

  writeInfo(info: Omit<DeviceInfo, 'id'>): void {
    this.#fs.writeAtomic(joinPath(this.#dir, 'device.json'), `${JSON.stringify({ id: this.#device, ...info }, null, 2)}\n`);
  }

  /**
   * Folds this device's own files into one snapshot (written atomically), then removes the logs of months before
   * the snapshot's and the older snapshots. The month still being written stays, and is read after the snapshot.
   */
  compact(): { changes: number; removed: string[] } | null {
    const names = this.#fs.listFiles(this.#dir);
    const changes = new Map<string, SyncChange>();
    for (const name of names) {
      const kind = classifyFile(name);
      const file = joinPath(this.#dir, name);
      if (kind.type === 'snapshot') {
        const parsed = JSON.parse(new TextDecoder().decode(this.#fs.readFrom(file, 0))) as SnapshotFile;
        for (const c of parsed.changes) changes.set(c.changeId, c);
      } else if (kind.type === 'log') {
        for (const c of readLogText(new TextDecoder().decode(this.#fs.readFrom(file, 0))).changes) changes.set(c.changeId, c);
      }
    }
    const sorted = [...changes.values()].filter((c) => c.stamp.device === this.#device).sort((a, b) => compareStamps(a.stamp, b.stamp));
    const upTo = sorted[sorted.length - 1]?.stamp;
    if (!upTo) return null;
    const snapshotName = `snapshot-${stampText(upTo)}.json`;
    const snapshot: SnapshotFile = { format: SYNC_FORMAT, device: this.#device, upTo, changes: sorted };
    this.#fs.writeAtomic(joinPath(this.#dir, snapshotName), JSON.stringify(snapshot));
    const currentLog = logName(upTo.wall);
    const removed: string[] = [];
    for (const name of names) {
      const kind = classifyFile(name);
      const stale = (kind.type === 'snapshot' && name !== snapshotName) || (kind.type === 'log' && `changes-${kind.month}.ndjson` < currentLog);
      if (stale) {
        this.#fs.remove(joinPath(this.#dir, name));
        removed.push(name);
      }
    }
    return { changes: sorted.length, removed };
  }
}
