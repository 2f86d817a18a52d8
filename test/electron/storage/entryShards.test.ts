import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/model';
import { createConfBackend } from '../../../electron/storage/confBackend';
import type { BackendFactory } from '../../../electron/storage/documentBackend';
import { openDataStore } from '../../../electron/storage/openDataStore';
import { entry, fixedClock, HOUR, listFiles, readJson, tempDataDir, writeRaw } from './storageFixtures';

/** The conf backend, recording every document name written and failing every write after `failAfter` of them. */
function recordingBackend(log: string[], failAfter = Infinity): BackendFactory {
  return (dataDir) => {
    const inner = createConfBackend(dataDir);
    return {
      pathOf: (name) => inner.pathOf(name),
      write(name, document) {
        if (log.length >= failAfter) throw new Error('simulated crash: the process is gone');
        log.push(name);
        inner.write(name, document);
      },
    };
  };
}

const open = (dataDir: string, backend?: BackendFactory) => openDataStore({ dataDir, backend, systemTimeZone: 'UTC', clock: fixedClock });

describe('a five-year store of 25,000 entries', () => {
  const first = Date.UTC(2021, 11, 1);
  const step = 105 * 60_000; // an entry every 1 h 45 min: 25,000 of them span about five years
  const entries: Entry[] = Array.from({ length: 25_000 }, (_, i) => entry(`e${i}`, first + i * step, 60, { note: `entry ${i}` }));
  let dataDir: string;

  beforeAll(() => {
    dataDir = tempDataDir();
    open(dataDir).applyEntries({ put: entries });
  });

  it('is stored as one file per UTC month of start', () => {
    const shards = listFiles(dataDir).filter((name) => /^entries-\d{4}-\d{2}\.json$/.test(name));
    expect(shards.length).toBeGreaterThanOrEqual(60);
    expect(shards[0]).toBe('entries-2021-12.json');
    expect(readJson(dataDir, 'entries-2022-03.json')).toMatchObject({ dataVersion: 2 });
  });

  it('rewrites only the one month a new entry falls in', () => {
    const writes: string[] = [];
    const store = open(dataDir, recordingBackend(writes));
    expect(store.getEntries()).toHaveLength(25_000);
    const mtimes = () => Object.fromEntries(listFiles(dataDir).map((name) => [name, fs.statSync(path.join(dataDir, name)).mtimeMs]));
    const before = mtimes();

    store.applyEntries({ put: [entry('new', Date.UTC(2024, 1, 29, 12), 30)] });

    expect(writes).toEqual(['entries-2024-02.backup', 'entries-2024-02']);
    const after = mtimes();
    const changed = Object.keys(after).filter((name) => after[name] !== before[name]);
    expect(changed.sort()).toEqual(['entries-2024-02.backup.json', 'entries-2024-02.json'].filter((n) => n in after).sort());
    expect(store.getEntries()).toHaveLength(25_001);
  });

  it('answers a week from the index without touching the disk', () => {
    const store = open(dataDir);
    const week = Date.UTC(2025, 5, 2);
    const found = store.entriesBetween(week, week + 7 * 24 * HOUR);
    expect(found).toEqual(entries.filter((e) => e.start < week + 7 * 24 * HOUR && e.end > week));
    expect(found.length).toBeGreaterThan(90);
  });
});

describe('a change that spans months', () => {
  it('survives a crash between its shard writes: the moved entry is there exactly once', () => {
    const dataDir = tempDataDir();
    const store = open(dataDir);
    store.applyEntries({ put: [entry('moving', Date.UTC(2026, 10, 30, 20)), entry('stays', Date.UTC(2026, 10, 3, 9))] });

    // The journal and the first shard reach the disk, then the process dies.
    const writes: string[] = [];
    const doomed = open(dataDir, recordingBackend(writes, 2));
    doomed.applyEntries({ put: [entry('moving', Date.UTC(2026, 11, 1, 9)), entry('added', Date.UTC(2027, 0, 4, 9))] });
    expect(writes).toEqual(['entries-journal', 'entries-2026-11.backup']);
    expect(listFiles(dataDir)).toContain('entries-journal.json');

    const restarted = open(dataDir);
    expect(restarted.getEntries().map((e) => e.id)).toEqual(['stays', 'moving', 'added']);
    expect(restarted.getEntries()[1]!.start).toBe(Date.UTC(2026, 11, 1, 9));
    expect(restarted.notices).toEqual([]);
    // The replay finished the change on disk and dropped the journal.
    expect(listFiles(dataDir)).not.toContain('entries-journal.json');
    expect(readJson(dataDir, 'entries-2026-11.json')).toMatchObject({ entries: [{ id: 'stays' }] });
    expect(open(dataDir).getEntries()).toEqual(restarted.getEntries());
  });

  it('a crash before the journal is written leaves the change out entirely', () => {
    const dataDir = tempDataDir();
    open(dataDir).applyEntries({ put: [entry('a', Date.UTC(2026, 10, 30, 20))] });
    const doomed = open(dataDir, recordingBackend([], 0));
    expect(() => doomed.applyEntries({ put: [entry('a', Date.UTC(2026, 11, 1, 9)), entry('b', Date.UTC(2027, 0, 1, 9))] })).toThrow(
      expect.objectContaining({ code: 'storage' }),
    );
    expect(doomed.getEntries().map((e) => [e.id, e.start])).toEqual([['a', Date.UTC(2026, 10, 30, 20)]]);
    expect(open(dataDir).getEntries()).toEqual(doomed.getEntries());
  });

  it('an unexpected error after the journal is written does not report the committed change as failed, and is told', () => {
    const dataDir = tempDataDir();
    open(dataDir);
    // Not the disk refusing a write (that is a storage error the journal exists for): a fault of another kind while
    // the month files are written, after the journal holds the change.
    const faulty: BackendFactory = (dir) => {
      const inner = createConfBackend(dir);
      return {
        pathOf(name) {
          if (name === 'entries-2026-12') throw new TypeError('simulated: an unexpected fault while writing the month files');
          return inner.pathOf(name);
        },
        write: (name, document) => inner.write(name, document),
      };
    };
    const store = open(dataDir, faulty);
    const change = [entry('nov', Date.UTC(2026, 10, 3, 9)), entry('dec', Date.UTC(2026, 11, 3, 9))];

    expect(() => store.applyEntries({ put: change })).not.toThrow();

    expect(store.getEntries()).toEqual(change);
    expect(store.notices).toEqual([expect.stringMatching(/was saved \(held by entries-journal\.json\).*unexpected fault while writing the month files/)]);
    expect(listFiles(dataDir)).toContain('entries-journal.json');
    // The next start replays the journal: the change is there, whole.
    expect(open(dataDir).getEntries()).toEqual(change);
    expect(listFiles(dataDir)).not.toContain('entries-journal.json');
  });

  it('keeps the copy written last if an entry is ever found in two months', () => {
    const dataDir = tempDataDir();
    const older = entry('twice', Date.UTC(2026, 9, 31, 23));
    const newer = entry('twice', Date.UTC(2026, 10, 1, 1), 60, { note: 'moved' });
    writeRaw(dataDir, 'entries-2026-10.json', JSON.stringify({ dataVersion: 1, entries: [older] }));
    writeRaw(dataDir, 'entries-2026-11.json', JSON.stringify({ dataVersion: 1, entries: [newer] }));
    const earlier = new Date(Date.UTC(2026, 0, 1));
    fs.utimesSync(path.join(dataDir, 'entries-2026-10.json'), earlier, earlier);

    const store = open(dataDir);

    expect(store.getEntries()).toEqual([newer]);
    expect(store.notices[0]).toMatch(/two month files/);
  });
});
