// Another computer's running timer, seen and stopped from this one: the stop is a change this computer writes (the
// entry up to now and the timer's deletion), and the other computer takes it in as if stopped there.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDataStore } from '../../../electron/storage/openDataStore';
import { syncedDataStore } from '../../../electron/sync/dataStoreSyncAdapter';
import { nodeSyncFs } from '../../../electron/sync/syncFs';
import { fileSyncStateStore, isExistingFolder } from '../../../electron/sync/syncStateFile';
import { SyncService } from '../../../electron/services/syncService';
import { HOUR, makeTestHost, type TestHost } from '../../support/testHost';

const hosts: TestHost[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const h of hosts.splice(0)) h.cleanup();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const tempDir = (name: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `timelock-${name}-`));
  dirs.push(dir);
  return dir;
};

/** A Timelock on `dataDir` with sync on `syncDir` (set up, or picked up from its sync-state.json). */
function computer(name: string, syncDir: string, dataDir = tempDir(name)) {
  const { store, adapter } = syncedDataStore(openDataStore({ dataDir, backend: 'conf', systemTimeZone: 'Europe/Berlin' }));
  const host = makeTestHost({ dataDir, storage: 'memory', memory: store, idPrefix: `${name}-` });
  hosts.push(host);
  const sync = new SyncService({
    adapter,
    states: fileSyncStateStore(dataDir),
    fs: nodeSyncFs,
    clock: host.clock,
    ids: { newId: () => `${name}${Math.random().toString(36).slice(2, 10)}` },
    appVersion: '0.1.0',
    isFolder: isExistingFolder,
  });
  if (!sync.enabled) sync.setup({ folder: syncDir, deviceName: name });
  return { host, sync, dataDir, store, adapter };
}

function pair() {
  const syncDir = tempDir('syncdir');
  const laptop = computer('laptop', syncDir);
  const desktop = computer('desktop', syncDir);
  const round = () => {
    laptop.sync.now();
    desktop.sync.now();
    laptop.sync.now();
  };
  return { syncDir, laptop, desktop, round };
}

describe("another computer's timer", () => {
  it('is listed with the computer’s name, and Stop turns it into an entry on both, the timer gone on both', async () => {
    const { laptop, desktop, round } = pair();
    await laptop.host.call('timer.start', { categoryId: 'work', note: 'report' });
    round();
    const [running] = desktop.sync.otherTimers();
    expect(running).toMatchObject({ device: { name: 'laptop' }, timer: { categoryId: 'work', note: 'report' } });
    expect(desktop.store.getTimer()).toBeNull();
    expect(laptop.sync.otherTimers()).toEqual([]);

    desktop.host.clock.advance(HOUR);
    desktop.sync.stopOtherTimer(running!.device.id);
    expect(desktop.sync.otherTimers()).toEqual([]);
    round();
    expect(laptop.store.getTimer()).toBeNull();
    for (const c of [laptop, desktop]) {
      expect(c.store.getEntries()).toEqual([expect.objectContaining({ categoryId: 'work', note: 'report', start: running!.timer.start, source: 'timer' })]);
    }
    const entry = desktop.store.getEntries()[0]!;
    expect(entry.end - entry.start).toBe(HOUR);
    expect(laptop.sync.conflicts()).toEqual([]);
  });

  it('a timer already stopped there, or this computer’s own, is refused in words and changes nothing', async () => {
    const { laptop, desktop, round } = pair();
    await laptop.host.call('timer.start', { categoryId: 'work' });
    round();
    const laptopId = desktop.sync.otherTimers()[0]!.device.id;
    laptop.host.clock.advance(HOUR);
    await laptop.host.call('timer.stop', {});
    round();
    expect(() => desktop.sync.stopOtherTimer(laptopId)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => desktop.sync.stopOtherTimer(desktop.sync.status().device.id)).toThrow(expect.objectContaining({ code: 'bad-request' }));
    expect(desktop.store.getEntries()).toHaveLength(1);
  });
});
