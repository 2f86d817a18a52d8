import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SyncEngine } from '../../../electron/sync/syncEngine';
import { loadSyncState, saveSyncState, syncStatePath } from '../../../electron/sync/syncStateFile';
import { nodeSyncFs } from '../../../electron/sync/syncFs';

let dataDir: string;
let syncDir: string;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-data-'));
  syncDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-sync-'));
});
afterEach(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(syncDir, { recursive: true, force: true });
});

describe('sync-state.json and the real folder', () => {
  it('two devices on disk exchange changes, and a restart resumes from the saved cursor without applying twice', () => {
    let n = 0;
    const newId = () => `id${n++}`;
    const laptop = new SyncEngine(nodeSyncFs, SyncEngine.initialState(syncDir, 'laptop', 'Laptop'), { appVersion: '1.0.0', newId });
    let desktop = new SyncEngine(nodeSyncFs, SyncEngine.initialState(syncDir, 'desktop', 'Desktop'), { appVersion: '1.0.0', newId });
    const T = Date.UTC(2026, 11, 6, 9);
    laptop.record('entry', 'e1', { id: 'e1', start: T, end: T + 1000 }, T);
    expect(laptop.syncNow(T)).toMatchObject({ written: 1, applied: 0 });
    expect(desktop.syncNow(T)).toMatchObject({ applied: 1, devices: 1 });
    saveSyncState(dataDir, desktop.save());
    expect(fs.readdirSync(dataDir)).toEqual(['sync-state.json']);

    desktop = new SyncEngine(nodeSyncFs, loadSyncState(dataDir)!, { appVersion: '1.0.0', newId });
    expect(desktop.syncNow(T + 1)).toMatchObject({ applied: 0 });
    expect(desktop.merged.liveRecords('entry').map((r) => r.id)).toEqual(['e1']);
    expect(desktop.devices.map((d) => [d.id, d.name])).toEqual([['laptop', 'Laptop']]);
    // Nothing of the desktop's in the laptop's folder, nor the other way round.
    expect(fs.readdirSync(path.join(syncDir, 'timelock-sync/devices/laptop')).some((n) => n.includes('desktop'))).toBe(false);
  });

  it('no sync state means sync is off; a damaged one is refused with the path and left in place', () => {
    expect(loadSyncState(dataDir)).toBeNull();
    fs.writeFileSync(syncStatePath(dataDir), '{"format":1,');
    expect(() => loadSyncState(dataDir)).toThrow(/could not read .*sync-state\.json/);
    expect(fs.existsSync(syncStatePath(dataDir))).toBe(true);
  });
});
