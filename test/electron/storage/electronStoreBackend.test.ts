import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createConfBackend } from '../../../electron/storage/confBackend';
import { createElectronStoreBackend } from '../../../electron/storage/electronStoreBackend';
import { openDataStore } from '../../../electron/storage/openDataStore';
import { ipcMain } from '../../stubs/electron';
import { entry, fixedClock, runningTimer, tempDataDir } from './storageFixtures';

describe('the electron-store backend (under the electron stub)', () => {
  it('writes the same files as conf, so the Electron app and the Node hosts share one data folder', () => {
    const dataDir = tempDataDir();
    const inElectron = openDataStore({ dataDir, backend: createElectronStoreBackend, systemTimeZone: 'Europe/Berlin', clock: fixedClock });
    inElectron.setTimer(runningTimer);
    inElectron.applyEntries({ put: [entry('e1', Date.UTC(2026, 10, 2, 9)), entry('e2', Date.UTC(2026, 11, 2, 9))] });
    inElectron.setSettings({ ...inElectron.getSettings(), weeklyCapMinutes: 1500 });

    // It really is electron-store talking to (the stub of) Electron, and it wrote in the folder it was given.
    expect(ipcMain.listenerCount('electron-store-get-data')).toBe(1);
    expect(fs.existsSync(path.join(dataDir, 'timer.json'))).toBe(true);
    const inNode = openDataStore({ dataDir, backend: createConfBackend, systemTimeZone: 'UTC', clock: fixedClock });
    expect(inNode.getTimer()).toEqual(runningTimer);
    expect(inNode.getEntries().map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(inNode.getSettings()).toMatchObject({ weeklyCapMinutes: 1500, timeZone: 'Europe/Berlin' });
    expect(inNode.notices).toEqual([]);

    inNode.setTimer(null);
    const backInElectron = openDataStore({ dataDir, backend: createElectronStoreBackend, systemTimeZone: 'UTC', clock: fixedClock });
    expect(backInElectron.getTimer()).toBeNull();
  });

  it('keeps the backup and recovery rules: a bad file is moved aside before electron-store could throw on it', () => {
    const dataDir = tempDataDir();
    const store = openDataStore({ dataDir, backend: createElectronStoreBackend, systemTimeZone: 'UTC', clock: fixedClock });
    store.setTimer(runningTimer);
    store.setTimer(null);
    fs.writeFileSync(path.join(dataDir, 'timer.json'), '{"timer": ');
    const again = openDataStore({ dataDir, backend: createElectronStoreBackend, systemTimeZone: 'UTC', clock: fixedClock });
    expect(again.getTimer()).toEqual(runningTimer);
    expect(again.notices[0]).toContain(path.join(dataDir, 'timer.corrupt-'));
    again.setTimer(null);
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'timer.json'), 'utf8'))).toEqual({ dataVersion: 2, timer: null });
  });
});
