import { describe, expect, it } from 'vitest';
import { HybridClock } from '../../../shared/sync/hybridClock';
import { makeChange, SYNC_FORMAT, type SyncChange } from '../../../shared/sync/syncChange';
import { emptyCursor, readOtherDevices } from '../../../electron/sync/deviceLogReader';
import { DeviceLogWriter } from '../../../electron/sync/deviceLogWriter';
import { MemorySyncFs } from '../../../electron/sync/memorySyncFs';
import { classifyFile, deviceDir } from '../../../electron/sync/syncLayout';

const FOLDER = '/sync';
const NOV = Date.UTC(2026, 10, 30, 20);
const DEC = Date.UTC(2026, 11, 2, 9);

function changes(device: string, walls: number[]): SyncChange[] {
  const clock = new HybridClock(device);
  return walls.map((wall, i) => makeChange({ changeId: `${device}-${i}`, stamp: clock.tick(wall), kind: 'entry', recordId: `e${i}`, record: { id: `e${i}`, note: 'naïve ✓' } }));
}
const ids = (list: readonly SyncChange[]) => list.map((c) => c.changeId);

/** The laptop's two changes folded into a snapshot: its folder, the file's name and its bytes as written. */
function laptopSnapshot(): { dir: string; snapshot: string; bytes: Uint8Array } {
  const owner = new MemorySyncFs();
  const writer = new DeviceLogWriter(owner, FOLDER, 'laptop');
  writer.append(changes('laptop', [DEC, DEC + 1]));
  writer.compact();
  const dir = deviceDir(FOLDER, 'laptop');
  const snapshot = owner.listFiles(dir).find((n) => classifyFile(n).type === 'snapshot')!;
  return { dir, snapshot, bytes: owner.files.get(`${dir}/${snapshot}`)! };
}

describe('the device log', () => {
  it('writes one file per month of the change, only in its own folder', () => {
    const fs = new MemorySyncFs();
    new DeviceLogWriter(fs, FOLDER, 'laptop').append(changes('laptop', [NOV, DEC, DEC + 1]));
    expect([...fs.files.keys()].sort()).toEqual([`${deviceDir(FOLDER, 'laptop')}/changes-2026-11.ndjson`, `${deviceDir(FOLDER, 'laptop')}/changes-2026-12.ndjson`]);
  });

  it('a half-copied log is read up to its last whole line, and the rest once it arrives', () => {
    const owner = new MemorySyncFs();
    const all = changes('laptop', [DEC, DEC + 1, DEC + 2]);
    new DeviceLogWriter(owner, FOLDER, 'laptop').append(all);
    const file = `${deviceDir(FOLDER, 'laptop')}/changes-2026-12.ndjson`;
    const full = owner.files.get(file)!;
    const mine = new MemorySyncFs();
    // Cut in the middle of the second line (inside the two-byte 'ï').
    const secondLine = full.indexOf(0x0a) + 1;
    mine.files.set(file, full.slice(0, secondLine + full.slice(secondLine).indexOf(0xc3) + 1));
    const first = readOtherDevices(mine, FOLDER, 'desktop', emptyCursor());
    expect(ids(first.changes)).toEqual(['laptop-0']);
    expect(first.problems).toEqual([]);
    mine.files.set(file, full.slice());
    const second = readOtherDevices(mine, FOLDER, 'desktop', first.cursor);
    expect(ids(second.changes)).toEqual(['laptop-1', 'laptop-2']);
    expect(readOtherDevices(mine, FOLDER, 'desktop', second.cursor).changes).toEqual([]);
  });

  it('conflict copies made by sync tools are read as well', () => {
    const fs = new MemorySyncFs();
    const dir = deviceDir(FOLDER, 'laptop');
    const lines = changes('laptop', [DEC, DEC + 1]).map((c) => `${JSON.stringify(c)}\n`);
    fs.writeAtomic(`${dir}/changes-2026-12.ndjson`, lines[0]!);
    fs.writeAtomic(`${dir}/changes-2026-12.sync-conflict-20261206-101010-ABCDEFG.ndjson`, lines[1]!);
    fs.writeAtomic(`${dir}/changes-2026-12 (Laptop's conflicted copy 2026-12-06).ndjson`, lines[1]!);
    fs.writeAtomic(`${dir}/changes-2026-12(1).ndjson`, lines[0]!);
    expect(ids(readOtherDevices(fs, FOLDER, 'desktop', emptyCursor()).changes).sort()).toEqual(['laptop-0', 'laptop-0', 'laptop-1', 'laptop-1']);
  });

  it('a whole line that is not a change is skipped and reported; a newer format is kept, not dropped', () => {
    const fs = new MemorySyncFs();
    const [good] = changes('laptop', [DEC]);
    const newer = { ...good!, changeId: 'future', format: SYNC_FORMAT + 1 };
    fs.writeAtomic(`${deviceDir(FOLDER, 'laptop')}/changes-2026-12.ndjson`, `{oops\n${JSON.stringify(good)}\n${JSON.stringify(newer)}\n`);
    const read = readOtherDevices(fs, FOLDER, 'desktop', emptyCursor());
    expect(ids(read.changes)).toEqual(['laptop-0']);
    expect(read.pending.map((p) => p.changeId)).toEqual(['future']);
    expect(read.problems).toEqual([
      "1 line of another computer's changes (laptop/changes-2026-12.ndjson in the sync folder) could not be read and was skipped: what was changed there may be missing here. Something other than Timelock changed that file.",
    ]);
  });

  it("never reads its own folder as another device's, and skips folders that are not device ids", () => {
    const fs = new MemorySyncFs();
    new DeviceLogWriter(fs, FOLDER, 'desktop').append(changes('desktop', [DEC]));
    fs.writeAtomic(`${FOLDER}/timelock-sync/devices/bad name/changes-2026-12.ndjson`, `${JSON.stringify(changes('x', [DEC])[0])}\n`);
    expect(readOtherDevices(fs, FOLDER, 'desktop', emptyCursor()).changes).toEqual([]);
  });

  it('after a crash cut its last line, the next append starts on a new line and loses only that line', () => {
    const fs = new MemorySyncFs();
    const writer = new DeviceLogWriter(fs, FOLDER, 'laptop');
    const [a, b, c] = changes('laptop', [DEC, DEC + 1, DEC + 2]);
    writer.append([a!]);
    fs.append(`${deviceDir(FOLDER, 'laptop')}/changes-2026-12.ndjson`, JSON.stringify(b).slice(0, 20));
    writer.append([b!, c!]);
    expect(ids(readOtherDevices(fs, FOLDER, 'desktop', emptyCursor()).changes)).toEqual(['laptop-0', 'laptop-1', 'laptop-2']);
  });

  it('compaction folds its own logs into one snapshot, removes older months, and a new reader gets everything', () => {
    const fs = new MemorySyncFs();
    const writer = new DeviceLogWriter(fs, FOLDER, 'laptop');
    const all = changes('laptop', [NOV, NOV + 1, DEC, DEC + 1]);
    writer.append(all.slice(0, 3));
    writer.compact();
    writer.append(all.slice(3));
    const names = fs.listFiles(deviceDir(FOLDER, 'laptop')).sort();
    expect(names.map((n) => classifyFile(n).type)).toEqual(['log', 'snapshot']);
    expect(names[0]).toBe('changes-2026-12.ndjson');
    const read = readOtherDevices(fs, FOLDER, 'desktop', emptyCursor());
    expect([...new Set(ids(read.changes))].sort()).toEqual(ids(all));
    // A second compaction replaces the first snapshot.
    writer.compact();
    expect(fs.listFiles(deviceDir(FOLDER, 'laptop')).filter((n) => classifyFile(n).type === 'snapshot')).toHaveLength(1);
  });

  it('a half-copied snapshot is left for later, then read once whole', () => {
    const { dir, snapshot, bytes } = laptopSnapshot();
    const mine = new MemorySyncFs();
    mine.files.set(`${dir}/${snapshot}`, bytes.slice(0, bytes.length - 10));
    const first = readOtherDevices(mine, FOLDER, 'desktop', emptyCursor());
    expect(first.changes).toEqual([]);
    expect(first.problems).toEqual([]);
    mine.files.set(`${dir}/${snapshot}`, bytes.slice());
    const second = readOtherDevices(mine, FOLDER, 'desktop', first.cursor);
    expect(ids(second.changes)).toEqual(['laptop-0', 'laptop-1']);
    expect(readOtherDevices(mine, FOLDER, 'desktop', second.cursor).changes).toEqual([]);
  });

  it('a snapshot unreadable at one size for ten minutes is said as damage once, and still read when whole, even at that size', () => {
    const { dir, snapshot, bytes } = laptopSnapshot();
    const mine = new MemorySyncFs();
    // A sync tool that sizes the file first and fills it later: zeros where the text will be.
    mine.files.set(`${dir}/${snapshot}`, new Uint8Array(bytes.length));
    const T0 = DEC + 3_600_000;
    const first = readOtherDevices(mine, FOLDER, 'desktop', emptyCursor(), T0);
    // Rounds in quick succession (Sync now twice, conflicts resolved one after another) say nothing yet.
    const quick = readOtherDevices(mine, FOLDER, 'desktop', first.cursor, T0 + 60_000);
    expect([first.problems, quick.problems]).toEqual([[], []]);
    const late = readOtherDevices(mine, FOLDER, 'desktop', quick.cursor, T0 + 10 * 60_000);
    expect(late.changes).toEqual([]);
    expect(late.problems).toEqual([
      `Another computer's saved changes (laptop/${snapshot} in the sync folder) have not been readable for 10 minutes: what they hold may be missing here. A sync tool may still be bringing the file, or something other than Timelock changed it; Timelock keeps trying it at every sync.`,
    ]);
    const after = readOtherDevices(mine, FOLDER, 'desktop', late.cursor, T0 + 20 * 60_000);
    expect(after.problems).toEqual([]);
    // Filled in at the same size: read then.
    mine.files.set(`${dir}/${snapshot}`, bytes.slice());
    const whole = readOtherDevices(mine, FOLDER, 'desktop', after.cursor, T0 + 21 * 60_000);
    expect(ids(whole.changes)).toEqual(['laptop-0', 'laptop-1']);
    expect(whole.cursor.unreadable?.[`laptop/${snapshot}`]).toBeUndefined();
  });

  it('a snapshot the folder cannot give now (a read error) is waited for, never said as damage', () => {
    const owner = new MemorySyncFs();
    const writer = new DeviceLogWriter(owner, FOLDER, 'laptop');
    writer.append(changes('laptop', [DEC]));
    writer.compact();
    const dir = deviceDir(FOLDER, 'laptop');
    const snapshot = owner.listFiles(dir).find((n) => classifyFile(n).type === 'snapshot')!;
    const mine = new MemorySyncFs();
    mine.files.set(`${dir}/${snapshot}`, owner.files.get(`${dir}/${snapshot}`)!.slice());
    const offline = Object.assign(Object.create(mine) as MemorySyncFs, {
      readFrom: (file: string, offset: number) => {
        if (file.endsWith(snapshot)) throw new Error('EIO: i/o error');
        return mine.readFrom(file, offset);
      },
    });
    let cursor = emptyCursor();
    for (const minutes of [0, 30, 60]) {
      const round = readOtherDevices(offline, FOLDER, 'desktop', cursor, DEC + minutes * 60_000);
      expect([round.changes, round.problems]).toEqual([[], []]);
      cursor = round.cursor;
    }
    expect(ids(readOtherDevices(mine, FOLDER, 'desktop', cursor, DEC + 61 * 60_000).changes)).toEqual(['laptop-0']);
  });
});
