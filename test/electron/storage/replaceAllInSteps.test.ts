// A whole-data change made in steps (a large import): its files are written while other requests are answered, it
// lands in one step, and only on the data it was built from; a crash at any point leaves the old or the new data.
import { describe, expect, it } from 'vitest';
import { SEEDED_CATEGORIES } from '../../../shared/defaults';
import type { Category, Entry } from '../../../shared/model';
import { DATA_JOURNAL, dataJournalPieces, type JournaledDocument } from '../../../electron/storage/dataJournal';
import { serializeDocument } from '../../../electron/storage/documentBackend';
import { CURRENT_DATA_VERSION } from '../../../electron/storage/migrations';
import { openDataStore } from '../../../electron/storage/openDataStore';
import { entry, fixedClock, HOUR, listFiles, tempDataDir } from './storageFixtures';

const open = (dataDir: string) => openDataStore({ dataDir, systemTimeZone: 'UTC', clock: fixedClock });
const CLIMBING: Category = { id: 'climbing', name: 'Climbing', area: 'fitness', color: '#123456', archived: false };

/** `count` entries, one every two hours from 2024-01-01: about three months of files. */
function rows(count: number): Entry[] {
  return Array.from({ length: count }, (_, i) => entry(`r${i}`, Date.UTC(2024, 0, 1) + i * 2 * HOUR, 30, { categoryId: 'climbing' }));
}

/** A pause that always hands the event loop a turn, and counts them. */
function turns() {
  const counted = { turns: 0 };
  return { counted, pause: () => new Promise<void>((resolve) => setImmediate(() => (counted.turns++, resolve()))) };
}

describe('a whole-data change made in steps', () => {
  it('is written while the event loop turns, requests meanwhile see none of it, and then all of it lands at once', async () => {
    const dataDir = tempDataDir();
    const store = open(dataDir);
    store.applyEntries({ put: [entry('mine', Date.UTC(2026, 10, 3, 9))] });
    const { counted, pause } = turns();
    const seen: Array<{ entries: number; climbing: boolean }> = [];
    let landed = false;
    const look = () => {
      if (landed) return;
      seen.push({ entries: store.getEntries().length, climbing: store.getCategories().some((c) => c.id === 'climbing') });
      setImmediate(look);
    };
    setImmediate(look);
    const done = await store.replaceAllInSteps({ categories: [...SEEDED_CATEGORIES, CLIMBING], addEntries: rows(1000) }, { pause, unchanged: () => true });
    landed = true;
    expect(done).toBe(true);
    expect(counted.turns).toBeGreaterThan(0);
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen.map((s) => JSON.stringify(s)))).toEqual(new Set([JSON.stringify({ entries: 1, climbing: false })]));
    expect(store.getEntries()).toHaveLength(1001);
    expect(store.getCategories().map((c) => c.id)).toContain('climbing');
    // Nothing left behind: no journal, no temp file; a restart reads the same.
    expect(listFiles(dataDir).filter((f) => f.startsWith(DATA_JOURNAL) || f.endsWith('.tmp'))).toEqual([]);
    const again = open(dataDir);
    expect(again.getEntries()).toEqual(store.getEntries());
    expect(again.getCategories()).toEqual(store.getCategories());
  });

  it('does not land on data changed meanwhile: it answers false, and the change saved meanwhile is all there is', async () => {
    const dataDir = tempDataDir();
    const store = open(dataDir);
    const { pause } = turns();
    let savedMeanwhile = false;
    const saving = async () => {
      await pause();
      store.applyEntries({ put: [entry('meanwhile', Date.UTC(2026, 10, 3, 9))] });
      savedMeanwhile = true;
    };
    const [done] = await Promise.all([store.replaceAllInSteps({ categories: [...SEEDED_CATEGORIES, CLIMBING], addEntries: rows(1000) }, { pause, unchanged: () => true }), saving()]);
    expect(savedMeanwhile).toBe(true);
    expect(done).toBe(false);
    expect(store.getEntries().map((e) => e.id)).toEqual(['meanwhile']);
    expect(store.getCategories().map((c) => c.id)).not.toContain('climbing');
    expect(listFiles(dataDir).filter((f) => f.startsWith(DATA_JOURNAL) || f.endsWith('.tmp'))).toEqual([]);
    expect(open(dataDir).getEntries().map((e) => e.id)).toEqual(['meanwhile']);
  });

  it("does not land when the caller's own check says the data it judged has changed", async () => {
    const dataDir = tempDataDir();
    const store = open(dataDir);
    const done = await store.replaceAllInSteps({ addEntries: rows(10) }, { pause: turns().pause, unchanged: () => false });
    expect(done).toBe(false);
    expect(store.getEntries()).toEqual([]);
    expect(listFiles(dataDir).filter((f) => f.startsWith('entries-') || f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes the journal a document at a time, byte for byte as it would be written whole', () => {
    const documents: JournaledDocument[] = [
      { name: 'settings', kind: 'settings', doc: { dataVersion: 1, note: 'a "quoted"\nline' } },
      { name: 'entries-2024-01', kind: 'entries', doc: { dataVersion: 1, entries: rows(3) } },
      { name: 'entries-2024-02', kind: 'entries', doc: { dataVersion: 1, entries: [] } },
    ];
    for (const list of [documents, documents.slice(0, 1), []]) {
      expect([...dataJournalPieces(list)].join('')).toBe(serializeDocument({ dataVersion: CURRENT_DATA_VERSION, documents: list }));
    }
  });
});
