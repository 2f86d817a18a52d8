import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/defaults';
import { CURRENT_DATA_VERSION, migrateDocument, type MigrationTable } from '../../../electron/storage/migrations';
import { openDataStore } from '../../../electron/storage/openDataStore';
import { fixedClock, listFiles, readJson, tempDataDir, writeRaw } from './storageFixtures';

const open = (dataDir: string) => openDataStore({ dataDir, systemTimeZone: 'UTC', clock: fixedClock });

/** Settings as the pre-release build (data version 0) saved them: no dataVersion field, the cap in hours. */
function version0Settings(): string {
  const { weeklyCapMinutes: _dropped, ...settings } = defaultSettings('Europe/Lisbon');
  return JSON.stringify(
    {
      settings: { ...settings, weeklyCapHours: 32.5 },
      categories: [{ id: 'work', name: 'Work', area: 'work', color: '#0072B2', archived: false }],
    },
    null,
    '\t',
  );
}

describe('data migrations', () => {
  it('upgrades a version-0 settings file, where the cap was in hours, to version 1 on load', () => {
    const dataDir = tempDataDir();
    writeRaw(dataDir, 'settings.json', version0Settings());
    writeRaw(dataDir, 'timer.json', JSON.stringify({ timer: null }));

    const store = open(dataDir);

    expect(store.getSettings().weeklyCapMinutes).toBe(1950);
    expect(store.getSettings()).not.toHaveProperty('weeklyCapHours');
    expect(store.getSettings().timeZone).toBe('Europe/Lisbon');
    expect(store.getCategories().map((c) => c.id)).toEqual(['work']);
    expect(store.notices).toEqual([]);
    // Loading alone writes nothing; the next save writes the new layout, and the backup holds the upgraded old one.
    expect(listFiles(dataDir)).toEqual(['settings.json', 'timer.json']);
    store.setSettings({ ...store.getSettings(), lockMode: 'hard' });
    expect(readJson(dataDir, 'settings.json')).toMatchObject({ dataVersion: 2, settings: { weeklyCapMinutes: 1950, lockMode: 'hard' } });
    expect(readJson(dataDir, 'settings.backup.json')).toMatchObject({ dataVersion: 2, settings: { weeklyCapMinutes: 1950, lockMode: 'off' } });
  });

  it('opens a version-1 folder with its settings as the one span of the timeline, and no days off', () => {
    const dataDir = tempDataDir();
    const { timeline: _t, daysOff: _d, ...version1 } = defaultSettings('Europe/Berlin');
    const saved = { ...version1, weeklyCapMinutes: 1200, dailyCapMinutes: 300, targets: { fitnessMinutes: 90, familyMinutes: 600 } };
    writeRaw(dataDir, 'settings.json', JSON.stringify({ dataVersion: 1, settings: saved, categories: [] }));
    writeRaw(dataDir, 'entries-2026-10.json', JSON.stringify({ dataVersion: 1, entries: [{ id: 'a', categoryId: 'work', start: Date.UTC(2026, 9, 6, 8), end: Date.UTC(2026, 9, 6, 16), note: '', tags: [], source: 'manual' }] }));

    const store = open(dataDir);

    expect(store.getSettings().timeline).toEqual([{ from: null, weeklyCapMinutes: 1200, dailyCapMinutes: 300, workWindows: saved.workWindows, targets: saved.targets }]);
    expect(store.getSettings().daysOff).toEqual([]);
    expect(store.getSettings().weeklyCapMinutes).toBe(1200);
    expect(store.getEntries().map((e) => e.id)).toEqual(['a']);
    expect(store.notices).toEqual([]);
  });

  it('runs the steps in order from the stored version and stamps each new version', () => {
    const table: MigrationTable = {
      0: { settings: (doc) => ({ ...doc, trail: ['0→1'] }) },
      1: { settings: (doc) => ({ ...doc, trail: [...(doc.trail as string[]), '1→2'] }) },
      2: {},
    };
    expect(migrateDocument('settings', {}, table, 3)).toEqual({ state: 'ok', fromVersion: 0, doc: { dataVersion: 3, trail: ['0→1', '1→2'] } });
    expect(migrateDocument('settings', { dataVersion: 1, trail: [] }, table, 3)).toMatchObject({ doc: { trail: ['1→2'] } });
    expect(migrateDocument('timer', { timer: null }, table, 3)).toEqual({ state: 'ok', fromVersion: 0, doc: { timer: null, dataVersion: 3 } });
  });

  it('reports a newer version, an odd version and a failing step without throwing', () => {
    expect(migrateDocument('settings', { dataVersion: CURRENT_DATA_VERSION + 1 })).toEqual({ state: 'newer', version: CURRENT_DATA_VERSION + 1 });
    expect(migrateDocument('settings', { dataVersion: '1' })).toMatchObject({ state: 'bad' });
    expect(migrateDocument('settings', [])).toMatchObject({ state: 'bad' });
    const throwing: MigrationTable = {
      0: {
        settings: () => {
          throw new Error('boom');
        },
      },
    };
    expect(migrateDocument('settings', {}, throwing, 1)).toEqual({ state: 'bad', reason: 'upgrading it from data version 0 failed (boom)' });
    expect(migrateDocument('settings', {}, {}, 1)).toMatchObject({ state: 'bad', reason: expect.stringMatching(/no upgrade from data version 0/) });
  });
});
