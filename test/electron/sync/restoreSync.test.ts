// A backup restored on one of two synced computers: it puts back what the backup holds and undoes what this computer
// changed since, but what the other computer saved (missing from the backup because it is newer) stays on both, and
// the restore says so.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanupRoutedComputers, routedPair as pair } from '../../support/routedComputers';
import { HOUR, type TestHost } from '../../support/testHost';

afterEach(cleanupRoutedComputers);

const DAY = 24 * HOUR;
/** Monday 16 Nov 2026, 08:00 in Berlin. */
const MONDAY = Date.UTC(2026, 10, 16, 7, 0);

const work = (host: TestHost, start: number, note: string) => host.call('entries.add', { categoryId: 'work', start, end: start + HOUR, note });
const notes = (host: TestHost) => host.app.store.getEntries().map((e) => e.note).sort();
const daysOff = (host: TestHost) => host.app.store.getSettings().daysOff.map((d) => d.date);

describe('a restore on one of two synced computers', () => {
  it("keeps on both computers what the other computer saved since the backup, and undoes this computer's own changes", async () => {
    const { laptop, desktop, round, later } = await pair();
    await work(laptop, MONDAY, 'before the backup');
    await round();
    const backup = await laptop.call('backup.create', {});

    later(HOUR);
    await work(desktop, MONDAY + DAY, 'from the desktop');
    await desktop.call('daysOff.add', { from: '2026-11-20', kind: 'sick' });
    await work(laptop, MONDAY + 2 * DAY, 'from the laptop, after the backup');
    await round();
    expect(notes(desktop)).toEqual(['before the backup', 'from the desktop', 'from the laptop, after the backup']);

    later(HOUR);
    const restored = await laptop.call('backup.restore', { id: backup.id });
    await round();

    for (const host of [laptop, desktop]) {
      expect(notes(host)).toEqual(['before the backup', 'from the desktop']);
      expect(daysOff(host)).toEqual(['2026-11-20']);
    }
    expect(await laptop.call('sync.conflicts', {})).toEqual([]);
    expect(restored.kept).toEqual(['Kept 1 entry and 1 day off that Desktop saved since this backup: a restore here does not undo what another computer saved.']);
  });

  it("an edit and a setting the other computer saved since stay and are named; an entry it deleted comes back from the backup, and is named", async () => {
    const { laptop, desktop, round, later } = await pair();
    const edited = await work(laptop, MONDAY, 'as backed up');
    const deleted = await work(laptop, MONDAY + DAY, 'deleted on the desktop');
    await round();
    const backup = await laptop.call('backup.create', {});

    later(HOUR);
    await desktop.call('entries.update', { id: edited.id, note: 'edited on the desktop' });
    await desktop.call('entries.delete', { id: deleted.id });
    await desktop.call('settings.update', { lockMode: 'soft' });
    await round();

    later(HOUR);
    const restored = await laptop.call('backup.restore', { id: backup.id });
    await round();
    for (const host of [laptop, desktop]) {
      expect(notes(host)).toEqual(['deleted on the desktop', 'edited on the desktop']);
      expect(host.app.store.getSettings().lockMode).toBe('soft');
    }
    expect(await desktop.call('sync.conflicts', {})).toEqual([]);
    expect(restored.kept).toEqual([
      'Kept 1 entry and the setting Lock mode that Desktop saved since this backup: a restore here does not undo what another computer saved.',
      'Brought back 1 entry that Desktop deleted since this backup: it is back on every computer.',
    ]);
  });

  it('names what it brings back that the other computer deleted since, counted by kind; what this computer deleted comes back unsaid', async () => {
    const { laptop, desktop, round, later } = await pair();
    const [a, b, c] = [await work(laptop, MONDAY, 'a'), await work(laptop, MONDAY + DAY, 'b'), await work(laptop, MONDAY + 2 * DAY, 'c')];
    await laptop.call('daysOff.add', { from: '2026-12-24', kind: 'holiday' });
    await round();
    const backup = await laptop.call('backup.create', {});
    later(HOUR);
    await desktop.call('entries.delete', { id: a.id });
    await desktop.call('entries.delete', { id: b.id });
    await desktop.call('daysOff.remove', { date: '2026-12-24' });
    await laptop.call('entries.delete', { id: c.id });
    await round();

    later(HOUR);
    const restored = await laptop.call('backup.restore', { id: backup.id });
    await round();
    for (const host of [laptop, desktop]) {
      expect(notes(host)).toEqual(['a', 'b', 'c']);
      expect(daysOff(host)).toEqual(['2026-12-24']);
    }
    expect(restored.kept).toEqual(['Brought back 2 entries and 1 day off that Desktop deleted since this backup: they are back on every computer.']);
  });

  it('a time zone and a step of the settings history the other computer set since stay on both, each named once', async () => {
    const { laptop, desktop, round, later } = await pair();
    const backup = await laptop.call('backup.create', {});
    later(HOUR);
    await desktop.call('boundaries.set', { values: { weeklyCapMinutes: 30 * 60 }, from: '2026-W47' });
    await desktop.call('settings.update', { timeZone: 'America/New_York' });
    await round();

    later(HOUR);
    const restored = await laptop.call('backup.restore', { id: backup.id });
    await round();
    for (const host of [laptop, desktop]) {
      expect(host.app.store.getSettings()).toMatchObject({ timeZone: 'America/New_York', timeline: [expect.objectContaining({ weeklyCapMinutes: 30 * 60 })] });
    }
    expect(restored.kept).toEqual([
      'Kept 1 step of the settings history and the setting Time zone that Desktop saved since this backup: a restore here does not undo what another computer saved.',
    ]);
    expect(restored.settings).toBe('The settings stay as they were: the time zone, the settings history and the days off are unchanged.');
  });

  it("a restore that keeps another computer's later step leaves every lived week's cap as it was, on both computers", async () => {
    const { laptop, desktop, round, later } = await pair();
    await work(laptop, Date.UTC(2026, 10, 10, 8), 'in 2026-W46');
    await round();
    const backup = await laptop.call('backup.create', {});
    later(HOUR);
    await laptop.call('boundaries.set', { values: { weeklyCapMinutes: 30 * 60 }, from: '2026-W49' });
    await round();
    await desktop.call('boundaries.set', { values: { targets: { fitnessMinutes: 150, familyMinutes: 200 } }, from: '2026-W50' });
    await round();
    const capIn = async (host: TestHost, week: string) => (await host.call('boundaries.inForce', { week })).weeklyCapMinutes;

    later(HOUR);
    const restored = await laptop.call('backup.restore', { id: backup.id });
    await round();
    // The laptop's own 30 h step is undone; the desktop's target step stays, carrying the cap in force before it.
    for (const host of [laptop, desktop]) {
      expect(await capIn(host, '2026-W46')).toBe(35 * 60);
      expect(await capIn(host, '2026-W49')).toBe(35 * 60);
      expect(await host.call('boundaries.inForce', { week: '2026-W50' })).toMatchObject({ weeklyCapMinutes: 35 * 60, targets: { familyMinutes: 200 } });
    }
    expect(restored.settings).toBe('Its settings replaced the ones here: the settings history (caps, work windows and targets from a week on): 2 steps, where there were 3.');
    expect(await laptop.call('sync.conflicts', {})).toEqual([]);
  });

  it('a category this computer made since the backup stays while an entry the other computer logged in it is kept', async () => {
    const { laptop, desktop, round, later } = await pair();
    const backup = await laptop.call('backup.create', {});
    later(HOUR);
    const reading = await laptop.call('categories.add', { name: 'Reading', area: 'family' });
    await round();
    await desktop.call('entries.add', { categoryId: reading.id, start: MONDAY, end: MONDAY + HOUR, note: 'a book' });
    await round();

    later(HOUR);
    await laptop.call('backup.restore', { id: backup.id });
    await round();
    for (const host of [laptop, desktop]) {
      expect(notes(host)).toEqual(['a book']);
      expect(host.app.store.getCategories().map((c) => c.name)).toContain('Reading');
    }
  });
});
