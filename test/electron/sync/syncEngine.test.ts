import { describe, expect, it } from 'vitest';
import { compareStamps } from '../../../shared/sync/hybridClock';
import { MemorySyncFs } from '../../../electron/sync/memorySyncFs';
import { SyncEngine } from '../../../electron/sync/syncEngine';

const T = Date.UTC(2026, 11, 6, 9);

describe('SyncEngine', () => {
  it('a change appended just before a crash (and never saved in the local state) comes back from its own log', () => {
    const fs = new MemorySyncFs();
    let n = 0;
    const options = { appVersion: '1.0.0', newId: () => `id${n++}` };
    const engine = new SyncEngine(fs, SyncEngine.initialState('/sync', 'laptop', 'Laptop'), options);
    engine.syncNow(T);
    const saved = engine.save();
    const lost = engine.record('entry', 'e1', { id: 'e1', start: T, end: T + 1 }, T + 5000);
    engine.flushOutbox();
    // Restart from the state saved before the change, with the wall clock set back an hour.
    const restarted = new SyncEngine(fs, saved, options);
    restarted.syncNow(T - 3_600_000);
    expect(restarted.merged.liveRecords('entry').map((r) => r.id)).toEqual(['e1']);
    const next = restarted.record('entry', 'e1', null, T - 3_600_000);
    expect(compareStamps(next.stamp, lost.stamp)).toBeGreaterThan(0);
    expect(next.bases).toEqual([lost.changeId]);
    expect(restarted.conflicts()).toEqual([]);
  });

  it('counts only the other devices: applied, devices', () => {
    const fs = new MemorySyncFs();
    let n = 0;
    const options = { appVersion: '1.0.0', newId: () => `id${n++}` };
    const a = new SyncEngine(fs, SyncEngine.initialState('/sync', 'a', 'A'), options);
    const b = new SyncEngine(fs, SyncEngine.initialState('/sync', 'b', 'B'), options);
    a.record('setting', 'weeklyCapMinutes', 2100, T);
    expect(a.syncNow(T)).toMatchObject({ written: 1, applied: 0, devices: 0 });
    expect(b.syncNow(T)).toMatchObject({ written: 0, applied: 1, devices: 1 });
    expect(b.devices.map((d) => d.name)).toEqual(['A']);
  });
});

describe('SyncEngine: this device’s own files damaged by something else', () => {
  const setUp = () => {
    const fs = new MemorySyncFs();
    let n = 0;
    const options = { appVersion: '1.0.0', newId: () => `id${n++}` };
    const laptop = new SyncEngine(fs, SyncEngine.initialState('/sync', 'laptop', 'Laptop'), options);
    for (let i = 0; i < 3; i++) laptop.record('entry', `e${i}`, { id: `e${i}`, start: T + i * 1000, end: T + i * 1000 + 500 }, T + i);
    laptop.syncNow(T + 10);
    const logs = fs.listFiles('/sync/timelock-sync/devices/laptop').filter((name) => name.startsWith('changes-'));
    expect(logs).toHaveLength(1);
    return { fs, laptop, log: `/sync/timelock-sync/devices/laptop/${logs[0]}`, join: () => new SyncEngine(fs, SyncEngine.initialState('/sync', 'tablet', 'Tablet'), options) };
  };

  it('a log emptied behind its back is noticed at the next round, told, and its changes written again for the others', () => {
    const { fs, laptop, log, join } = setUp();
    fs.writeAtomic(log, '');
    const round = laptop.syncNow(T + 20);
    expect(round.problems).toEqual([
      expect.stringMatching(/^This computer's own changes in the sync folder \(changes-.*\.ndjson\) were cut short or removed by something other than Timelock: 3 changes were written again, so the other computers get them back\.$/),
    ]);
    // Said again by every round until the caller has told them.
    expect(laptop.syncNow(T + 25).problems).toEqual(round.problems);
    laptop.told();
    // A computer joining now finds all three entries.
    const tablet = join();
    tablet.syncNow(T + 30);
    expect(tablet.merged.liveRecords('entry').map((r) => r.id)).toEqual(['e0', 'e1', 'e2']);
    // Told once: the next round finds the files as this device left them.
    expect(laptop.syncNow(T + 40).problems).toEqual([]);
  });

  it('a log removed, then a local change appended before the next round: the change goes out and so do the lost ones', () => {
    const { fs, laptop, log, join } = setUp();
    fs.remove(log);
    laptop.record('entry', 'e3', { id: 'e3', start: T + 9000, end: T + 9500 }, T + 50);
    laptop.flushOutbox();
    expect(laptop.syncNow(T + 60).problems).toEqual([expect.stringMatching(/were cut short or removed by something other than Timelock/)]);
    const tablet = join();
    tablet.syncNow(T + 70);
    expect(tablet.merged.liveRecords('entry').map((r) => r.id)).toEqual(['e0', 'e1', 'e2', 'e3']);
  });

  it('a repair made by a process that exits before any round (a command run alone) is told by the next process’s round', () => {
    const { fs, laptop, log } = setUp();
    fs.remove(log);
    laptop.record('entry', 'e3', { id: 'e3', start: T + 9000, end: T + 9500 }, T + 50);
    laptop.flushOutbox();
    // The command saves its state and exits; the next process starts from that state alone.
    const next = new SyncEngine(fs, JSON.parse(JSON.stringify(laptop.save())), { appVersion: '1.0.0', newId: () => 'y' });
    expect(next.syncNow(T + 60).problems).toEqual([expect.stringMatching(/\(changes-.*\.ndjson\) were cut short or removed by something other than Timelock: 4 changes were written again/)]);
    // Kept in the state until told, then let go.
    expect(next.save().untold).toHaveLength(1);
    next.told();
    expect(next.syncNow(T + 70).problems).toEqual([]);
    expect(next.save().untold).toBeUndefined();
  });

  it('a state from before the sizes were kept checks nothing, then keeps them', () => {
    const { fs, laptop, log } = setUp();
    const { ownFiles: _dropped, ...older } = laptop.save();
    const restarted = new SyncEngine(fs, older, { appVersion: '1.0.0', newId: () => 'x' });
    fs.writeAtomic(log, '');
    expect(restarted.syncNow(T + 80).problems).toEqual([]);
    expect(restarted.save().ownFiles).toBeDefined();
  });
});
