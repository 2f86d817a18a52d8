// Boundary spans and days off live in the settings but travel one record each: two computers each adding a day off
// (or a step of the cap) both keep both, taken in through the store like every other record.
import { afterEach, describe, expect, it } from 'vitest';
import { openDataStore } from '../../../electron/storage/openDataStore';
import { cleanupComputers, computer, pair, syncFolder } from './syncedComputers';
import { addDays, localDateOf, weekLabel } from '../../../shared/domain/time';
import { weekStartOf } from '../../../shared/domain/boundaries';
import type { JsonValue } from '../../../shared/sync/canonicalJson';

afterEach(cleanupComputers);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const datesOff = (c: { store: { getSettings(): { daysOff: { date: string }[] } } }) => c.store.getSettings().daysOff.map((d) => d.date);

describe('boundary spans and days off across computers', () => {
  it('a day off taken on each computer is on both, in date order, and a removal reaches the other', async () => {
    const { laptop, desktop, round } = pair();
    await laptop.host.call('daysOff.add', { from: '2026-12-24', kind: 'holiday' });
    await desktop.host.call('daysOff.add', { from: '2026-12-21', to: '2026-12-22', kind: 'vacation' });
    round();
    expect(datesOff(laptop)).toEqual(['2026-12-21', '2026-12-22', '2026-12-24']);
    expect(datesOff(desktop)).toEqual(['2026-12-21', '2026-12-22', '2026-12-24']);
    expect(laptop.sync.conflicts()).toEqual([]);
    await desktop.host.call('daysOff.remove', { date: '2026-12-24' });
    round();
    expect(datesOff(laptop)).toEqual(['2026-12-21', '2026-12-22']);
  });

  it("a step of the cap set on one computer holds on the other, beside the other's own step", async () => {
    const { laptop, desktop, round } = pair();
    const now = laptop.host.clock.now();
    await laptop.host.call('boundaries.set', { values: { weeklyCapMinutes: 28 * 60 }, from: weekName(now, 4) });
    await desktop.host.call('boundaries.set', { values: { weeklyCapMinutes: 32 * 60 }, from: weekName(now, 8) });
    round();
    const caps = async (c: ReturnType<typeof computer>) => (await c.host.call('boundaries.history', {})).map((s) => s.weeklyCapMinutes);
    expect(await caps(laptop)).toEqual(await caps(desktop));
    expect(await caps(desktop)).toEqual(expect.arrayContaining([28 * 60, 32 * 60]));
    expect(laptop.sync.conflicts()).toEqual([]);
  });

  it('days off kept before they travelled one by one go out at the next start (an older sync state)', async () => {
    const { syncDir, laptop, desktop, round } = pair();
    round();
    // As an older Timelock left it: days off in settings.json that the sync folder never saw as day-off records.
    const raw = openDataStore({ dataDir: laptop.dataDir, backend: 'conf', systemTimeZone: 'Europe/Berlin' });
    raw.setSettings({ ...raw.getSettings(), daysOff: [{ date: '2026-12-31', kind: 'other', note: 'old' }] });
    const reopened = computer('laptop', syncDir, laptop.dataDir);
    expect(reopened.sync.status().device.id).toBe(laptop.sync.status().device.id);
    reopened.sync.now();
    desktop.sync.now();
    expect(datesOff(desktop)).toEqual(['2026-12-31']);
    expect(datesOff(reopened)).toEqual(['2026-12-31']);
  });

  it('an older computer sending every day off as one setting changes nothing here: the record-by-record ones hold', async () => {
    const { laptop } = pair();
    await laptop.host.call('daysOff.add', { from: '2026-12-24' });
    laptop.adapter.applyMerged({ setting: { put: new Map<string, JsonValue>([['daysOff', []], ['lockMode', 'hard']]), remove: [] } }, 'self');
    expect(datesOff(laptop)).toEqual(['2026-12-24']);
    expect(laptop.store.getSettings().lockMode).toBe('hard');
    expect(laptop.adapter.refuse('setting', 'daysOff', [])).toBeNull();
  });
});

describe('a computer joining with boundaries and days off of its own', () => {
  /** A laptop syncing alone, with a week of work four weeks back (its figures lived under its cap). */
  const laptopAlone = async () => {
    const syncDir = syncFolder();
    const laptop = computer('laptop', syncDir);
    const now = laptop.host.clock.now();
    await laptop.host.call('entries.add', { categoryId: 'work', start: now - 28 * DAY, end: now - 28 * DAY + 3 * HOUR });
    laptop.sync.now();
    const desktop = computer('desktop', syncDir, undefined, { setup: false });
    return { syncDir, laptop, desktop, lived: weekName(now, -4) };
  };
  const capIn = async (c: ReturnType<typeof computer>, week: string) => (await c.host.call('boundaries.inForce', { week })).weeklyCapMinutes;

  it("takes the others' cap from the start, so their lived weeks keep their figures; its own is a conflict to resolve, and it says so", async () => {
    const { syncDir, laptop, desktop, lived } = await laptopAlone();
    await desktop.host.call('boundaries.set', { values: { weeklyCapMinutes: 25 * 60 } });
    desktop.sync.setup({ folder: syncDir, deviceName: 'desktop' });
    laptop.sync.now();
    expect(await capIn(laptop, lived)).toBe(35 * 60);
    expect(await capIn(desktop, lived)).toBe(35 * 60);
    expect(desktop.joined.join(' ')).toMatch(/Weekly work cap 35 h \(this computer had 25 h\)\. Where it had another version of their records, theirs holds and its own is kept as a conflict to resolve: the boundaries from the start\.$/);
    const [conflict, ...more] = laptop.sync.conflicts();
    expect(more).toEqual([]);
    expect(conflict).toMatchObject({ kind: 'boundarySpan', recordIds: ['start'], kept: { weeklyCapMinutes: 35 * 60 }, other: { weeklyCapMinutes: 25 * 60 } });
    expect(conflict!.message).toBe('This boundary had another version on a computer that joined sync; kept the version the other computers had.');
    // The person chooses the joining computer's: it holds on both.
    laptop.sync.resolve(conflict!.id, 'other');
    desktop.sync.now();
    expect(await capIn(desktop, lived)).toBe(25 * 60);
    expect(await capIn(laptop, lived)).toBe(25 * 60);
    expect(desktop.sync.conflicts()).toEqual([]);
  });

  it("takes the others' day off on a date both took, with its kind and note; its own is a conflict to resolve", async () => {
    const { syncDir, laptop, desktop } = await laptopAlone();
    await laptop.host.call('daysOff.add', { from: '2026-12-24', kind: 'sick', note: 'flu' });
    laptop.sync.now();
    await desktop.host.call('daysOff.add', { from: '2026-12-24', kind: 'vacation', note: 'trip' });
    await desktop.host.call('daysOff.add', { from: '2026-12-28', kind: 'holiday' });
    desktop.sync.setup({ folder: syncDir, deviceName: 'desktop' });
    laptop.sync.now();
    for (const c of [laptop, desktop]) expect(c.store.getSettings().daysOff).toEqual([{ date: '2026-12-24', kind: 'sick', note: 'flu' }, { date: '2026-12-28', kind: 'holiday', note: '' }]);
    expect(desktop.joined.join(' ')).toMatch(/theirs holds and its own is kept as a conflict to resolve: 1 day off on 2026-12-24\.$/);
    expect(laptop.sync.conflicts()).toEqual([expect.objectContaining({ kind: 'dayOff', recordIds: ['2026-12-24'], kept: { date: '2026-12-24', kind: 'sick', note: 'flu' }, other: { date: '2026-12-24', kind: 'vacation', note: 'trip' } })]);
  });

  it("keeps a step and a day off only it had, in weeks the others already lived, as conflicts: their lived weeks keep their caps, and it says so", async () => {
    const { syncDir, laptop, desktop } = await laptopAlone();
    await laptop.host.call('entries.add', { categoryId: 'work', start: Date.UTC(2026, 10, 10, 8), end: Date.UTC(2026, 10, 10, 11) });
    laptop.sync.now();
    const now = desktop.host.clock.now();
    // The desktop, on its own, with weeks lived since September: 25 h from 2026-W43, a day off in W46.
    await desktop.host.call('entries.add', { categoryId: 'work', start: now - 60 * DAY, end: now - 60 * DAY + 3 * HOUR });
    desktop.host.clock.set(now - 35 * DAY);
    await desktop.host.call('boundaries.set', { values: { weeklyCapMinutes: 25 * 60 } });
    desktop.host.clock.set(now);
    await desktop.host.call('daysOff.add', { from: '2026-11-11', kind: 'sick' });
    // Weeks to come are its own to set: they go out as they are.
    await desktop.host.call('boundaries.set', { values: { targets: { fitnessMinutes: 150, familyMinutes: 200 } }, from: '2026-W50' });
    await desktop.host.call('daysOff.add', { from: '2026-12-24', kind: 'holiday' });
    desktop.sync.setup({ folder: syncDir, deviceName: 'desktop' });
    laptop.sync.now();

    const w46 = Date.UTC(2026, 10, 10, 8);
    for (const c of [laptop, desktop]) {
      expect(await capIn(c, '2026-W44')).toBe(35 * 60);
      expect((await c.host.call('summary.week', { at: w46 })).capMinutes).toBe(35 * 60);
      expect(await c.host.call('boundaries.inForce', { week: '2026-W50' })).toMatchObject({ weeklyCapMinutes: 35 * 60, targets: { familyMinutes: 200 } });
      expect(datesOff(c)).toEqual(['2026-12-24']);
    }
    expect(desktop.joined.join(' ')).toMatch(
      /Weekly work cap 35 h \(this computer had 25 h\)\. What only it had in weeks the other computers already lived is kept as a conflict to resolve, not applied, so those weeks keep their figures: the boundaries from 2026-10-19; 1 day off on 2026-11-11\.$/,
    );
    const conflicts = laptop.sync.conflicts();
    expect(conflicts).toEqual([
      expect.objectContaining({ kind: 'boundarySpan', recordIds: ['2026-10-19'], kept: null, other: expect.objectContaining({ weeklyCapMinutes: 25 * 60 }) }),
      expect.objectContaining({ kind: 'dayOff', recordIds: ['2026-11-11'], kept: null, other: { date: '2026-11-11', kind: 'sick', note: '' } }),
    ]);
    expect(conflicts[1]!.message).toBe('This day off came from a computer that joined sync, and the other computers had none; it is not applied until it is kept.');
    // The person keeps the desktop's step: it holds on both, from 2026-W43.
    laptop.sync.resolve(conflicts[0]!.id, 'other');
    desktop.sync.now();
    for (const c of [laptop, desktop]) expect(await capIn(c, '2026-W44')).toBe(25 * 60);
  });

  it('the same boundaries and days off on both make no conflict and nothing to say', async () => {
    const { syncDir, laptop, desktop } = await laptopAlone();
    await laptop.host.call('daysOff.add', { from: '2026-12-24', kind: 'holiday' });
    laptop.sync.now();
    await desktop.host.call('daysOff.add', { from: '2026-12-24', kind: 'holiday' });
    // Set, so the desktop holds a first span where the laptop holds none: the values are the same.
    await desktop.host.call('boundaries.set', { values: { weeklyCapMinutes: 35 * 60 } });
    await desktop.host.call('boundaries.set', { values: { dailyCapMinutes: null } });
    desktop.sync.setup({ folder: syncDir, deviceName: 'desktop' });
    laptop.sync.now();
    expect(desktop.joined).toEqual([]);
    expect(laptop.sync.conflicts()).toEqual([]);
  });
});

describe('steps of the boundaries set on two computers', () => {
  const history = async (c: ReturnType<typeof computer>) => (await c.host.call('boundaries.history', {})).map((s) => ({ from: s.from, cap: s.weeklyCapMinutes, family: s.targets.familyMinutes }));

  it("a cap step on one and a later target step on the other both hold: the target's step carries the new cap", async () => {
    const { laptop, desktop, round } = pair();
    const now = laptop.host.clock.now();
    await laptop.host.call('boundaries.set', { values: { weeklyCapMinutes: 30 * 60 }, from: weekName(now, 4) });
    await desktop.host.call('boundaries.set', { values: { targets: { fitnessMinutes: 150, familyMinutes: 200 } }, from: weekName(now, 5) });
    round();
    const expected = [
      { from: weekName(now, 0), cap: 35 * 60, family: 600 },
      { from: weekName(now, 4), cap: 30 * 60, family: 600 },
      { from: weekName(now, 5), cap: 30 * 60, family: 200 },
    ];
    expect(await history(laptop)).toEqual(expected);
    expect(await history(desktop)).toEqual(expected);
    expect(laptop.sync.conflicts()).toEqual([]);
  });

  it('the same week set on both: the same value is no conflict, another value is one', async () => {
    const { laptop, desktop, round } = pair();
    const now = laptop.host.clock.now();
    // The desktop's step carries the family target of a step the laptop does not have: only what it set counts.
    await desktop.host.call('boundaries.set', { values: { targets: { fitnessMinutes: 150, familyMinutes: 200 } }, from: weekName(now, 2) });
    await laptop.host.call('boundaries.set', { values: { weeklyCapMinutes: 30 * 60 }, from: weekName(now, 6) });
    await desktop.host.call('boundaries.set', { values: { weeklyCapMinutes: 30 * 60 }, from: weekName(now, 6) });
    round();
    expect(laptop.sync.conflicts()).toEqual([]);
    expect((await history(laptop)).at(-1)).toEqual({ from: weekName(now, 6), cap: 30 * 60, family: 200 });
    await laptop.host.call('boundaries.set', { values: { weeklyCapMinutes: 28 * 60 }, from: weekName(now, 8) });
    await desktop.host.call('boundaries.set', { values: { weeklyCapMinutes: 32 * 60 }, from: weekName(now, 8) });
    round();
    expect(laptop.sync.conflicts()).toEqual([expect.objectContaining({ kind: 'boundarySpan', message: 'This boundary was edited on both computers; kept the later one.' })]);
    expect(desktop.sync.conflicts()).toHaveLength(1);
  });
});

/** The week `weeks` after the one holding `now`, as the contract names it (2026-W48). */
function weekName(now: number, weeks: number): string {
  return weekLabel(weekStartOf(addDays(localDateOf(now, 'Europe/Berlin'), weeks * 7), 1), 1);
}
