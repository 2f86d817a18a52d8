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
