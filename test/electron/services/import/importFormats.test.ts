import { afterEach, describe, expect, it } from 'vitest';
import { folderFingerprint, makeTestHost, type TestHost } from '../../../support/testHost';
import { importedCategoryId } from '../../../../electron/services/import/mapCategories';
import { at, entriesByName, fixture, refused } from '../importFixtures';

const HOUR = 3_600_000;

describe('import formats', () => {
  let host: TestHost;
  afterEach(() => host?.cleanup());

  it('Toggl with a byte-order mark and bare headers: zero-length rows, tag lists, quotes, backslashes and emoji come through, and a row past midnight keeps its end date', async () => {
    host = makeTestHost();
    const text = fixture('toggl-bare-headers.csv');
    const preview = await host.call('import.preview', { text, map: { climbing: 'fitness' } });
    expect(preview).toMatchObject({ format: 'toggl', total: 4, toImport: 4, duplicates: 0, problems: [], warnings: [], needsReason: [] });
    expect(preview.newCategories).toEqual([
      { name: 'Deep Work', area: 'work' },
      { name: 'Climbing', area: 'fitness' },
    ]);
    expect(host.app.store.getEntries()).toHaveLength(0);

    const result = await host.call('import.apply', { text, map: { climbing: 'fitness' } });
    expect(result).toMatchObject({ imported: 4, skipped: 0, duplicates: 0 });
    expect(result.createdCategories.map((c) => [c.name, c.area])).toEqual([
      ['Deep Work', 'work'],
      ['Climbing', 'fitness'],
    ]);
    expect(entriesByName(host).map(({ start, end, category, note, tags, source }) => ({ start, end, category, note, tags, source }))).toEqual([
      { start: at('2026-11-02T10:23:52+01:00'), end: at('2026-11-02T10:23:52+01:00'), category: 'Deep Work', note: '', tags: ['Development', 'Backend'], source: 'import:toggl' },
      {
        start: at('2026-11-02T11:00:00+01:00'),
        end: at('2026-11-02T12:30:15+01:00'),
        category: 'Deep Work',
        note: 'Task 1: Said "done", then \\ fixed C:\\temp \\\\ 🔥',
        tags: [],
        source: 'import:toggl',
      },
      { start: at('2026-11-02T18:00:00+01:00'), end: at('2026-11-02T19:45:00+01:00'), category: 'Climbing', note: 'Bouldering 🧗', tags: ['outdoor'], source: 'import:toggl' },
      { start: at('2026-11-02T23:30:00+01:00'), end: at('2026-11-03T01:15:00+01:00'), category: 'Deep Work', note: 'Release night', tags: [], source: 'import:toggl' },
    ]);
  });

  it('Toggl with quoted headers in another order and columns missing: notes keep commas and line breaks, a row without a project goes to "No project"', async () => {
    host = makeTestHost();
    const preview = await host.call('import.preview', { text: fixture('toggl-quoted-headers.csv') });
    expect(preview.rows.map((r) => r.line)).toEqual([2, 4]); // the first row's note spans lines 2 and 3
    const result = await host.call('import.apply', { text: fixture('toggl-quoted-headers.csv') });
    expect(result.imported).toBe(2);
    expect(entriesByName(host).map(({ category, note, start, end }) => ({ category, note, minutes: (end - start) / 60_000, start }))).toEqual([
      { category: 'Writing', note: 'Notes, with a comma\nand a second line', minutes: 60, start: at('2026-11-03T09:00:00+01:00') },
      { category: 'No project', note: '', minutes: 20.5, start: at('2026-11-03T10:00:00+01:00') },
    ]);
  });

  it('Clockify: US dates, 12-hour times with and without seconds, Activity for Task, Client moved last and left out of short rows; the duration settles the seconds a time leaves out', async () => {
    host = makeTestHost();
    const preview = await host.call('import.preview', { text: fixture('clockify-us-12h.csv') });
    expect(preview).toMatchObject({ format: 'clockify', total: 3, toImport: 3, problems: [] });
    await host.call('import.apply', { text: fixture('clockify-us-12h.csv') });
    expect(entriesByName(host).map(({ start, end, note, tags }) => ({ start, end, note, tags }))).toEqual([
      // 09:05 AM without seconds, 10:05:30 AM, 1:00:10 long: the start was 09:05:20.
      { start: at('2026-11-04T09:05:20+01:00'), end: at('2026-11-04T10:05:30+01:00'), note: 'Meetings: Kick-off', tags: [] },
      { start: at('2026-11-04T12:30:00+01:00'), end: at('2026-11-04T13:15:00+01:00'), note: 'Lunch call', tags: [] },
      { start: at('2026-11-04T23:50:00+01:00'), end: at('2026-11-05T00:20:00+01:00'), note: 'Night fix', tags: ['Urgent', 'Ops'] },
    ]);
  });

  it('dates that cannot be month first (25/11/2026) make the file read day first, and the import says so', async () => {
    host = makeTestHost();
    const preview = await host.call('import.preview', { text: fixture('toggl-day-first.csv') });
    expect(preview.problems).toEqual([]);
    expect(preview.warnings.map((w) => w.message).join(' ')).toMatch(/day first/);
    expect(preview.rows.map((r) => r.start)).toEqual([at('2026-11-25T09:00:00+01:00'), at('2026-11-03T09:00:00+01:00')]);
  });

  it('Harvest: hours with a decimal comma or point, or h:mm, each day stacked from 09:00 in file order; zero hours is a zero-length entry', async () => {
    host = makeTestHost();
    const result = await host.call('import.apply', { text: fixture('harvest-decimal-comma.csv') });
    expect(result).toMatchObject({ imported: 5, problems: [] });
    const nine = at('2026-11-05T09:00:00+01:00');
    expect(entriesByName(host).map(({ start, end, category, note }) => ({ start, end, category, note }))).toEqual([
      { start: nine, end: nine + 2.5 * HOUR, category: 'Deep Work', note: '' },
      { start: nine + 2.5 * HOUR, end: nine + 2.5 * HOUR + 36_000, category: 'Client Work', note: 'Task 1: Working hard' },
      { start: nine + 2.5 * HOUR + 36_000, end: nine + 4 * HOUR + 36_000, category: 'Deep Work', note: 'Second block' },
      { start: at('2026-11-06T09:00:00+01:00'), end: at('2026-11-06T10:45:00+01:00'), category: 'Deep Work', note: 'Timesheet in h:mm' },
      { start: at('2026-11-06T10:45:00+01:00'), end: at('2026-11-06T10:45:00+01:00'), category: 'Deep Work', note: 'Nothing done' },
    ]);
  });

  it('Harvest: a day whose hours would run past midnight from 09:00 starts as late as ends by midnight; more than a day holds is said', async () => {
    host = makeTestHost();
    const text = ['Date,Project,Task,Notes,Hours', '2026-11-11,Work,Dev,,12', '2026-11-12,Work,Dev,,8', '2026-11-11,Work,Dev,,6', '2026-11-13,Work,Dev,,25'].join('\n');
    const preview = await host.call('import.preview', { text, format: 'harvest' });
    expect(preview.rows.map((r) => [r.start, r.end])).toEqual([
      // 18 h on the 11th, its rows apart in the file: 06:00 to midnight, not 09:00 to 03:00 on the 12th.
      [at('2026-11-11T06:00:00+01:00'), at('2026-11-11T18:00:00+01:00')],
      [at('2026-11-12T09:00:00+01:00'), at('2026-11-12T17:00:00+01:00')],
      [at('2026-11-11T18:00:00+01:00'), at('2026-11-12T00:00:00+01:00')],
      [at('2026-11-13T00:00:00+01:00'), at('2026-11-14T01:00:00+01:00')],
    ]);
    expect(preview.warnings.map((w) => w.message).join(' ')).toMatch(/the hours of 2026-11-13 add up to 25 h, more than the day holds: they run into the next day/);
  });

  it('the generic ISO-8601 layout: instants in UTC or with an offset are exact, times without one are local', async () => {
    host = makeTestHost();
    const result = await host.call('import.apply', { text: fixture('generic-iso.csv') });
    expect(result.imported).toBe(4);
    expect(entriesByName(host).map(({ start, end, note }) => ({ start, end, note }))).toEqual([
      { start: at('2026-11-09T08:00:00Z'), end: at('2026-11-09T08:00:00Z'), note: '' },
      { start: at('2026-11-09T09:00:00Z'), end: at('2026-11-09T10:00:01Z'), note: 'Task 1: Working hard' },
      { start: at('2026-11-09T11:00:00Z'), end: at('2026-11-09T11:30:00Z'), note: 'With offset' },
      { start: at('2026-11-09T14:00:00+01:00'), end: at('2026-11-09T14:45:00+01:00'), note: 'Local time' },
    ]);
  });

  it("Timelock's own CSV: ids, areas, tags holding commas, a formula-like note and override reasons come back exactly", async () => {
    host = makeTestHost();
    const result = await host.call('import.apply', { text: fixture('timelock.csv') });
    expect(result.createdCategories.map((c) => [c.name, c.area])).toEqual([['Climbing', 'fitness']]);
    expect(entriesByName(host)).toEqual([
      {
        id: 'e-1',
        start: at('2026-11-10T09:00:00+01:00'),
        end: at('2026-11-10T10:30:00.250+01:00'),
        category: 'Work',
        note: '=SUM(A1:A2) is a note, not a formula',
        tags: ['a, b', 'c'],
        source: 'manual',
      },
      { id: 'e-2', start: at('2026-11-10T18:00:00+01:00'), end: at('2026-11-10T19:00:00+01:00'), category: 'Climbing', note: 'Wall  session', tags: ['indoor', 'strength'], source: 'timer' },
      {
        id: 'e-3',
        start: at('2026-11-10T21:00:00+01:00'),
        end: at('2026-11-10T22:00:00+01:00'),
        category: 'Work',
        note: 'Late',
        tags: [],
        source: 'timer',
        overrideReason: 'Deadline for the release',
      },
    ]);
  });

  it("Timelock's own JSON brings its entries in their categories (area and colour kept); JSON that is not Timelock data is refused", async () => {
    host = makeTestHost();
    const data = {
      format: 'timelock-data',
      dataVersion: 1,
      createdAt: 0,
      range: null,
      settings: host.app.store.getSettings(),
      categories: [{ id: 'c-run', name: 'Running', area: 'fitness', color: '#F0E442', archived: false }],
      entries: [{ id: 'r-1', categoryId: 'c-run', start: at('2026-11-14T08:00:00+01:00'), end: at('2026-11-14T08:45:00+01:00'), note: '5 km', tags: [], source: 'timer' }],
      nudges: { log: [], snoozes: [], unlocks: [] },
      checkIns: [],
    };
    const result = await host.call('import.apply', { text: JSON.stringify(data), fileName: 'old-laptop.json' });
    expect(result.createdCategories).toEqual([{ id: importedCategoryId('Running'), name: 'Running', area: 'fitness', color: '#F0E442', archived: false }]);
    expect(entriesByName(host)).toEqual([{ id: 'r-1', start: data.entries[0]!.start, end: data.entries[0]!.end, category: 'Running', note: '5 km', tags: [], source: 'timer' }]);

    const before = folderFingerprint(host.dataDir);
    // Said once: the refusal's own opening and the reader's reason, not "not imported: … cannot be imported: …".
    expect((await refused(host, 'import.apply', { text: '{"name": "not ours"}' })).message).toBe('The file was not imported: It is not a Timelock data file (it has no "format": "timelock-data"). Nothing was written.');
    expect((await refused(host, 'import.apply', { text: '{"format": "timelock-data",' })).message).toMatch(/not valid JSON/);
    expect((await refused(host, 'import.apply', { text: JSON.stringify({ ...data, dataVersion: 7 }) })).message).toMatch(/newer Timelock/);
    expect(folderFingerprint(host.dataDir)).toBe(before);
  });

  it('a detailed export without end dates ends on the start date, or the next day when the end time is earlier', async () => {
    host = makeTestHost();
    const text = 'Project,Description,Start date,Start time,End time,Duration\nDeep Work,Day,2026-11-16,09:00,10:30,01:30:00\nDeep Work,Night,2026-11-16,23:00,00:45,01:45:00\n';
    const preview = await host.call('import.preview', { text });
    expect(preview.problems).toEqual([]);
    expect(preview.rows.map((r) => [r.start, r.end])).toEqual([
      [at('2026-11-16T09:00:00+01:00'), at('2026-11-16T10:30:00+01:00')],
      [at('2026-11-16T23:00:00+01:00'), at('2026-11-17T00:45:00+01:00')],
    ]);
  });

  it('a semicolon-separated export (a spreadsheet re-save) reads like a comma-separated one', async () => {
    host = makeTestHost();
    const preview = await host.call('import.preview', { text: fixture('toggl-semicolons.csv') });
    expect(preview).toMatchObject({ format: 'toggl', toImport: 1, problems: [] });
    expect(preview.rows[0]).toMatchObject({ note: 'Semicolon export, from a spreadsheet', tags: ['a', 'b'], start: at('2026-11-13T09:00:00+01:00') });
  });

  it('each layout is recognised from its header, and a format option overrides what the header says', async () => {
    host = makeTestHost();
    const formats: Record<string, string> = {
      'toggl-bare-headers.csv': 'toggl',
      'toggl-quoted-headers.csv': 'toggl',
      'clockify-us-12h.csv': 'clockify',
      'harvest-decimal-comma.csv': 'harvest',
      'generic-iso.csv': 'generic',
      'timelock.csv': 'timelock-csv',
    };
    for (const [name, format] of Object.entries(formats)) {
      expect((await host.call('import.preview', { text: fixture(name) })).format, name).toBe(format);
    }
    const forced = await host.call('import.preview', { text: fixture('toggl-bare-headers.csv'), format: 'clockify' });
    expect(forced).toMatchObject({ format: 'clockify', toImport: 4 });
  });

  it('a layout no format matches is refused with the columns it has and the formats Timelock knows, and nothing is written', async () => {
    host = makeTestHost();
    const before = folderFingerprint(host.dataDir);
    const preview = await host.call('import.preview', { text: fixture('unknown-format.csv'), fileName: 'spending.csv' });
    expect(preview.problems).toHaveLength(1);
    expect(preview.problems[0]!.message).toMatch(/spending\.csv has columns \('Name', 'Amount', 'Currency'\).*Toggl.*Clockify.*Harvest.*Timelock/);
    const error = await refused(host, 'import.apply', { text: fixture('unknown-format.csv'), skipInvalid: true });
    expect(error.code).toBe('bad-request');
    expect(folderFingerprint(host.dataDir)).toBe(before);
  });

  it('a required column missing refuses the whole file, even with skipInvalid', async () => {
    host = makeTestHost();
    const before = folderFingerprint(host.dataDir);
    const text = 'Date,Project,Notes\n2026-11-05,Deep Work,No hours\n';
    const error = await refused(host, 'import.apply', { text, format: 'harvest', skipInvalid: true });
    expect(error.message).toMatch(/no 'Hours' column/);
    const empty = await refused(host, 'import.apply', { text: '\uFEFF\n\n' });
    expect(empty.message).toMatch(/empty/);
    expect(folderFingerprint(host.dataDir)).toBe(before);
  });
});
