import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDED_CATEGORIES, defaultSettings } from '../../../shared/defaults';
import type { CheckIn, NudgeRecord, Snooze, Unlock } from '../../../shared/model';
import { openDataStore } from '../../../electron/storage/openDataStore';
import { entry, fixedClock, HOUR, listFiles, readJson, runningTimer, tempDataDir } from './storageFixtures';

const open = (dataDir: string, systemTimeZone = 'Europe/Berlin') => openDataStore({ dataDir, systemTimeZone, clock: fixedClock });

describe('openDataStore', () => {
  it('on first run creates the folder and seeds default settings in the given zone and the three categories', () => {
    const dataDir = path.join(tempDataDir(), 'nested', 'Timelock');
    const store = open(dataDir, 'America/Chicago');
    expect(fs.statSync(dataDir).isDirectory()).toBe(true);
    expect(store.dataDir).toBe(dataDir);
    expect(store.getSettings()).toEqual(defaultSettings('America/Chicago'));
    expect(store.getCategories()).toEqual(SEEDED_CATEGORIES);
    expect(store.getTimer()).toBeNull();
    expect(store.getEntries()).toEqual([]);
    expect(store.getNudgeLog()).toEqual([]);
    expect(store.getSnoozes()).toEqual([]);
    expect(store.getUnlocks()).toEqual([]);
    expect(store.getCheckIns()).toEqual([]);
    expect(store.notices).toEqual([]);
    // The seeded zone is on disk, so a later start in another zone keeps it.
    expect(listFiles(dataDir)).toEqual(['settings.json']);
    expect(open(dataDir, 'Asia/Tokyo').getSettings().timeZone).toBe('America/Chicago');
  });

  it('keeps every document across a restart', async () => {
    const dataDir = tempDataDir();
    const store = open(dataDir);
    const settings = { ...defaultSettings('Europe/Berlin'), weeklyCapMinutes: 30 * 60, lockMode: 'soft' as const, quietHours: null };
    const categories = [...SEEDED_CATEGORIES, { id: 'reading', name: 'Reading', area: 'family' as const, color: '#CC79A7', archived: true }];
    const nudge: NudgeRecord = { id: 'n1', kind: 'cap-warning', at: Date.UTC(2026, 10, 25, 15), text: '90% of your week' };
    const snoozes: Snooze[] = [{ until: Date.UTC(2026, 10, 25, 16), kind: 'cap-warning' }, { until: Date.UTC(2026, 10, 26) }];
    const unlock: Unlock = { id: 'u1', reason: 'release night', requestedAt: 1, activeFrom: 60_001, activeUntil: 1_860_001 };
    const checkIns: CheckIn[] = [{ week: '2026-W48', at: Date.UTC(2026, 10, 29, 18), energy: 3, mood: 4, note: 'ok' }];
    const entries = [entry('e1', Date.UTC(2026, 10, 2, 9), 90, { tags: ['deep'], note: 'plan' }), entry('e2', Date.UTC(2026, 9, 30, 23), 120, { overrideReason: 'deadline' })];

    store.setSettings(settings);
    store.setCategories(categories);
    store.setTimer(runningTimer);
    store.applyEntries({ put: entries });
    store.appendNudge(nudge);
    store.updateNudge('n1', { choice: 'snooze-15' });
    store.setSnoozes(snoozes);
    store.appendUnlock(unlock);
    store.setCheckIns(checkIns);
    await store.flush();

    const again = open(dataDir);
    expect(again.getSettings()).toEqual(settings);
    expect(again.getCategories()).toEqual(categories);
    expect(again.getTimer()).toEqual(runningTimer);
    expect(again.getEntries()).toEqual([entries[1], entries[0]]);
    expect(again.getNudgeLog()).toEqual([{ ...nudge, choice: 'snooze-15' }]);
    expect(again.getSnoozes()).toEqual(snoozes);
    expect(again.getUnlocks()).toEqual([unlock]);
    expect(again.getCheckIns()).toEqual(checkIns);
    expect(again.notices).toEqual([]);
    expect(readJson(dataDir, 'timer.json')).toEqual({ dataVersion: 2, timer: runningTimer });
    expect(listFiles(dataDir)).toEqual(expect.arrayContaining(['entries-2026-10.json', 'entries-2026-11.json', 'nudges.json', 'checkins.json']));
  });

  it('has the running timer on disk the moment setTimer returns, and its stop too', () => {
    const dataDir = tempDataDir();
    const store = open(dataDir);
    store.setTimer(runningTimer);
    expect(open(dataDir).getTimer()).toEqual(runningTimer);
    store.setTimer(null);
    expect(open(dataDir).getTimer()).toBeNull();
  });

  it('keeps the previous good version of a file as its backup when it is overwritten', () => {
    const dataDir = tempDataDir();
    const store = open(dataDir);
    store.setTimer(runningTimer);
    expect(listFiles(dataDir)).not.toContain('timer.backup.json');
    store.setTimer(null);
    expect(readJson(dataDir, 'timer.backup.json')).toEqual({ dataVersion: 2, timer: runningTimer });
    expect(readJson(dataDir, 'timer.json')).toEqual({ dataVersion: 2, timer: null });
  });

  it('replaces a file by renaming a finished temp file over it, never by rewriting it in place', () => {
    const dataDir = tempDataDir();
    const store = open(dataDir);
    store.setTimer(runningTimer);
    const file = path.join(dataDir, 'timer.json');
    const before = fs.statSync(file).ino;
    store.setTimer(null);
    // A rename puts a new inode at the path; an in-place write would keep the old one.
    expect(fs.statSync(file).ino).not.toBe(before);
    expect(listFiles(dataDir).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it('hands out copies, so changing a returned value changes nothing stored', () => {
    const store = open(tempDataDir());
    store.getSettings().weeklyCapMinutes = 1;
    store.getCategories().pop();
    expect(store.getSettings().weeklyCapMinutes).toBe(35 * 60);
    expect(store.getCategories()).toHaveLength(3);
    const put = entry('e1', Date.UTC(2026, 10, 2, 9));
    store.applyEntries({ put: [put] });
    put.note = 'changed afterwards';
    expect(store.getEntries()[0]!.note).toBe('');
    expect(Object.isFrozen(store.getEntries()[0])).toBe(true);
  });

  it('refuses to store a document that would not load back, and keeps the old one', () => {
    const dataDir = tempDataDir();
    const store = open(dataDir);
    expect(() => store.setSettings({ ...store.getSettings(), weeklyCapMinutes: -5 })).toThrow(expect.objectContaining({ code: 'internal' }));
    expect(() => store.applyEntries({ put: [entry('', 0)] })).toThrow(expect.objectContaining({ code: 'internal' }));
    expect(open(dataDir).getSettings().weeklyCapMinutes).toBe(35 * 60);
    expect(store.getSettings().weeklyCapMinutes).toBe(35 * 60);
  });

  it('updating a nudge that is not in the log is a not-found error', () => {
    const store = open(tempDataDir());
    expect(() => store.updateNudge('nope', { choice: 'open' })).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('applies puts before removes, replaces by id, and moves an entry to the month its new start is in', () => {
    const dataDir = tempDataDir();
    const store = open(dataDir);
    const nov = Date.UTC(2026, 10, 30, 22);
    store.applyEntries({ put: [entry('a', nov), entry('b', nov + HOUR)] });
    store.applyEntries({ put: [entry('a', Date.UTC(2026, 11, 1, 8))], remove: ['b', 'unknown'] });
    expect(store.getEntries().map((e) => [e.id, e.start])).toEqual([['a', Date.UTC(2026, 11, 1, 8)]]);
    expect(readJson(dataDir, 'entries-2026-11.json')).toEqual({ dataVersion: 2, entries: [] });
    expect(readJson(dataDir, 'entries-2026-12.json')).toMatchObject({ entries: [{ id: 'a' }] });
    expect(listFiles(dataDir)).not.toContain('entries-journal.json');
    expect(open(dataDir).getEntries()).toEqual(store.getEntries());
  });

  it('reports a data folder that cannot be created as a storage error', () => {
    const blocker = path.join(tempDataDir(), 'a-file');
    fs.writeFileSync(blocker, 'not a folder');
    expect(() => open(path.join(blocker, 'data'))).toThrow(expect.objectContaining({ code: 'storage', message: expect.stringContaining(blocker) }));
  });
});
