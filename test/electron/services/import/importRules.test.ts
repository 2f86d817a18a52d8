import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/result';
import { folderFingerprint, makeTestHost, type TestHost } from '../../../support/testHost';
import { at, entriesByName, fixture, refused, togglCsv } from '../importFixtures';

describe('import rules', () => {
  let host: TestHost;
  afterEach(() => host?.cleanup());

  it('one bad row refuses the whole file with every problem listed by line, and nothing is written', async () => {
    host = makeTestHost();
    const before = folderFingerprint(host.dataDir);
    const text = fixture('bad-rows.csv');
    const preview = await host.call('import.preview', { text });
    expect(preview).toMatchObject({ total: 6, toImport: 2 });
    expect(preview.problems.map((p) => p.line)).toEqual([3, 4, 5, 6]);
    expect(preview.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^line 3: start date: '2026-02-30' is not a real date/),
      expect.stringMatching(/^line 4: it ends before it starts/),
      expect.stringMatching(/^line 5: the duration column says 2:00:00, but the start and end times are 1:00:00 apart/),
      expect.stringMatching(/^line 6: start time: '13:00 PM' is not a 12-hour time/),
    ]);
    expect(preview.rows.map((r) => r.status)).toEqual(['new', 'problem', 'problem', 'problem', 'problem', 'new']);

    const error = await refused(host, 'import.apply', { text });
    expect(error.code).toBe('bad-request');
    expect(error.issues?.map((i) => i.path)).toEqual(['line 3', 'line 4', 'line 5', 'line 6']);
    expect(folderFingerprint(host.dataDir)).toBe(before);
    expect(host.app.store.getCategories().map((c) => c.name)).toEqual(['Work', 'Fitness', 'Family']);
  });

  it('skipInvalid imports the rows that pass and counts the others as skipped, listing why', async () => {
    host = makeTestHost();
    const result = await host.call('import.apply', { text: fixture('bad-rows.csv'), skipInvalid: true });
    expect(result).toMatchObject({ imported: 2, skipped: 4, duplicates: 0 });
    expect(result.problems.map((p) => p.line)).toEqual([3, 4, 5, 6]);
    expect(entriesByName(host).map((e) => e.note)).toEqual(['Fine', 'Also fine']);
  });

  it('importing the same file twice adds nothing the second time', async () => {
    host = makeTestHost();
    const text = fixture('toggl-bare-headers.csv');
    await host.call('import.apply', { text });
    const before = folderFingerprint(host.dataDir);
    const categories = host.app.store.getCategories();
    const again = await host.call('import.apply', { text });
    expect(again).toMatchObject({ imported: 0, duplicates: 4, skipped: 0, createdCategories: [] });
    expect(host.app.store.getEntries()).toHaveLength(4);
    expect(host.app.store.getCategories()).toEqual(categories);
    expect(folderFingerprint(host.dataDir)).toBe(before);
  });

  it('rows overlapping each other are problems, never merged; a row repeated in the file is a duplicate; rows that only touch are fine', async () => {
    host = makeTestHost();
    const text = fixture('overlapping-rows.csv');
    const preview = await host.call('import.preview', { text });
    expect(preview).toMatchObject({ toImport: 2, duplicates: 1 });
    expect(preview.problems).toEqual([{ line: 3, message: 'line 3: it overlaps line 2 (Deep Work) in the same file. Entries cannot share time.' }]);
    const error = await refused(host, 'import.apply', { text });
    expect(error.code).toBe('conflict');
    expect(host.app.store.getEntries()).toHaveLength(0);

    const result = await host.call('import.apply', { text, skipInvalid: true });
    expect(result).toMatchObject({ imported: 2, duplicates: 1, skipped: 1 });
    expect(entriesByName(host).map((e) => e.note)).toEqual(['First', 'Touches first']);
  });

  it('a row overlapping a stored entry or the running timer is a problem that names what is in the way', async () => {
    host = makeTestHost();
    await host.call('entries.add', { categoryId: 'work', start: at('2026-11-12T09:30:00+01:00'), end: at('2026-11-12T09:45:00+01:00') });
    await host.call('timer.start', { categoryId: 'work' }); // 2026-11-24 10:00 in Berlin
    const text = togglCsv([
      ['Deep Work', 'Over the stored entry', '2026-11-12 09:00:00', '2026-11-12 10:00:00'],
      ['Deep Work', 'Into the timer', '2026-11-24 09:00:00', '2026-11-24 10:30:00'],
      ['Deep Work', 'Before both', '2026-11-12 08:00:00', '2026-11-12 09:00:00'],
    ]);
    const preview = await host.call('import.preview', { text });
    expect(preview.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^line 2: this overlaps the Work entry on Thu 12 Nov at 09:30–09:45\./),
      expect.stringMatching(/^line 3: this overlaps the running Work timer/),
    ]);
    expect((await refused(host, 'import.apply', { text })).code).toBe('conflict');
  });

  it('a row with the same start, end and category as a stored entry counts as a duplicate, not an overlap', async () => {
    host = makeTestHost();
    await host.call('entries.add', { categoryId: 'work', start: at('2026-11-12T09:00:00+01:00'), end: at('2026-11-12T10:00:00+01:00') });
    const result = await host.call('import.apply', { text: togglCsv([['work', 'Logged twice', '2026-11-12 09:00:00', '2026-11-12 10:00:00']]) });
    expect(result).toMatchObject({ imported: 0, duplicates: 1, problems: [] });
  });

  it('a time in the spring-forward gap moves forward by the gap, one in the autumn overlap takes the earlier instant, and each affected row is reported', async () => {
    host = makeTestHost();
    const result = await host.call('import.apply', { text: fixture('dst-berlin.csv') });
    expect(result.imported).toBe(3);
    expect(entriesByName(host).map(({ start, end }) => ({ start, end }))).toEqual([
      { start: at('2026-03-29T03:30:00+02:00'), end: at('2026-03-29T03:45:00+02:00') },
      { start: at('2026-10-25T02:30:00+02:00'), end: at('2026-10-25T02:50:00+02:00') },
      { start: at('2026-10-26T09:00:00+01:00'), end: at('2026-10-26T10:00:00+01:00') },
    ]);
    expect(result.warnings).toEqual([
      {
        line: 2,
        message:
          "line 2: 02:30 on 2026-03-29 does not exist in Europe/Berlin (the clocks went forward); it was read as 03:30, the gap's length later; " +
          "the file's duration 1:15:00 differs from the 0:15:00 between the times as read.",
      },
      {
        line: 3,
        message:
          'line 3: 02:30 on 2026-10-25 happened twice in Europe/Berlin (the clocks went back); the earlier one was taken; ' +
          '02:50 on 2026-10-25 happened twice in Europe/Berlin (the clocks went back); the earlier one was taken.',
      },
    ]);
  });

  it("clock times are read in the app's time zone unless the timeZone option names another", async () => {
    host = makeTestHost({ timeZone: 'America/New_York' });
    const text = fixture('toggl-semicolons.csv');
    expect((await host.call('import.preview', { text })).rows[0]!.start).toBe(at('2026-11-13T09:00:00-05:00'));
    expect((await host.call('import.preview', { text, timeZone: 'Europe/Berlin' })).rows[0]!.start).toBe(at('2026-11-13T09:00:00+01:00'));
  });

  it('projects become categories: matched by name in any case, created in work, or where the map sends them (an area or a category)', async () => {
    host = makeTestHost();
    const text = togglCsv([
      ['WORK', 'Seeded category, other case', '2026-11-16 09:00:00', '2026-11-16 10:00:00'],
      ['Climbing', 'Mapped to an area', '2026-11-16 18:00:00', '2026-11-16 19:00:00'],
      ['Kids time', 'Mapped to a category', '2026-11-16 19:00:00', '2026-11-16 20:00:00'],
      ['Side project', 'Created in work', '2026-11-16 20:00:00', '2026-11-16 21:00:00'],
    ]);
    const map = { climbing: 'Fitness', 'Kids time': 'family', Gardening: 'fitness' };
    const preview = await host.call('import.preview', { text, map: { ...map, 'Kids time': 'Family' } });
    expect(preview.mapping).toEqual([
      { project: 'WORK', category: 'Work', categoryId: 'work', area: 'work', created: false, rows: 1 },
      { project: 'Climbing', category: 'Climbing', categoryId: null, area: 'fitness', created: true, rows: 1 },
      { project: 'Kids time', category: 'Kids time', categoryId: null, area: 'family', created: true, rows: 1 },
      { project: 'Side project', category: 'Side project', categoryId: null, area: 'work', created: true, rows: 1 },
    ]);
    expect(preview.warnings.map((w) => w.message)).toContain("The map names 'Gardening', which no row of the file has.");

    // An area name wins over a category of the same name or id: the seeded Family category's id is 'family'.
    const toArea = await host.call('import.preview', { text, map: { 'Kids time': 'family', climbing: 'fitness' } });
    expect(toArea.newCategories.map((c) => c.name)).toEqual(['Climbing', 'Kids time', 'Side project']);
    const nowhere = await host.call('import.preview', { text, map: { 'Kids time': 'id-does-not-exist' } });
    expect(nowhere.problems).toEqual([{ line: 0, message: "The map sends 'Kids time' to 'id-does-not-exist', which is neither a life area (work, fitness, family) nor a category." }]);
    expect((await refused(host, 'import.apply', { text, map: { 'Kids time': 'id-does-not-exist' }, skipInvalid: true })).code).toBe('bad-request');

    const kids = await host.call('categories.add', { name: 'Kids', area: 'family' });
    const climbing = await host.call('categories.add', { name: 'Climbing', area: 'fitness' });
    await host.call('categories.update', { id: climbing.id, archived: true });
    const result = await host.call('import.apply', { text, map: { 'kids time': kids.id } });
    expect(result.createdCategories.map((c) => c.name)).toEqual(['Side project']);
    expect(result.warnings.map((w) => w.message)).toContain('Climbing is archived; the imported time is kept in it as history.');
    expect(entriesByName(host).map((e) => e.category)).toEqual(['Work', 'Climbing', 'Kids', 'Side project']);
    const byName = await host.call('import.preview', { text: togglCsv([['Kids time', 'By name', '2026-11-17 19:00:00', '2026-11-17 20:00:00']]), map: { 'Kids time': 'KIDS' } });
    expect(byName.mapping).toEqual([{ project: 'Kids time', category: 'Kids', categoryId: kids.id, area: 'family', created: false, rows: 1 }]);
  });

  it('category:<id> sends a project to the existing category even when its id is an area name; area:<area> creates one', async () => {
    host = makeTestHost();
    const text = togglCsv([
      ['Client A', 'Into the seeded Work', '2026-11-16 09:00:00', '2026-11-16 10:00:00'],
      ['Climbing', 'A new fitness category', '2026-11-16 18:00:00', '2026-11-16 19:00:00'],
    ]);
    const map = { 'Client A': 'category:work', Climbing: 'area:fitness' };
    const preview = await host.call('import.preview', { text, map });
    expect(preview.mapping).toEqual([
      { project: 'Client A', category: 'Work', categoryId: 'work', area: 'work', created: false, rows: 1 },
      { project: 'Climbing', category: 'Climbing', categoryId: null, area: 'fitness', created: true, rows: 1 },
    ]);
    const result = await host.call('import.apply', { text, map });
    expect(result.createdCategories.map((c) => c.name)).toEqual(['Climbing']);
    expect(entriesByName(host).map((e) => e.category)).toEqual(['Work', 'Climbing']);
    const wrong = await host.call('import.preview', { text, map: { 'Client A': 'area:leisure', Climbing: 'category:nope' } });
    expect(wrong.problems.map((p) => p.message)).toEqual([
      "The map sends 'Client A' to 'area:leisure', which is neither a life area (work, fitness, family) nor a category.",
      "The map sends 'Climbing' to 'category:nope', which is neither a life area (work, fitness, family) nor a category.",
    ]);
  });

  it('hard lock: work rows outside the windows are refused and listed; fitness rows and work inside the windows pass', async () => {
    host = makeTestHost();
    await host.call('settings.update', { lockMode: 'hard' });
    const text = togglCsv([
      ['Work', 'Saturday work', '2026-11-21 10:00:00', '2026-11-21 11:00:00'],
      ['Fitness', 'Saturday run', '2026-11-21 12:00:00', '2026-11-21 13:00:00'],
      ['Work', 'Monday in the window', '2026-11-23 10:00:00', '2026-11-23 11:00:00'],
    ]);
    const before = folderFingerprint(host.dataDir);
    const error = await refused(host, 'import.apply', { text, reason: 'catching up' });
    expect(error.code).toBe('locked');
    expect(error.issues).toEqual([{ path: 'line 2', message: expect.stringMatching(/^line 2: the hard lock refuses it: 1 h of it falls outside your work windows/i) }]);
    expect(folderFingerprint(host.dataDir)).toBe(before);
    const result = await host.call('import.apply', { text, skipInvalid: true });
    expect(result).toMatchObject({ imported: 2, skipped: 1 });
  });

  it('soft lock: work rows outside the windows or past the cap need a reason, kept with each entry; rows earlier in the file count towards the cap', async () => {
    host = makeTestHost();
    await host.call('settings.update', { lockMode: 'soft', weeklyCapMinutes: 90 });
    const text = togglCsv([
      ['Work', 'Monday', '2026-11-16 10:00:00', '2026-11-16 11:00:00'],
      ['Work', 'Tuesday, past the cap', '2026-11-17 10:00:00', '2026-11-17 11:00:00'],
      ['Fitness', 'Never locked', '2026-11-17 19:00:00', '2026-11-17 20:00:00'],
    ]);
    const preview = await host.call('import.preview', { text });
    // The preview counts the row past the cap as Import does once the reason is given, and names it: not a problem.
    expect(preview.problems).toEqual([]);
    expect(preview.needsReason).toEqual([{ line: 3, message: expect.stringMatching(/^line 3: It would bring the week .* past your weekly cap of 1 h 30 min\.$/) }]);
    expect(preview.rows.map((r) => r.status)).toEqual(['new', 'needs-reason', 'new']);
    expect(preview.toImport).toBe(3);
    const error = await refused(host, 'import.apply', { text });
    expect(error.code).toBe('needs-reason');
    expect(error.issues?.[0]?.message).toMatch(/past your weekly cap of 1 h 30 min\. Give a reason/);
    expect(host.app.store.getEntries()).toHaveLength(0);

    expect((await host.call('import.apply', { text, reason: 'Imported from my old tracker' })).imported).toBe(preview.toImport);
    expect(entriesByName(host).map((e) => [e.note, e.overrideReason])).toEqual([
      ['Monday', undefined],
      ['Tuesday, past the cap', 'Imported from my old tracker'],
      ['Never locked', undefined],
    ]);
  });

  it('soft lock: a preview judges the rows after one that needs a reason as Import with the reason will, so its counts are what Import does', async () => {
    host = makeTestHost();
    await host.call('settings.update', { lockMode: 'soft' });
    // 18:00–20:00 is outside the default windows; the second row overlaps it, which only shows once the first is in.
    const text = togglCsv([
      ['Work', 'Evening', '2026-11-17 18:00:00', '2026-11-17 20:00:00'],
      ['Work', 'Overlaps the evening', '2026-11-17 19:00:00', '2026-11-17 19:30:00'],
      ['Work', 'Morning', '2026-11-18 10:00:00', '2026-11-18 11:00:00'],
    ]);
    const preview = await host.call('import.preview', { text });
    expect(preview.needsReason.map((p) => p.line)).toEqual([2]);
    expect(preview.needsReason[0]!.message).toMatch(/outside your work windows/);
    expect(preview.problems.map((p) => p.line)).toEqual([3]);
    expect(preview.problems[0]!.message).toMatch(/overlaps line 2/);
    expect(preview.toImport).toBe(2);

    const result = await host.call('import.apply', { text, reason: 'catching up', skipInvalid: true });
    expect(result).toMatchObject({ imported: preview.toImport, skipped: 1 });
    expect(result.problems.map((p) => p.line)).toEqual(preview.problems.map((p) => p.line));
  });

  it('a preview writes nothing, and a large file reports its progress every 1,000 rows, then writing and done', async () => {
    host = makeTestHost();
    const rows = Array.from({ length: 2500 }, (_, i) => {
      const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(i / 8) * 86_400_000).toISOString().slice(0, 10);
      const hour = String(8 + (i % 8)).padStart(2, '0');
      return ['Deep Work', `Block ${i}`, `${day} ${hour}:00:00`, `${day} ${hour}:45:00`] as const;
    });
    const text = togglCsv(rows);
    const before = folderFingerprint(host.dataDir);
    expect((await host.call('import.preview', { text })).toImport).toBe(2500);
    expect(folderFingerprint(host.dataDir)).toBe(before);

    host.events.length = 0;
    expect((await host.call('import.apply', { text })).imported).toBe(2500);
    const progress = host.events.filter((e) => e.name === 'import.progress').map((e) => e.payload);
    expect(progress).toEqual([
      { stage: 'reading', done: 1000, total: 2500 },
      { stage: 'reading', done: 2000, total: 2500 },
      { stage: 'checking', done: 1000, total: 2500 },
      { stage: 'checking', done: 2000, total: 2500 },
      { stage: 'writing', done: 0, total: 2500 },
      { stage: 'done', done: 2500, total: 2500 },
    ]);
    expect(host.events.filter((e) => e.name === 'data.changed')).toEqual([{ name: 'data.changed', payload: { what: ['categories', 'entries'] } }]);
  });

  it('a write that fails leaves no category behind: the import is all or nothing', async () => {
    host = makeTestHost();
    const diskFull = () => {
      throw new AppError('storage', 'The disk is full.');
    };
    host.app.store.applyEntries = diskFull;
    host.app.store.replaceAll = diskFull;
    host.app.store.replaceAllInSteps = async () => diskFull();
    const error = await refused(host, 'import.apply', { text: fixture('toggl-bare-headers.csv') });
    expect(error.code).toBe('storage');
    expect(host.app.store.getCategories().map((c) => c.name)).toEqual(['Work', 'Fitness', 'Family']);
  });
});
