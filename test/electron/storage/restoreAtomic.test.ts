// A restore replaces the whole data in one step: whichever write the disk refuses, and wherever the process dies,
// memory and the next start show either all of the data as it was or all of the restored data, never a mix.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEEDED_CATEGORIES, defaultSettings } from '../../../shared/defaults';
import type { Timebox } from '../../../shared/planModel';
import type { DataReplacement, DataStore } from '../../../electron/ports';
import type { BackendFactory } from '../../../electron/storage/documentBackend';
import { openDataStore } from '../../../electron/storage/openDataStore';
import { entry, fixedClock, listFiles, readJson, tempDataDir, writeRaw , failingBackend } from './storageFixtures';

const open = (dataDir: string, backend?: BackendFactory) => openDataStore({ dataDir, backend, systemTimeZone: 'UTC', clock: fixedClock });

const weekly = (id: string, startTime: string): Timebox => ({
  kind: 'weekly',
  id,
  categoryId: 'work',
  firstDate: '2026-11-02',
  startTime,
  durationMinutes: 60,
  weekdays: [1, 3],
  until: null,
  overrides: {},
  cancelled: [],
});

// The data as it is: entries in October, November and December (UTC months), one of each other record.
const OLD: Required<Omit<DataReplacement, 'addEntries' | 'removeEntries' | 'timer'>> = {
  settings: { ...defaultSettings('UTC'), weeklyCapMinutes: 35 * 60 },
  categories: [...SEEDED_CATEGORIES],
  entries: [entry('keep', Date.UTC(2026, 10, 3, 9)), entry('oct', Date.UTC(2026, 9, 5, 9)), entry('dec', Date.UTC(2026, 11, 7, 9))],
  nudgeLog: [{ id: 'n-old', kind: 'cap-warning', at: Date.UTC(2026, 10, 3, 16), text: 'Nearly at your cap' }],
  snoozes: [{ until: Date.UTC(2026, 10, 27) }],
  unlocks: [{ id: 'u-old', reason: 'deadline', requestedAt: Date.UTC(2026, 10, 3, 20), activeFrom: Date.UTC(2026, 10, 3, 20), activeUntil: Date.UTC(2026, 10, 3, 22) }],
  checkIns: [{ week: '2026-W45', at: Date.UTC(2026, 10, 8, 20), energy: 2, mood: 2, note: 'tired' }],
  timeboxes: [weekly('run', '07:00')],
};

// The backup: October is left empty, November changes, January is new; every other part differs too.
const RESTORED: Required<Omit<DataReplacement, 'addEntries' | 'removeEntries' | 'timer'>> = {
  settings: { ...defaultSettings('UTC'), weeklyCapMinutes: 28 * 60, lockMode: 'hard' },
  categories: [...SEEDED_CATEGORIES, { id: 'climbing', name: 'Climbing', area: 'fitness', color: '#2a9d8f', archived: false }],
  entries: [entry('keep', Date.UTC(2026, 10, 3, 9), 90, { note: 'as backed up' }), entry('jan', Date.UTC(2027, 0, 4, 9)), entry('dec', Date.UTC(2026, 11, 8, 9))],
  nudgeLog: [...OLD.nudgeLog, { id: 'n-new', kind: 'off-hours-work', at: Date.UTC(2026, 10, 4, 20), text: 'Work after hours' }],
  snoozes: [],
  unlocks: [...OLD.unlocks],
  checkIns: [{ week: '2026-W46', at: Date.UTC(2026, 10, 15, 20), energy: 4, mood: 5, note: 'rested' }],
  timeboxes: [weekly('run', '06:30'), weekly('swim', '18:00')],
};

/** Everything a restore replaces, as one comparable value. */
function wholeData(store: DataStore) {
  return {
    settings: store.getSettings(),
    categories: store.getCategories(),
    entries: [...store.getEntries()].map((e) => `${e.id}:${e.start}-${e.end}:${e.note}`).sort(),
    nudgeLog: store.getNudgeLog(),
    snoozes: store.getSnoozes(),
    unlocks: store.getUnlocks(),
    checkIns: store.getCheckIns(),
    timeboxes: store.getTimeboxes(),
  };
}

/** A data folder holding OLD, written the ordinary way, one part at a time. */
function seededFolder(): { dataDir: string; old: ReturnType<typeof wholeData> } {
  const dataDir = tempDataDir();
  const store = open(dataDir);
  store.setSettings(OLD.settings);
  store.setCategories(OLD.categories);
  store.applyEntries({ put: OLD.entries });
  for (const record of OLD.nudgeLog) store.appendNudge(record);
  store.setSnoozes(OLD.snoozes);
  for (const unlock of OLD.unlocks) store.appendUnlock(unlock);
  store.setCheckIns(OLD.checkIns);
  store.setTimeboxes(OLD.timeboxes);
  return { dataDir, old: wholeData(store) };
}

/** What a restart would load, from a copy of the folder so the store under test keeps its own files. */
function reopenedCopy(dataDir: string): DataStore {
  const copy = tempDataDir();
  fs.cpSync(dataDir, copy, { recursive: true });
  return open(copy);
}

const restoredView = (() => {
  const { dataDir } = seededFolder();
  const store = open(dataDir);
  store.replaceAll(RESTORED);
  return wholeData(store);
})();

/** How many writes a restore makes when the disk takes them all: the journal, then every document. */
const WRITES = (() => {
  const { dataDir } = seededFolder();
  const names: string[] = [];
  open(dataDir, failingBackend(() => false, names)).replaceAll(RESTORED);
  return names;
})();

describe('a restore is all or nothing', () => {
  it('replaces every part, the journal first and gone at the end, months left empty included', () => {
    expect(WRITES[0]).toBe('data-journal');
    expect(WRITES).toEqual(expect.arrayContaining(['settings', 'nudges', 'checkins', 'timeboxes', 'entries-2026-10', 'entries-2026-11', 'entries-2026-12', 'entries-2027-01']));
    expect(restoredView.settings.weeklyCapMinutes).toBe(28 * 60);
    expect(restoredView.entries).toEqual(['dec:1796720400000-1796724000000:', 'jan:1799053200000-1799056800000:', 'keep:1793696400000-1793701800000:as backed up']);
    const { dataDir, old } = seededFolder();
    expect(old.entries).toHaveLength(3);
    const store = open(dataDir);
    store.replaceAll(RESTORED);
    expect(listFiles(dataDir)).not.toContain('data-journal.json');
    expect(readJson(dataDir, 'entries-2026-10.json')).toMatchObject({ entries: [] });
    // The files as they were are kept as backups, like any other write.
    expect(readJson(dataDir, 'settings.backup.json')).toMatchObject({ settings: { weeklyCapMinutes: 35 * 60 } });
    expect(wholeData(open(dataDir))).toEqual(restoredView);
  });

  it('whichever single write the disk refuses: memory and a fresh start show all the old data or all the restored data', () => {
    for (let k = 0; k <= WRITES.length; k++) {
      const { dataDir, old } = seededFolder();
      const names: string[] = [];
      let diskFails = true;
      const store = open(dataDir, failingBackend((call) => diskFails && call === k, names));
      let threw = false;
      try {
        store.replaceAll(RESTORED);
      } catch (error) {
        expect(error).toMatchObject({ code: 'storage' });
        threw = true;
      }
      const expected = threw ? old : restoredView;
      // Only a refused commit (the journal, write 0) may fail the restore; after it the restore has happened.
      expect(threw, `write ${k} refused; writes: ${names.join(', ')}`).toBe(k === 0);
      expect(wholeData(store), `memory, write ${k} refused`).toEqual(expected);
      expect(wholeData(reopenedCopy(dataDir)), `reopened, write ${k} refused`).toEqual(expected);

      // The next change to a part the restore covers first finishes the restore's files, then is saved on top.
      diskFails = false;
      store.setCheckIns([]);
      expect(listFiles(dataDir)).not.toContain('data-journal.json');
      expect(wholeData(open(dataDir))).toEqual({ ...expected, checkIns: [] });
    }
  }, 120_000);

  it('when the disk refuses every write from some point on: the restore is whole or absent, and later changes are refused, not mixed in', () => {
    for (let k = 0; k <= WRITES.length; k++) {
      const { dataDir, old } = seededFolder();
      const store = open(dataDir, failingBackend((call) => call >= k, []));
      let threw = false;
      try {
        store.replaceAll(RESTORED);
      } catch {
        threw = true;
      }
      const expected = k === 0 ? old : restoredView;
      expect(threw).toBe(k === 0);
      expect(wholeData(store), `memory, writes refused from ${k}`).toEqual(expected);
      expect(wholeData(reopenedCopy(dataDir)), `reopened, writes refused from ${k}`).toEqual(expected);
      if (k > 0 && k < WRITES.length) {
        expect(listFiles(dataDir)).toContain('data-journal.json');
        // A change to a part the unfinished restore covers is refused: written now, the replay would undo it.
        expect(() => store.applyEntries({ put: [entry('late', Date.UTC(2026, 10, 20, 9))] })).toThrow(expect.objectContaining({ code: 'storage' }));
        expect(wholeData(store)).toEqual(restoredView);
      }
    }
  }, 120_000);

  it('the process dies after the journal is written, at any later write: the next start shows the restored data', () => {
    for (let k = 1; k <= WRITES.length; k++) {
      const { dataDir } = seededFolder();
      // From write k on, the process is gone: nothing more reaches the disk, and the store is never used again.
      const doomed = open(dataDir, failingBackend((call) => call >= k, []));
      doomed.replaceAll(RESTORED);
      const restarted = open(dataDir);
      expect(wholeData(restarted), `died at write ${k}`).toEqual(restoredView);
      expect(restarted.notices).toEqual([]);
      expect(listFiles(dataDir)).not.toContain('data-journal.json');
    }
  }, 120_000);

  it('the process dies before the journal is complete: the next start shows the old data', () => {
    const { dataDir, old } = seededFolder();
    const doomed = open(dataDir, failingBackend(() => true, []));
    expect(() => doomed.replaceAll(RESTORED)).toThrow(expect.objectContaining({ code: 'storage' }));
    expect(wholeData(open(dataDir))).toEqual(old);
  });

  it('a replay that stops part-way is itself replayed at the following start', () => {
    const { dataDir } = seededFolder();
    open(dataDir, failingBackend((call) => call >= 1, [])).replaceAll(RESTORED);
    // The next start dies too, after three of the journal's documents are written again.
    expect(() => open(dataDir, failingBackend((call) => call >= 3, []))).toThrow(expect.objectContaining({ code: 'storage' }));
    expect(listFiles(dataDir)).toContain('data-journal.json');
    expect(wholeData(open(dataDir))).toEqual(restoredView);
  });

  it('a damaged journal is moved aside with a notice, and the files are loaded as they are', () => {
    const { dataDir, old } = seededFolder();
    writeRaw(dataDir, 'data-journal.json', '{"dataVersion":1,"documents":[{"name":"sett');
    const store = open(dataDir);
    expect(wholeData(store)).toEqual(old);
    expect(store.notices).toEqual([expect.stringMatching(/A restore of your data was interrupted.*data-journal\.json.*moved aside to .*data-journal\.corrupt-/)]);
    expect(listFiles(dataDir).filter((f) => f.startsWith('data-journal'))).toEqual([expect.stringMatching(/^data-journal\.corrupt-.*\.json$/)]);
  });

  it('a journal naming a file outside the data documents is refused as damaged, and nothing is written from it', () => {
    const { dataDir, old } = seededFolder();
    const doc = { dataVersion: 1, checkIns: [] };
    writeRaw(dataDir, 'data-journal.json', JSON.stringify({ dataVersion: 1, documents: [{ name: '../outside', kind: 'checkins', doc }] }));
    const store = open(dataDir);
    expect(wholeData(store)).toEqual(old);
    expect(store.notices[0]).toMatch(/not a checkins document/);
  });
});
