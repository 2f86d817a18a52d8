import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/defaults';
import { AppError } from '../../../shared/result';
import { openDataStore } from '../../../electron/storage/openDataStore';
import { fileTimestamp } from '../../../electron/storage/recovery';
import { entry, fixedClock, listFiles, NOW, readJson, runningTimer, STAMP, tempDataDir, writeRaw } from './storageFixtures';

const open = (dataDir: string) => openDataStore({ dataDir, systemTimeZone: 'Europe/Berlin', clock: fixedClock });

/** A folder whose settings were saved twice: the backup holds a 30 h cap, the main file a 20 h cap. */
function folderWithSettingsBackup(): string {
  const dataDir = tempDataDir();
  const store = open(dataDir);
  store.setSettings({ ...store.getSettings(), weeklyCapMinutes: 30 * 60 });
  store.setSettings({ ...store.getSettings(), weeklyCapMinutes: 20 * 60 });
  store.setTimer(runningTimer);
  store.applyEntries({ put: [entry('e1', Date.UTC(2026, 10, 2, 9))] });
  return dataDir;
}

describe('recovery of bad files', () => {
  it('stamps moved-aside files with a time that is safe in file names', () => {
    expect(fileTimestamp(NOW)).toBe(STAMP);
  });

  it('moves a settings file that is not JSON aside with its bytes intact, loads the backup and says where the file went', () => {
    const dataDir = folderWithSettingsBackup();
    const garbage = '{"dataVersion":1,"settings":{"weeklyCap';
    writeRaw(dataDir, 'settings.json', garbage);

    const store = open(dataDir);

    const moved = path.join(dataDir, `settings.corrupt-${STAMP}.json`);
    expect(fs.readFileSync(moved, 'utf8')).toBe(garbage);
    expect(store.getSettings().weeklyCapMinutes).toBe(30 * 60);
    expect(store.notices).toHaveLength(1);
    expect(store.notices[0]).toContain(moved);
    expect(store.notices[0]).toMatch(/not valid JSON/);
    expect(store.notices[0]).toMatch(/backup/);
    // Nothing else is lost, and the recovered settings are written back as the main file.
    expect(store.getTimer()).toEqual(runningTimer);
    expect(store.getEntries().map((e) => e.id)).toEqual(['e1']);
    expect(readJson(dataDir, 'settings.json')).toMatchObject({ settings: { weeklyCapMinutes: 30 * 60 } });
    expect(open(dataDir).notices).toEqual([]);
  });

  it('treats a file that parses but breaks the schema the same way', () => {
    const dataDir = folderWithSettingsBackup();
    const invalid = JSON.stringify({ dataVersion: 1, settings: { ...defaultSettings('Europe/Berlin'), weeklyCapMinutes: 'lots' }, categories: [] });
    writeRaw(dataDir, 'settings.json', invalid);

    const store = open(dataDir);

    const moved = path.join(dataDir, `settings.corrupt-${STAMP}.json`);
    expect(fs.readFileSync(moved, 'utf8')).toBe(invalid);
    expect(store.getSettings().weeklyCapMinutes).toBe(30 * 60);
    expect(store.notices[0]).toContain(moved);
    expect(store.notices[0]).toMatch(/settings\.weeklyCapMinutes/);
  });

  it('when the backup is bad too, keeps both files aside and starts that document alone from the defaults', () => {
    const dataDir = folderWithSettingsBackup();
    writeRaw(dataDir, 'settings.json', 'garbage');
    writeRaw(dataDir, 'settings.backup.json', '[]');

    const store = open(dataDir);

    const movedMain = path.join(dataDir, `settings.corrupt-${STAMP}.json`);
    const movedBackup = path.join(dataDir, `settings.backup.corrupt-${STAMP}.json`);
    expect(fs.readFileSync(movedMain, 'utf8')).toBe('garbage');
    expect(fs.readFileSync(movedBackup, 'utf8')).toBe('[]');
    expect(store.getSettings()).toEqual(defaultSettings('Europe/Berlin'));
    expect(store.notices).toHaveLength(1);
    expect(store.notices[0]).toContain(movedMain);
    expect(store.notices[0]).toContain(movedBackup);
    expect(store.getTimer()).toEqual(runningTimer);
    expect(store.getEntries()).toHaveLength(1);
  });

  it('with no backup yet, keeps the bad file aside and starts from the defaults', () => {
    const dataDir = tempDataDir();
    const store = open(dataDir);
    store.setTimer(runningTimer);
    writeRaw(dataDir, 'timer.json', '\u0000\u0000\u0000');
    const again = open(dataDir);
    expect(again.getTimer()).toBeNull();
    expect(fs.readFileSync(path.join(dataDir, `timer.corrupt-${STAMP}.json`), 'utf8')).toBe('\u0000\u0000\u0000');
    expect(again.notices[0]).toMatch(/no backup/);
  });

  it('never replaces an earlier moved-aside file with the same stamp', () => {
    const dataDir = folderWithSettingsBackup();
    writeRaw(dataDir, 'settings.json', 'first');
    open(dataDir);
    writeRaw(dataDir, 'settings.json', 'second');
    const store = open(dataDir);
    expect(fs.readFileSync(path.join(dataDir, `settings.corrupt-${STAMP}.json`), 'utf8')).toBe('first');
    expect(fs.readFileSync(path.join(dataDir, `settings.corrupt-${STAMP}-2.json`), 'utf8')).toBe('second');
    expect(store.notices[0]).toContain(`settings.corrupt-${STAMP}-2.json`);
  });

  it('recovers one bad month of entries from its backup and leaves the other months alone', () => {
    const dataDir = tempDataDir();
    const store = open(dataDir);
    store.applyEntries({ put: [entry('oct', Date.UTC(2026, 9, 5, 9)), entry('nov', Date.UTC(2026, 10, 5, 9))] });
    store.applyEntries({ put: [entry('nov2', Date.UTC(2026, 10, 6, 9))] });
    writeRaw(dataDir, 'entries-2026-11.json', '{"dataVersion":1,"entries":[{"id":');

    const again = open(dataDir);

    expect(again.getEntries().map((e) => e.id)).toEqual(['oct', 'nov']);
    expect(fs.existsSync(path.join(dataDir, `entries-2026-11.corrupt-${STAMP}.json`))).toBe(true);
    expect(again.notices).toHaveLength(1);
    expect(again.notices[0]).toContain('2026-11');
  });

  it('loads the backup when only the backup of a file is left', () => {
    const dataDir = folderWithSettingsBackup();
    fs.rmSync(path.join(dataDir, 'settings.json'));
    const store = open(dataDir);
    expect(store.getSettings().weeklyCapMinutes).toBe(30 * 60);
    expect(store.notices[0]).toMatch(/settings\.json was missing/);
  });

  it('moves a damaged backup aside instead of overwriting it at the next save', () => {
    const dataDir = tempDataDir();
    const store = open(dataDir);
    store.setTimer(runningTimer);
    writeRaw(dataDir, 'timer.backup.json', 'scribbles');
    const again = open(dataDir);
    again.setTimer(null);
    expect(fs.readFileSync(path.join(dataDir, `timer.backup.corrupt-${STAMP}.json`), 'utf8')).toBe('scribbles');
    expect(readJson(dataDir, 'timer.backup.json')).toEqual({ dataVersion: 2, timer: runningTimer });
  });
});

describe('a data folder from a newer Timelock', () => {
  it('is refused with a storage error naming the file, and nothing in the folder changes', () => {
    const dataDir = folderWithSettingsBackup();
    const newer = JSON.stringify({ dataVersion: 7, settings: { whatever: true } });
    writeRaw(dataDir, 'settings.json', newer);
    writeRaw(dataDir, 'timer.json', 'also corrupt, but must not be moved either');
    const before = snapshot(dataDir);

    let error: unknown;
    try {
      open(dataDir);
    } catch (caught) {
      error = caught;
    }

    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('storage');
    expect((error as AppError).message).toMatch(/settings\.json \(data version 7\)/);
    expect((error as AppError).message).toMatch(/newer version of Timelock/);
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('is refused when the newer file is the backup a bad main file would fall back to', () => {
    const dataDir = folderWithSettingsBackup();
    writeRaw(dataDir, 'settings.json', 'garbage');
    writeRaw(dataDir, 'settings.backup.json', JSON.stringify({ dataVersion: 3 }));
    const before = snapshot(dataDir);
    expect(() => open(dataDir)).toThrow(expect.objectContaining({ code: 'storage' }));
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('is refused for a month of entries as well', () => {
    const dataDir = tempDataDir();
    writeRaw(dataDir, 'entries-2031-01.json', JSON.stringify({ dataVersion: 3, entries: [] }));
    expect(() => open(dataDir)).toThrow(/entries-2031-01\.json \(data version 3\)/);
    expect(listFiles(dataDir)).toEqual(['entries-2031-01.json']);
  });
});

/** Every file's name, bytes and modification time. */
function snapshot(dir: string): Record<string, { text: string; mtimeMs: number }> {
  return Object.fromEntries(
    listFiles(dir).map((name) => {
      const file = path.join(dir, name);
      return [name, { text: fs.readFileSync(file, 'utf8'), mtimeMs: fs.statSync(file).mtimeMs }];
    }),
  );
}
