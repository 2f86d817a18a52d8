// Any change to several entries lands whole or not at all, in memory and on disk, whichever write fails: the
// backup, the month file, the journal, or a month file of the journal's checkpoint.
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/model';
import type { BackendFactory } from '../../../electron/storage/documentBackend';
import { openDataStore } from '../../../electron/storage/openDataStore';
import type { DataStore } from '../../../electron/ports';
import { entry, fixedClock, listFiles, tempDataDir , failingBackend } from './storageFixtures';

const open = (dataDir: string, backend?: BackendFactory) => openDataStore({ dataDir, backend, systemTimeZone: 'UTC', clock: fixedClock });

// Four UTC months, so a change touches one month (one write) or several (journaled).
const MONTHS = [Date.UTC(2026, 9, 10), Date.UTC(2026, 10, 10), Date.UTC(2026, 11, 10), Date.UTC(2027, 0, 10)];
const IDS = ['a', 'b', 'c', 'd', 'e', 'f'];

const entryArb = fc
  .record({ id: fc.constantFrom(...IDS), month: fc.integer({ min: 0, max: 3 }), hour: fc.integer({ min: 0, max: 200 }), minutes: fc.integer({ min: 1, max: 300 }) })
  .map(({ id, month, hour, minutes }) => entry(id, MONTHS[month]! + hour * 3_600_000, minutes, { note: `${id}@${month}:${hour}` }));
const changeArb = fc.record({
  put: fc.uniqueArray(entryArb, { selector: (e) => e.id, maxLength: 4 }),
  remove: fc.uniqueArray(fc.constantFrom(...IDS), { maxLength: 3 }),
});

type Model = Map<string, Entry>;

function applyToModel(model: Model, change: { put: Entry[]; remove: string[] }): Model {
  const next = new Map(model);
  for (const e of change.put) next.set(e.id, e);
  for (const id of change.remove) next.delete(id);
  return next;
}

const view = (entries: readonly Entry[]) => [...entries].map((e) => `${e.id}:${e.start}-${e.end}:${e.note}`).sort();
const modelView = (model: Model) => view([...model.values()]);

/** What a restart would load, read from a copy of the folder so the store under test keeps its own files. */
function reopenedCopy(dataDir: string): DataStore {
  const copy = tempDataDir();
  fs.cpSync(dataDir, copy, { recursive: true });
  return open(copy);
}

describe('a multi-entry change is all or nothing when a disk write fails part-way', () => {
  it('memory and a fresh reopen of the folder show every change that succeeded, whole, and none of one that failed', () => {
    fc.assert(
      fc.property(
        fc.array(entryArb, { maxLength: 5 }),
        fc.array(changeArb, { minLength: 1, maxLength: 3 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 14 }), { minLength: 1, maxLength: 2 }),
        (seed, changes, failOn) => {
          const dataDir = tempDataDir();
          const unique = [...new Map(seed.map((e) => [e.id, e])).values()];
          open(dataDir).applyEntries({ put: unique });
          let model: Model = new Map(unique.map((e) => [e.id, e]));

          const names: string[] = [];
          const store = open(dataDir, failingBackend((call) => failOn.includes(call), names));
          for (const change of changes) {
            let failed = false;
            try {
              store.applyEntries(change);
            } catch (error) {
              expect(error).toMatchObject({ code: 'storage' });
              failed = true;
            }
            if (!failed) model = applyToModel(model, change);
            expect(view(store.getEntries()), `in memory after ${failed ? 'a failed' : 'a'} change; writes: ${names.join(', ')}`).toEqual(modelView(model));
            expect(view(reopenedCopy(dataDir).getEntries()), `reopened after ${failed ? 'a failed' : 'a'} change; writes: ${names.join(', ')}`).toEqual(modelView(model));
          }
          // Before a quit, flush finishes what a failed checkpoint left: no journal is left to replay, unless the
          // disk refused the flush's own writes too (then the journal still holds the change for the next start).
          const before = names.length;
          void store.flush();
          const flushFailed = failOn.some((k) => k >= before && k < names.length);
          if (!flushFailed) expect(listFiles(dataDir)).not.toContain('entries-journal.json');
          expect(view(open(dataDir).getEntries())).toEqual(modelView(model));
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);

  it('flush writes the month files a failed checkpoint left to the journal, then drops the journal', async () => {
    const dataDir = tempDataDir();
    open(dataDir); // the first run writes its settings
    const names: string[] = [];
    // Write 0 is the journal; write 1 (the first month file of the checkpoint) fails.
    const store = open(dataDir, failingBackend((call) => call === 1, names));
    store.applyEntries({ put: [entry('a', MONTHS[0]!), entry('b', MONTHS[2]!)] });
    expect(names.slice(0, 2)).toEqual(['entries-journal', 'entries-2026-10']);
    expect(listFiles(dataDir)).toContain('entries-journal.json');
    expect(listFiles(dataDir)).not.toContain('entries-2026-10.json');

    await store.flush();
    expect(listFiles(dataDir)).not.toContain('entries-journal.json');
    expect(listFiles(dataDir)).toEqual(expect.arrayContaining(['entries-2026-10.json', 'entries-2026-12.json']));
    expect(view(open(dataDir).getEntries())).toEqual(view(store.getEntries()));
  });
});
