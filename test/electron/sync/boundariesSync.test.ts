// Boundary spans and days off live in the settings but travel one record each: two computers each adding a day off
// (or a step of the cap) both keep both, taken in through the store like every other record.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDataStore } from '../../../electron/storage/openDataStore';
import { syncedDataStore } from '../../../electron/sync/dataStoreSyncAdapter';
import { nodeSyncFs } from '../../../electron/sync/syncFs';
import { fileSyncStateStore, isExistingFolder } from '../../../electron/sync/syncStateFile';
import { SyncService } from '../../../electron/services/syncService';
import { addDays, localDateOf, weekLabel } from '../../../shared/domain/time';
import { weekStartOf } from '../../../shared/domain/boundaries';
import type { JsonValue } from '../../../shared/sync/canonicalJson';
import { makeTestHost, type TestHost } from '../../support/testHost';

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

const datesOff = (c: { store: { getSettings(): { daysOff: { date: string }[] } } }) => c.store.getSettings().daysOff.map((d) => d.date);

describe('boundary spans and days off across computers', () => {
  it('a day off taken on each computer is on both, in date order, and a removal reaches the other', async () => {
    const { laptop, desktop, round } = pair();
    await laptop.host.call('daysOff.add', { from: '2026-12-24', kind: 'holiday' });
    await desktop.host.call('daysOff.add', { from: '2026-12-21', to: '2026-12-22', kind: 'vacation' });
    round();
    expect(datesOff(laptop)).toEqual(['2026-12-21', '2026-12-22', '2026-12-24']);
    expect(datesOff(desktop)).toEqual(['2026-12-21', '2026-12-22', '2026-12-24']);
    expect(laptop.sync.conflicts()).toEqual([]);
    await desktop.host.call('daysOff.remove', { date: '2026-12-24' });
    round();
    expect(datesOff(laptop)).toEqual(['2026-12-21', '2026-12-22']);
  });

  it("a step of the cap set on one computer holds on the other, beside the other's own step", async () => {
    const { laptop, desktop, round } = pair();
    const now = laptop.host.clock.now();
    await laptop.host.call('boundaries.set', { values: { weeklyCapMinutes: 28 * 60 }, from: weekName(now, 4) });
    await desktop.host.call('boundaries.set', { values: { weeklyCapMinutes: 32 * 60 }, from: weekName(now, 8) });
    round();
    const caps = async (c: ReturnType<typeof computer>) => (await c.host.call('boundaries.history', {})).map((s) => s.weeklyCapMinutes);
    expect(await caps(laptop)).toEqual(await caps(desktop));
    expect(await caps(desktop)).toEqual(expect.arrayContaining([28 * 60, 32 * 60]));
    expect(laptop.sync.conflicts()).toEqual([]);
  });

  it('days off kept before they travelled one by one go out at the next start (an older sync state)', async () => {
    const { syncDir, laptop, desktop, round } = pair();
    round();
    // As an older Timelock left it: days off in settings.json that the sync folder never saw as day-off records.
    const raw = openDataStore({ dataDir: laptop.dataDir, backend: 'conf', systemTimeZone: 'Europe/Berlin' });
    raw.setSettings({ ...raw.getSettings(), daysOff: [{ date: '2026-12-31', kind: 'other', note: 'old' }] });
    const reopened = computer('laptop', syncDir, laptop.dataDir);
    expect(reopened.sync.status().device.id).toBe(laptop.sync.status().device.id);
    reopened.sync.now();
    desktop.sync.now();
    expect(datesOff(desktop)).toEqual(['2026-12-31']);
    expect(datesOff(reopened)).toEqual(['2026-12-31']);
  });

  it('an older computer sending every day off as one setting changes nothing here: the record-by-record ones hold', async () => {
    const { laptop } = pair();
    await laptop.host.call('daysOff.add', { from: '2026-12-24' });
    laptop.adapter.applyMerged({ setting: { put: new Map<string, JsonValue>([['daysOff', []], ['lockMode', 'hard']]), remove: [] } }, 'self');
    expect(datesOff(laptop)).toEqual(['2026-12-24']);
    expect(laptop.store.getSettings().lockMode).toBe('hard');
    expect(laptop.adapter.refuse('setting', 'daysOff', [])).toBeNull();
  });
});

/** The week `weeks` after the one holding `now`, as the contract names it (2026-W48). */
function weekName(now: number, weeks: number): string {
  return weekLabel(weekStartOf(addDays(localDateOf(now, 'Europe/Berlin'), weeks * 7), 1), 1);
}
