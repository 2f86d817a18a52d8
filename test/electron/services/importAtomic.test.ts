// An import that makes categories for its projects lands whole or not at all: whichever write the disk refuses,
// and whether the process dies there, nobody finds new categories without their entries (or entries without them).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DataStore } from '../../../electron/ports';
import { openDataStore } from '../../../electron/storage/openDataStore';
import { makeTestHost, type TestHost } from '../../support/testHost';
import { failingBackend } from '../storage/storageFixtures';
import { togglCsv } from './importFixtures';

const TZ = 'UTC';
const dirs: string[] = [];
let host: TestHost | undefined;
afterEach(() => {
  host?.app.dispose();
  host = undefined;
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

// Rows in two months, under a project that is not a category yet: the import makes "Climbing" and writes two shards.
const CSV = togglCsv([
  ['Climbing', 'Bouldering', '2026-10-30 18:00:00', '2026-10-30 19:30:00'],
  ['Climbing', 'Lead', '2026-11-02 18:00:00', '2026-11-02 19:00:00'],
  ['Work', 'Report', '2026-11-03 09:00:00', '2026-11-03 12:00:00'],
]);

const view = (store: DataStore) => ({
  climbing: store.getCategories().some((c) => c.name === 'Climbing'),
  entries: store.getEntries().length,
});

describe('an import that makes categories is one step', () => {
  it('for every write the disk could refuse, memory and a reopened folder hold all of it or none of it', async () => {
    let total = 0;
    for (let failAt = 0; ; failAt++) {
      for (const dieAfter of [false, true]) {
        const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-import-atomic-'));
        dirs.push(dataDir);
        // Write number `refused` (counted from the import's first) throws; with dieAfter, every later one too.
        const names: string[] = [];
        let refused = Number.MAX_SAFE_INTEGER;
        const backend = failingBackend((call) => call === refused || (dieAfter && call > refused), names);
        const store = openDataStore({ dataDir, backend, systemTimeZone: TZ });
        host = makeTestHost({ start: Date.UTC(2026, 10, 20), dataDir, storage: 'memory', memory: store });
        const opened = names.length;
        refused = opened + failAt;
        const result = await host.app.router.call('import.apply', { text: CSV, map: { Climbing: 'fitness' } });
        total = Math.max(total, names.length - opened);
        const inMemory = view(store);
        const whole = { climbing: true, entries: 3 };
        const none = { climbing: false, entries: 0 };
        // Memory tells the same story as the answer.
        expect(inMemory).toEqual(result.ok ? whole : none);
        host.app.dispose();
        host = undefined;
        // A restart (the next start replays what a committed change left behind) shows the same, or the whole change.
        const reopened = view(openDataStore({ dataDir, systemTimeZone: TZ }));
        expect([whole, none]).toContainEqual(reopened);
        if (result.ok) expect(reopened).toEqual(whole);
      }
      if (failAt > total + 1) break;
    }
    // The import took several writes (journal, settings, two month files): every one of them was refused once.
    expect(total).toBeGreaterThanOrEqual(3);
    // Each file of an import written in steps is two writes (the staged bytes, the rename): twice as many folders.
  }, 30_000);
});
