import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EntryIndex } from '../../../shared/domain/entryIndex';
import type { Entry } from '../../../shared/model';
import { ShardIndex, monthKeyOf } from '../../../electron/storage/shardIndex';
import { openDataStore } from '../../../electron/storage/openDataStore';
import { fixedClock, tempDataDir } from './storageFixtures';

const DAY = 24 * 3_600_000;
const base = Date.UTC(2026, 9, 20);

/** Entries over about two months around a month boundary, some long, some empty, some sharing a start. */
const entriesArb = fc
  .uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 6 }),
      start: fc.integer({ min: base, max: base + 60 * DAY }),
      length: fc.oneof(fc.integer({ min: 0, max: 4 * 3_600_000 }), fc.integer({ min: 0, max: 20 * DAY }), fc.constant(0)),
    }),
    { selector: (e) => e.id, maxLength: 60 },
  )
  .map((raw) =>
    raw.map(({ id, start, length }): Entry => ({ id, categoryId: 'work', start, end: start + length, note: '', tags: [], source: 'manual' })),
  );
const rangeArb = fc.tuple(fc.integer({ min: base - 25 * DAY, max: base + 85 * DAY }), fc.integer({ min: 0, max: 10 * DAY }));

/** The rule written out plainly: an entry overlaps [from, to) if it starts before `to` and ends after `from`;
 *  one with no length is a point at its start; an empty range holds nothing. */
function bruteForce(entries: readonly Entry[], from: number, to: number): Entry[] {
  if (from >= to) return [];
  return entries
    .filter((e) => (e.end > e.start ? e.start < to && e.end > from : e.start >= from && e.start < to))
    .sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
}

describe('entriesBetween', () => {
  it('returns exactly the entries overlapping the range, sorted by start (property)', () => {
    fc.assert(
      fc.property(entriesArb, rangeArb, (entries, [from, length]) => {
        const shards = new Map<string, Entry[]>();
        for (const e of entries) shards.set(monthKeyOf(e.start), [...(shards.get(monthKeyOf(e.start)) ?? []), e]);
        const { index } = ShardIndex.fromShards([...shards]);
        expect(index.between(from, from + length)).toEqual(bruteForce(entries, from, from + length));
      }),
      { numRuns: 500 },
    );
  });

  it('stays exact through the store after changes that add, move and remove entries (property)', () => {
    fc.assert(
      fc.property(entriesArb, entriesArb, rangeArb, (first, second, [from, length]) => {
        const store = openDataStore({ dataDir: tempDataDir(), systemTimeZone: 'UTC', clock: fixedClock });
        store.applyEntries({ put: first });
        const removed = first.filter((_, i) => i % 3 === 0).map((e) => e.id);
        store.applyEntries({ put: second, remove: removed });
        const expected = new Map(first.map((e) => [e.id, e]));
        for (const e of second) expected.set(e.id, e);
        for (const id of removed) expected.delete(id);
        const all = [...expected.values()];
        expect(store.entriesBetween(from, from + length)).toEqual(bruteForce(all, from, from + length));
        expect(store.getEntries()).toEqual(bruteForce(all, -Infinity, Infinity));
      }),
      { numRuns: 40 },
    );
  });

  it("the storage's view is the domain's: the same entries in the same order for any range, empty ones too, through changes (property)", () => {
    fc.assert(
      fc.property(entriesArb, entriesArb, fc.array(rangeArb, { minLength: 1, maxLength: 5 }), (first, second, ranges) => {
        const shards = new Map<string, Entry[]>();
        for (const e of first) shards.set(monthKeyOf(e.start), [...(shards.get(monthKeyOf(e.start)) ?? []), e]);
        const { index } = ShardIndex.fromShards([...shards]);
        const secondIds = new Set(second.map((e) => e.id));
        index.replaceShards(index.pendingShards({ put: second, remove: first.filter((e, i) => i % 2 === 0 && !secondIds.has(e.id)).map((e) => e.id) }));
        // The domain's index over the same entries, given in an order of their own.
        const domain = new EntryIndex([...index.all()].reverse());
        expect(index.firstStart()).toBe(domain.firstStart());
        for (const [from, length] of ranges) {
          expect(index.between(from, from + length)).toEqual(domain.between(from, from + length));
          expect(index.between(from, from)).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds an entry that began long before the range and runs into it', () => {
    const long: Entry = { id: 'long', categoryId: 'work', start: base - 40 * DAY, end: base + DAY, note: '', tags: [], source: 'manual' };
    const { index } = ShardIndex.fromShards([[monthKeyOf(long.start), [long]]]);
    expect(index.between(base, base + 2 * DAY)).toEqual([long]);
    expect(index.between(base + DAY, base + 2 * DAY)).toEqual([]);
  });

  it('files an entry under the UTC month of its start', () => {
    expect(monthKeyOf(Date.UTC(2026, 10, 30, 23, 59))).toBe('2026-11');
    expect(monthKeyOf(Date.UTC(2026, 11, 1))).toBe('2026-12');
  });
});
