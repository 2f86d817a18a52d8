// Timelocks on their own data folders sharing one sync folder on disk: the real router, services and storage, with
// the store wrapped for sync as the composition root does it. A test file calls `afterEach(cleanupComputers)`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDataStore } from '../../../electron/storage/openDataStore';
import { syncedDataStore } from '../../../electron/sync/dataStoreSyncAdapter';
import { nodeSyncFs } from '../../../electron/sync/syncFs';
import { fileSyncStateStore, isExistingFolder } from '../../../electron/sync/syncStateFile';
import { SyncService } from '../../../electron/services/syncService';
import { makeTestHost, type TestHost } from '../../support/testHost';

const hosts: TestHost[] = [];
const dirs: string[] = [];

export function cleanupComputers(): void {
  for (const h of hosts.splice(0)) h.cleanup();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

function tempDir(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `timelock-${name}-`));
  dirs.push(dir);
  return dir;
}

/**
 * A Timelock on `dataDir` with sync on `syncDir` (set up, or picked up from its sync-state.json); with `setup: false`
 * sync stays off until the test sets it up (a computer joining with data of its own). `joined` hears what it says.
 */
export function computer(name: string, syncDir: string, dataDir = tempDir(name), options: { setup?: boolean } = {}) {
  const { store, adapter } = syncedDataStore(openDataStore({ dataDir, backend: 'conf', systemTimeZone: 'Europe/Berlin' }));
  const host = makeTestHost({ dataDir, storage: 'memory', memory: store, idPrefix: `${name}-` });
  hosts.push(host);
  const joined: string[] = [];
  const sync = new SyncService({
    adapter,
    states: fileSyncStateStore(dataDir),
    fs: nodeSyncFs,
    clock: host.clock,
    ids: { newId: () => `${name}${Math.random().toString(36).slice(2, 10)}` },
    appVersion: '0.1.0',
    isFolder: isExistingFolder,
    settings: () => store.getSettings(),
    onJoinedWith: (message) => joined.push(message),
  });
  if (!sync.enabled && options.setup !== false) sync.setup({ folder: syncDir, deviceName: name });
  return { host, sync, dataDir, store, adapter, joined };
}

/** An empty sync folder, removed by `cleanupComputers`. */
export function syncFolder(): string {
  return tempDir('syncdir');
}

/** A laptop and a desktop on one sync folder; `round` lets each take in what the other wrote. */
export function pair() {
  const syncDir = syncFolder();
  const laptop = computer('laptop', syncDir);
  const desktop = computer('desktop', syncDir);
  const round = () => {
    laptop.sync.now();
    desktop.sync.now();
    laptop.sync.now();
  };
  return { syncDir, laptop, desktop, round };
}
