import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../../shared/sync/canonicalJson';
import { SYNC_FORMAT } from '../../../shared/sync/syncChange';
import { SYNC_CHANNELS } from '../../../shared/sync/syncSchemas';
import type { SyncKindName } from '../../../shared/sync/syncKinds';
import { MemorySyncFs } from '../../../electron/sync/memorySyncFs';
import { MemorySyncStore } from '../../../electron/sync/memorySyncStore';
import type { SyncEngineState } from '../../../electron/sync/syncEngine';
import { deviceDir } from '../../../electron/sync/syncLayout';
import type { SyncFs } from '../../../electron/sync/syncFs';
import { SyncService, type SyncStateStore } from '../../../electron/services/syncService';

const FOLDER = '/home/me/Sync';
const T = Date.UTC(2026, 11, 7, 9);
const HOUR = 3_600_000;

class MemoryStates implements SyncStateStore {
  state: SyncEngineState | null = null;
  load() {
    return this.state && (JSON.parse(JSON.stringify(this.state)) as SyncEngineState);
  }
  save(state: SyncEngineState) {
    this.state = JSON.parse(JSON.stringify(state)) as SyncEngineState;
  }
  remove() {
    this.state = null;
  }
}

function computer(fs: SyncFs, name: string, clock: { now: number }) {
  const store = new MemorySyncStore();
  const states = new MemoryStates();
  let n = 0;
  const merged: SyncKindName[][] = [];
  const deps = {
    adapter: store,
    states,
    fs,
    clock: { now: () => clock.now },
    ids: { newId: () => `${name}-${n++}` },
    appVersion: '1.0.0',
    isFolder: (folder: string) => folder === FOLDER,
    onMerged: (kinds: SyncKindName[]) => merged.push(kinds),
  };
  return { store, states, merged, deps, sync: new SyncService(deps) };
}

function pair() {
  const fs = new MemorySyncFs();
  const clock = { now: T };
  const laptop = computer(fs, 'laptop', clock);
  const desktop = computer(fs, 'desktop', clock);
  laptop.sync.setup({ folder: FOLDER, deviceName: 'Laptop' });
  desktop.sync.setup({ folder: FOLDER, deviceName: 'Desktop' });
  const round = () => {
    clock.now += 1000;
    laptop.sync.now();
    desktop.sync.now();
    laptop.sync.now();
  };
  return { fs, clock, laptop, desktop, round };
}

const entry = (id: string, start: number, end: number, note = ''): JsonValue => ({ id, categoryId: 'work', start, end, note, tags: [], source: 'manual' });

describe('SyncService', () => {
  it('refuses a relative or missing folder and stays off', () => {
    const c = computer(new MemorySyncFs(), 'laptop', { now: T });
    expect(() => c.sync.setup({ folder: 'Sync' })).toThrow(/full path/);
    expect(() => c.sync.setup({ folder: '/nowhere' })).toThrow(/no folder at \/nowhere/);
    expect(c.sync.enabled).toBe(false);
    expect(c.states.state).toBeNull();
    expect(() => c.sync.now()).toThrow(/Sync is off/);
  });

  it.each(['entry', 'category', 'timebox', 'boundarySpan', 'dayOff', 'checkIn', 'setting'] as const)('a %s saved on one computer shows on the other, and so does its deletion', (kind) => {
    const { fs, laptop, desktop, round } = pair();
    laptop.store.edit(kind, 'r1', { id: 'r1', value: 1 });
    round();
    expect(desktop.store.get(kind, 'r1')).toEqual({ id: 'r1', value: 1 });
    expect(desktop.merged.flat()).toContain(kind);
    // Taking a record in is not a change of this computer's: nothing is echoed back into its own log.
    const desktopDir = deviceDir(FOLDER, desktop.sync.status().device.id);
    const desktopLog = fs.listFiles(desktopDir).map((n) => new TextDecoder().decode(fs.files.get(`${desktopDir}/${n}`)!)).join('');
    expect(desktopLog).not.toContain('"r1"');
    desktop.store.edit(kind, 'r1', { id: 'r1', value: 2 });
    round();
    expect(laptop.store.get(kind, 'r1')).toEqual({ id: 'r1', value: 2 });
    laptop.store.edit(kind, 'r1', null);
    round();
    expect(desktop.store.get(kind, 'r1')).toBeUndefined();
    expect(desktop.sync.conflicts()).toEqual([]);
  });

  it('what each computer held before setup goes to the other; the same default on both is no conflict', () => {
    const fs = new MemorySyncFs();
    const clock = { now: T };
    const laptop = computer(fs, 'laptop', clock);
    const desktop = computer(fs, 'desktop', clock);
    laptop.store.edit('category', 'work', { id: 'work', name: 'Work' });
    desktop.store.edit('category', 'work', { id: 'work', name: 'Work' });
    laptop.store.edit('entry', 'l1', entry('l1', T - 5 * HOUR, T - 4 * HOUR));
    desktop.store.edit('entry', 'd1', entry('d1', T - 3 * HOUR, T - 2 * HOUR));
    laptop.sync.setup({ folder: FOLDER, deviceName: 'Laptop' });
    desktop.sync.setup({ folder: FOLDER, deviceName: 'Desktop' });
    laptop.sync.now();
    expect(laptop.store.ids('entry')).toEqual(['d1', 'l1']);
    expect(desktop.store.ids('entry')).toEqual(['d1', 'l1']);
    expect(laptop.store.exportAll()).toBe(desktop.store.exportAll());
    expect(laptop.sync.conflicts()).toEqual([]);
  });

  it("a computer joining with its own version of a record the folder holds: the folder's stays shown on both, its own is a conflict it can restore", () => {
    const fs = new MemorySyncFs();
    const clock = { now: T };
    const laptop = computer(fs, 'laptop', clock);
    const desktop = computer(fs, 'desktop', clock);
    // One data folder copied to both computers, then each edited its copy before sync was set up.
    laptop.store.edit('entry', 'e1', entry('e1', T - 2 * HOUR, T - HOUR, 'laptop'));
    desktop.store.edit('entry', 'e1', entry('e1', T - 2 * HOUR, T - HOUR, 'desktop'));
    laptop.sync.setup({ folder: FOLDER, deviceName: 'Laptop' });
    clock.now += 1000;
    desktop.sync.setup({ folder: FOLDER, deviceName: 'Desktop' });
    laptop.sync.now();
    expect(laptop.store.get('entry', 'e1')).toEqual(entry('e1', T - 2 * HOUR, T - HOUR, 'laptop'));
    expect(desktop.store.get('entry', 'e1')).toEqual(entry('e1', T - 2 * HOUR, T - HOUR, 'laptop'));
    const [conflict, ...more] = desktop.sync.conflicts();
    expect(more).toEqual([]);
    expect(conflict).toMatchObject({ type: 'edited-twice', kind: 'entry', other: { note: 'desktop' } });
    desktop.sync.resolve(conflict!.id, 'other');
    laptop.sync.now();
    expect(laptop.store.get('entry', 'e1')).toEqual(entry('e1', T - 2 * HOUR, T - HOUR, 'desktop'));
    expect(laptop.sync.conflicts()).toEqual([]);
  });

  it('the same entry edited on both: the later is kept, the other shown and restorable, on both computers', () => {
    const { clock, laptop, desktop, round } = pair();
    laptop.store.edit('entry', 'e1', entry('e1', T, T + HOUR));
    round();
    laptop.store.edit('entry', 'e1', entry('e1', T, T + HOUR, 'laptop note'));
    clock.now += 10;
    desktop.store.edit('entry', 'e1', entry('e1', T, T + HOUR, 'desktop note'));
    round();
    expect(laptop.store.get('entry', 'e1')).toMatchObject({ note: 'desktop note' });
    const [conflict] = laptop.sync.conflicts();
    expect(SYNC_CHANNELS['sync.conflicts'].response.parse(laptop.sync.conflicts())).toEqual(laptop.sync.conflicts());
    expect(conflict).toMatchObject({ type: 'edited-twice', message: 'This entry was edited on both computers; kept the later one.', kept: { note: 'desktop note' }, other: { note: 'laptop note' } });
    expect(desktop.sync.conflicts()).toEqual(laptop.sync.conflicts());

    laptop.sync.resolve(conflict!.id, 'other');
    round();
    expect(desktop.store.get('entry', 'e1')).toMatchObject({ note: 'laptop note' });
    expect(desktop.sync.conflicts()).toEqual([]);
    expect(laptop.store.exportAll()).toBe(desktop.store.exportAll());
  });

  it('keeping both versions of an entry restores the other as a copy', () => {
    const { clock, laptop, desktop, round } = pair();
    laptop.store.edit('entry', 'e1', entry('e1', T, T + HOUR));
    round();
    laptop.store.edit('entry', 'e1', entry('e1', T, T + HOUR, 'a'));
    clock.now += 10;
    desktop.store.edit('entry', 'e1', entry('e1', T, T + HOUR, 'b'));
    round();
    desktop.sync.resolve(desktop.sync.conflicts()[0]!.id, 'both');
    round();
    expect(laptop.store.ids('entry')).toHaveLength(2);
    expect(laptop.store.ids('entry').map((id) => (laptop.store.get('entry', id) as { note: string }).note).sort()).toEqual(['a', 'b']);
    // The copy covers the same time from the same computer's hand: no overlap flag, no conflict left.
    expect(laptop.sync.conflicts()).toEqual([]);
    expect(() => desktop.sync.resolve('edit:entry:e1:nope', 'this')).toThrow(/no open sync conflict/);
  });

  it('a setting changed on both cannot be kept twice; this or other resolves it', () => {
    const { clock, laptop, desktop, round } = pair();
    laptop.store.edit('setting', 'weeklyCapMinutes', 2100);
    clock.now += 10;
    desktop.store.edit('setting', 'weeklyCapMinutes', 1800);
    round();
    const [conflict] = laptop.sync.conflicts();
    // Named as Settings names it, with both values in its unit: the desktop's, changed later, kept.
    expect(conflict!.message).toBe('Weekly work cap was changed on both computers: kept 30 h (the later change) over 35 h.');
    expect(() => laptop.sync.resolve(conflict!.id, 'both')).toThrow(/keep this or other setting/);
    laptop.sync.resolve(conflict!.id, 'this');
    round();
    expect([laptop.store.get('setting', 'weeklyCapMinutes'), desktop.store.get('setting', 'weeklyCapMinutes')]).toEqual([1800, 1800]);
    expect(desktop.sync.conflicts()).toEqual([]);
  });

  it('entries from both computers over the same time are both kept and flagged; keeping both clears the flag', () => {
    const { laptop, desktop, round } = pair();
    laptop.store.edit('entry', 'l1', entry('l1', T, T + 2 * HOUR));
    desktop.store.edit('entry', 'd1', entry('d1', T + HOUR, T + 3 * HOUR));
    round();
    expect(laptop.store.ids('entry')).toEqual(['d1', 'l1']);
    const [conflict] = laptop.sync.conflicts();
    expect(SYNC_CHANNELS['sync.conflicts'].response.parse(laptop.sync.conflicts())).toEqual(laptop.sync.conflicts());
    expect(conflict).toMatchObject({ type: 'overlap', recordIds: ['d1', 'l1'] });
    laptop.sync.resolve(conflict!.id, 'both');
    round();
    expect(desktop.sync.conflicts()).toEqual([]);
    expect(desktop.store.ids('entry')).toEqual(['d1', 'l1']);
  });

  it("keeping this computer's entry of an overlap deletes the other one, on both", () => {
    const { laptop, desktop, round } = pair();
    laptop.store.edit('entry', 'l1', entry('l1', T, T + 2 * HOUR));
    desktop.store.edit('entry', 'd1', entry('d1', T + HOUR, T + 3 * HOUR));
    round();
    laptop.sync.resolve(laptop.sync.conflicts()[0]!.id, 'this');
    round();
    expect(desktop.store.ids('entry')).toEqual(['l1']);
    expect(desktop.sync.conflicts()).toEqual([]);
  });

  it('a timer running on both computers: both shown, and stopping the other turns it into an entry', () => {
    const { clock, laptop, desktop, round } = pair();
    const laptopId = laptop.sync.status().device.id;
    const desktopId = desktop.sync.status().device.id;
    laptop.store.edit('timer', laptopId, { id: 't1', categoryId: 'work', start: T, note: 'l' });
    desktop.store.edit('timer', desktopId, { id: 't2', categoryId: 'family', start: T + 60_000, note: 'd' });
    round();
    expect(laptop.store.ids('timer').sort()).toEqual([desktopId, laptopId].sort());
    const [conflict] = laptop.sync.conflicts();
    expect(SYNC_CHANNELS['sync.conflicts'].response.parse(laptop.sync.conflicts())).toEqual(laptop.sync.conflicts());
    expect(conflict).toMatchObject({ type: 'timers', message: 'A timer is running on 2 computers; each can be stopped.' });
    expect(() => laptop.sync.resolve(conflict!.id, 'both')).toThrow(/keep this or other/);
    clock.now = T + HOUR;
    laptop.sync.resolve(conflict!.id, 'this');
    round();
    expect(desktop.store.ids('timer')).toEqual([laptopId]);
    const stopped = desktop.store.ids('entry').map((id) => desktop.store.get('entry', id));
    expect(stopped).toEqual([expect.objectContaining({ categoryId: 'family', start: T + 60_000, end: T + HOUR, note: 'd', source: 'timer' })]);
  });

  it('status names this computer and the others with their last-seen time', () => {
    const { clock, laptop } = pair();
    expect(SYNC_CHANNELS['sync.now'].response.parse(laptop.sync.now())).toEqual({ applied: 0, written: 0, devices: 1, conflicts: 0, problems: [] });
    expect(SYNC_CHANNELS['sync.status'].response.parse(laptop.sync.status())).toEqual(laptop.sync.status());
    expect(laptop.sync.status()).toEqual({
      folder: FOLDER,
      device: { id: 'laptop-0', name: 'Laptop' },
      devices: [{ id: 'desktop-0', name: 'Desktop', lastSeen: clock.now }],
      conflicts: 0,
      needsUpdate: 0,
      problems: [],
      waiting: { toSend: 0, toTakeIn: 0 },
    });
  });

  it("status counts the other computer's changes in the folder not yet taken in, once however many copies a sync tool made, and none once taken in", () => {
    const { fs, laptop, desktop, round } = pair();
    round();
    laptop.store.edit('entry', 'e1', entry('e1', T, T + HOUR));
    laptop.store.edit('entry', 'e2', entry('e2', T + 2 * HOUR, T + 3 * HOUR));
    expect(desktop.sync.status().waiting).toEqual({ toSend: 0, toTakeIn: 2 });
    // Its own changes are in the folder already: nothing waits on the laptop.
    expect(laptop.sync.status().waiting).toEqual({ toSend: 0, toTakeIn: 0 });

    const log = [...fs.files.keys()].find((f) => f.startsWith(`${deviceDir(FOLDER, 'laptop-0')}/changes-`))!;
    fs.files.set(log.replace('.ndjson', '.sync-conflict-20261207-100000-ABCDEFG.ndjson'), fs.files.get(log)!);
    expect(desktop.sync.status().waiting.toTakeIn).toBe(2);
    // Counting takes nothing in.
    expect(desktop.store.get('entry', 'e1')).toBeUndefined();

    expect(desktop.sync.now().applied).toBe(2);
    expect(desktop.sync.status().waiting).toEqual({ toSend: 0, toTakeIn: 0 });
  });

  it('a change that could not reach the folder waits to be sent, and goes out at the next round', () => {
    const shared = new MemorySyncFs();
    let unplugged = false;
    // The laptop's view of the folder: a drive that can be pulled out.
    const drive: SyncFs = {
      listFiles: (dir) => shared.listFiles(dir),
      listDirs: (dir) => shared.listDirs(dir),
      size: (file) => shared.size(file),
      readFrom: (file, offset) => shared.readFrom(file, offset),
      writeAtomic: (file, text) => shared.writeAtomic(file, text),
      remove: (file) => shared.remove(file),
      append(file, text) {
        if (unplugged) throw new Error('EIO: the sync drive is gone');
        shared.append(file, text);
      },
    };
    const clock = { now: T };
    const laptop = computer(drive, 'laptop', clock);
    const desktop = computer(shared, 'desktop', clock);
    laptop.sync.setup({ folder: FOLDER, deviceName: 'Laptop' });
    desktop.sync.setup({ folder: FOLDER, deviceName: 'Desktop' });

    unplugged = true;
    // The store keeps the entry and the edit succeeds: the folder being out of reach is said in the sync status, not
    // as an error on the change the person made.
    expect(() => laptop.store.edit('entry', 'e1', entry('e1', T, T + HOUR))).not.toThrow();
    expect(laptop.store.get('entry', 'e1')).toBeDefined();
    expect(laptop.sync.status().waiting).toEqual({ toSend: 1, toTakeIn: 0 });
    expect(laptop.sync.status().problems).toEqual([expect.stringMatching(/^Could not write to the sync folder \(EIO: the sync drive is gone\): your change is saved here/)]);

    unplugged = false;
    expect(laptop.sync.now().written).toBe(1);
    expect(laptop.sync.status().waiting.toSend).toBe(0);
    expect(laptop.sync.status().problems).toEqual([]);
    desktop.sync.now();
    expect(desktop.store.get('entry', 'e1')).toEqual(entry('e1', T, T + HOUR));
  });

  it('damage told by a round that then failed to take in the other computer\'s changes is told by the next round', () => {
    const { fs, laptop, desktop, round } = pair();
    laptop.store.edit('entry', 'e1', entry('e1', T, T + HOUR));
    round();
    // Something other than Timelock empties the laptop's own log in the shared folder.
    const own = deviceDir(FOLDER, laptop.sync.status().device.id);
    const log = fs.listFiles(own).find((name) => name.startsWith('changes-'));
    expect(log).toBeDefined();
    fs.writeAtomic(`${own}/${log}`, '');
    // The desktop has a change for the laptop, which the laptop's disk refuses once while the round takes it in.
    desktop.store.edit('entry', 'e2', entry('e2', T + 2 * HOUR, T + 3 * HOUR));
    desktop.sync.now();
    const applyMerged = laptop.store.applyMerged.bind(laptop.store);
    let refuse = true;
    laptop.store.applyMerged = (change) => {
      if (refuse) {
        refuse = false;
        throw new Error('ENOSPC: no space left on device');
      }
      applyMerged(change);
    };
    expect(() => laptop.sync.now()).toThrow(/ENOSPC/);
    // The failed round had repaired the log and had the words; the next one says them, and takes the change in.
    const next = laptop.sync.now();
    expect(next.problems).toEqual([expect.stringMatching(/^This computer's own changes in the sync folder \(changes-.*\.ndjson\) were cut short or removed by something other than Timelock: 1 change was written again/)]);
    expect(laptop.store.get('entry', 'e2')).toEqual(entry('e2', T + 2 * HOUR, T + 3 * HOUR));
    expect(laptop.sync.status().problems).toEqual(next.problems);
    // Told once.
    expect(laptop.sync.now().problems).toEqual([]);
  });

  it('a change from a newer Timelock waits, with "update Timelock on this computer", and is not applied', () => {
    const { fs, laptop } = pair();
    const future = { changeId: 'f1', stamp: { wall: T, counter: 0, device: 'future' }, kind: 'entry', recordId: 'x', record: { shape: 2 }, bases: [], format: SYNC_FORMAT + 1 };
    fs.append(`${deviceDir(FOLDER, 'future')}/changes-2026-12.ndjson`, `${JSON.stringify(future)}\n`);
    laptop.sync.now();
    expect(laptop.store.get('entry', 'x')).toBeUndefined();
    expect(laptop.sync.status()).toMatchObject({ needsUpdate: 1, problems: ['1 change(s) come from a newer Timelock: update Timelock on this computer.'] });
  });

  it('a record the store refuses is reported and not stored, and the store keeps what it had', () => {
    const { laptop, desktop, round } = pair();
    desktop.store.refuseWhen = (kind, record) => (kind === 'category' && (record as { name?: string }).name === '' ? 'name: too short' : null);
    laptop.store.edit('category', 'c1', { id: 'c1', name: '' });
    round();
    expect(desktop.store.get('category', 'c1')).toBeUndefined();
    expect(desktop.sync.status().problems).toEqual(['category c1: name: too short']);
  });

  it('turning sync off keeps the data here and the files there; local changes after it are not sent', () => {
    const { fs, laptop, desktop, round } = pair();
    laptop.store.edit('entry', 'e1', entry('e1', T, T + HOUR));
    round();
    const files = fs.files.size;
    expect(laptop.sync.off()).toEqual({ folder: FOLDER });
    expect(laptop.states.state).toBeNull();
    expect(laptop.store.ids('entry')).toEqual(['e1']);
    laptop.store.edit('entry', 'e2', entry('e2', T + 2 * HOUR, T + 3 * HOUR));
    desktop.sync.now();
    expect(desktop.store.ids('entry')).toEqual(['e1']);
    expect(fs.files.size).toBe(files);
    expect(() => laptop.sync.status()).toThrow(/Sync is off/);
  });

  it('after a restart sync resumes from the saved state, and a change made since the last save is not lost', () => {
    const { clock, laptop, desktop } = pair();
    laptop.store.edit('entry', 'e1', entry('e1', T, T + HOUR));
    // The app stops before the next round: the saved state predates e1, which only reached the log.
    const restarted = new SyncService(laptop.deps);
    expect(restarted.status().device.name).toBe('Laptop');
    clock.now += 1000;
    restarted.now();
    desktop.sync.now();
    expect(desktop.store.ids('entry')).toEqual(['e1']);
    expect(restarted.conflicts()).toEqual([]);
    expect(() => restarted.setup({ folder: '/other' })).toThrow(/no folder at/);
  });
});
