// Sync takes in what other computers changed as one whole-data change: whichever write the disk refuses, and
// wherever the process dies, the store (in memory and at the next start) holds all of the old data or all of the
// merged data, never entries from one and settings from the other.
import { describe, expect, it } from 'vitest';
import type { DataStore } from '../../../electron/ports';
import type { BackendFactory } from '../../../electron/storage/documentBackend';
import { openDataStore } from '../../../electron/storage/openDataStore';
import { syncedDataStore } from '../../../electron/sync/dataStoreSyncAdapter';
import type { MergedChange } from '../../../electron/sync/syncStoreAdapter';
import type { JsonValue } from '../../../shared/sync/canonicalJson';
import { entry, failingBackend, fixedClock, runningTimer, tempDataDir } from '../storage/storageFixtures';

const open = (dataDir: string, backend?: BackendFactory) => openDataStore({ dataDir, backend, systemTimeZone: 'UTC', clock: fixedClock });
const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as JsonValue;

/** What a person would see of each kind sync touches. */
function view(store: DataStore) {
  return {
    entries: store.getEntries().map((e) => `${e.id}:${e.start}:${e.note}`),
    categories: store.getCategories().map((c) => c.id),
    cap: store.getSettings().weeklyCapMinutes,
    timer: store.getTimer()?.id ?? null,
    checkIns: store.getCheckIns().map((c) => c.week),
    timeboxes: store.getTimeboxes().map((t) => t.id),
  };
}

/** October, November and a running timer here; the merge removes October, edits November, adds December and more. */
function seed(dataDir: string) {
  const store = open(dataDir);
  store.applyEntries({ put: [entry('oct', Date.UTC(2026, 9, 5, 9)), entry('nov', Date.UTC(2026, 10, 3, 9))] });
  store.setTimer(runningTimer);
  return view(store);
}

const MERGED: MergedChange = {
  entry: {
    put: new Map([
      ['nov', json(entry('nov', Date.UTC(2026, 10, 3, 9), 60, { note: 'edited on the laptop' }))],
      ['dec', json(entry('dec', Date.UTC(2026, 11, 7, 9)))],
    ]),
    remove: ['oct'],
  },
  category: { put: new Map([['climbing', { id: 'climbing', name: 'Climbing', area: 'fitness', color: '#2a9d8f', archived: false }]]), remove: [] },
  setting: { put: new Map([['weeklyCapMinutes', 28 * 60]]), remove: [] },
  timer: { put: new Map(), remove: ['self'] },
  checkIn: { put: new Map([['2026-W48', { week: '2026-W48', at: Date.UTC(2026, 10, 29, 20), energy: 3, mood: 4, note: '' }]]), remove: [] },
  timebox: {
    put: new Map([['run', { kind: 'once', id: 'run', categoryId: 'fitness', start: Date.UTC(2026, 10, 27, 7), end: Date.UTC(2026, 10, 27, 8) }]]),
    remove: [],
  },
};

describe('applying a merged change', () => {
  it('takes every kind in at once when the disk takes it', () => {
    const dataDir = tempDataDir();
    const before = seed(dataDir);
    const { adapter } = syncedDataStore(open(dataDir));
    adapter.applyMerged(MERGED, 'self');
    const after = view(open(dataDir));
    expect(after).toEqual({
      entries: [`nov:${Date.UTC(2026, 10, 3, 9)}:edited on the laptop`, `dec:${Date.UTC(2026, 11, 7, 9)}:`],
      categories: [...before.categories, 'climbing'],
      cap: 28 * 60,
      timer: null,
      checkIns: ['2026-W48'],
      timeboxes: ['run'],
    });
  });

  it('leaves the old data or the merged data, never a mix, whichever write fails and stays failing', () => {
    const dataDir = tempDataDir();
    seed(dataDir);
    const expected = (() => {
      const copy = tempDataDir();
      seed(copy);
      syncedDataStore(open(copy)).adapter.applyMerged(MERGED, 'self');
      return view(open(copy));
    })();
    let sawRefused = false;
    let sawCommitted = false;
    // Every write from the k-th on fails: the same as the process dying after k writes.
    for (let k = 0; k < 12; k++) {
      const dir = tempDataDir();
      const old = seed(dir);
      const store = open(dir, failingBackend((call) => call >= k));
      const { adapter } = syncedDataStore(store);
      let threw = false;
      try {
        adapter.applyMerged(MERGED, 'self');
      } catch {
        threw = true;
      }
      const inMemory = view(store);
      const reopened = view(open(dir));
      if (threw) {
        sawRefused = true;
        expect(inMemory, `write ${k} refused: memory`).toEqual(old);
        expect(reopened, `write ${k} refused: next start`).toEqual(old);
      } else {
        sawCommitted = true;
        expect(inMemory, `write ${k} refused after the commit: memory`).toEqual(expected);
        expect(reopened, `write ${k} refused after the commit: next start`).toEqual(expected);
      }
    }
    expect(sawRefused && sawCommitted).toBe(true);
  });

  it('a record the store would refuse changes nothing at all', () => {
    const dataDir = tempDataDir();
    const before = seed(dataDir);
    const store = open(dataDir);
    const { adapter } = syncedDataStore(store);
    const bad: MergedChange = { ...MERGED, checkIn: { put: new Map([['2026-W48', { week: '2026-W48', energy: 9 }]]), remove: [] } };
    expect(() => adapter.applyMerged(bad, 'self')).toThrow();
    expect(view(store)).toEqual(before);
    expect(view(open(dataDir))).toEqual(before);
  });
});
