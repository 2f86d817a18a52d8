// Boundary spans and days off live in the settings but travel one record each: two computers each adding a day off
// (or a step of the cap) both keep both, taken in through the store like every other record.
import { afterEach, describe, expect, it } from 'vitest';
import { openDataStore } from '../../../electron/storage/openDataStore';
import { cleanupComputers, computer, pair } from './syncedComputers';
import { addDays, localDateOf, weekLabel } from '../../../shared/domain/time';
import { weekStartOf } from '../../../shared/domain/boundaries';
import type { JsonValue } from '../../../shared/sync/canonicalJson';

afterEach(cleanupComputers);


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
