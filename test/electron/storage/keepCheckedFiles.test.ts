// The writers keep checked-files.json current for exactly the files they wrote (keepCheckedFiles.ts), and never
// vouch for bytes they did not write: the reader (openCheckedFiles) is the judge of what a status may trust.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKED_FILES, openCheckedFiles, readCheckedFilesIndex } from '../../../electron/storage/checkedFiles';
import { openDataStore } from '../../../electron/storage/openDataStore';
import { recordCheckedFiles } from '../../../electron/storage/recordCheckedFiles';
import { entry, fixedClock, HOUR, tempDataDir } from './storageFixtures';

const NOV = Date.UTC(2026, 10, 2, 9, 0);
const DEC = Date.UTC(2026, 11, 1, 9, 0);

function folderWithIndex() {
  const dataDir = tempDataDir();
  const store = openDataStore({ dataDir, systemTimeZone: 'Europe/Berlin', clock: fixedClock });
  store.applyEntries({ put: [entry('a', NOV), entry('b', DEC, 30)] });
  recordCheckedFiles(dataDir);
  return { dataDir, store };
}

describe('keeping the checked-files index current', () => {
  it('a write lists the new bytes of that file, with its first start and longest entry', async () => {
    const { dataDir, store } = folderWithIndex();
    store.applyEntries({ put: [entry('c', NOV - 24 * HOUR, 5 * 60)] });
    await Promise.resolve();
    const files = openCheckedFiles(dataDir);
    expect(files).not.toBeNull();
    expect((files!.read('entries-2026-11') as { entries: unknown[] }).entries).toHaveLength(2);
    expect(files!.firstEntryStart).toBe(NOV - 24 * HOUR);
    expect(files!.longestEntryMs).toBe(5 * HOUR);
  });

  it('a file changed by something else between the write and the index update is not listed, so it is not trusted', async () => {
    const { dataDir, store } = folderWithIndex();
    store.applyEntries({ put: [entry('c', NOV + 3 * HOUR)] });
    // Before the end of the change, when the index is brought up to date.
    const file = path.join(dataDir, 'entries-2026-11.json');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"note": ""', '"note": "not ours"'));
    await Promise.resolve();
    expect(readCheckedFilesIndex(dataDir)!.files['entries-2026-11.json']).toBeUndefined();
    expect(readCheckedFilesIndex(dataDir)!.files['entries-2026-12.json']).toBeDefined();
    expect(openCheckedFiles(dataDir)).toBeNull();
  });

  it('without an index, writing creates none (the next status records it after its full open)', async () => {
    const dataDir = tempDataDir();
    const store = openDataStore({ dataDir, systemTimeZone: 'Europe/Berlin', clock: fixedClock });
    store.applyEntries({ put: [entry('a', NOV)] });
    await Promise.resolve();
    expect(fs.existsSync(path.join(dataDir, CHECKED_FILES))).toBe(false);
  });

  it('a change over several months (journaled) lists every month it wrote, and the journal never', async () => {
    const { dataDir, store } = folderWithIndex();
    store.applyEntries({ put: [entry('a', DEC + 2 * HOUR), entry('d', Date.UTC(2027, 0, 4, 9, 0))] });
    await Promise.resolve();
    const listed = Object.keys(readCheckedFilesIndex(dataDir)!.files);
    expect(listed).toEqual(expect.arrayContaining(['entries-2026-11.json', 'entries-2026-12.json', 'entries-2027-01.json', 'settings.json']));
    expect(listed.some((name) => name.includes('journal') || name.includes('backup'))).toBe(false);
    expect(openCheckedFiles(dataDir)?.firstEntryStart).toBe(DEC);
  });
});
