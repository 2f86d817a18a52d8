import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Entry } from '../../../shared/model';
import { EntryIndex, entrySource, overlapsRange } from '../../../shared/domain/entryIndex';
import { HOUR } from '../../../shared/domain/time';
import { entry } from './helpers';

const T0 = Date.UTC(2026, 0, 1);

const entries = fc
  .array(fc.record({ start: fc.integer({ min: 0, max: 1000 }), length: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 100, max: 600 })) }), {
    maxLength: 60,
  })
  .map((raw) => raw.map((r, i): Entry => entry('work', T0 + r.start * HOUR, T0 + (r.start + r.length) * HOUR, `x${i}`)));

describe('the entry index', () => {
  it('finds exactly the entries that overlap a range, long, short and zero-length alike, in any input order', () => {
    fc.assert(
      fc.property(entries, fc.integer({ min: -10, max: 1100 }), fc.integer({ min: 0, max: 300 }), (list, fromH, lengthH) => {
        const from = T0 + fromH * HOUR;
        const to = from + lengthH * HOUR;
        const expected = list.filter((e) => overlapsRange(e, from, to)).map((e) => e.id).sort();
        const found = new EntryIndex(list).between(from, to);
        expect(found.map((e) => e.id).sort()).toEqual(expected);
        // Sorted by start.
        found.forEach((e, i) => i > 0 && expect(e.start).toBeGreaterThanOrEqual(found[i - 1]!.start));
      }),
      { numRuns: 300 },
    );
  });

  it('an entry that only touches the range is not in it; a zero-length entry inside it is', () => {
    const index = new EntryIndex([entry('work', T0, T0 + HOUR, 'a'), entry('work', T0 + 2 * HOUR, T0 + 2 * HOUR, 'z'), entry('work', T0 + 3 * HOUR, T0 + 4 * HOUR, 'b')]);
    expect(index.between(T0 + HOUR, T0 + 3 * HOUR).map((e) => e.id)).toEqual(['z']);
  });

  it('entries that start together come in order of id, whatever their length: the order of the month files and the entry list', () => {
    const list = [entry('work', T0, T0 + 3 * HOUR, 'c'), entry('work', T0, T0, 'b'), entry('work', T0, T0 + HOUR, 'a')];
    expect(new EntryIndex(list).between(T0, T0 + HOUR).map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('an empty range holds nothing, not even an entry running across its instant', () => {
    const index = new EntryIndex([entry('work', T0, T0 + 2 * HOUR, 'across'), entry('work', T0 + HOUR, T0 + HOUR, 'point')]);
    expect(index.between(T0 + HOUR, T0 + HOUR)).toEqual([]);
    expect(index.between(T0 + HOUR, T0)).toEqual([]);
    expect(index.between(T0 + HOUR, T0 + HOUR + 1).map((e) => e.id)).toEqual(['across', 'point']);
  });

  it('a long entry far back is still found by a range at its end', () => {
    const index = new EntryIndex([entry('work', T0, T0 + 100 * HOUR, 'long'), ...Array.from({ length: 50 }, (_, i) => entry('work', T0 + (i + 1) * HOUR, T0 + (i + 1.5) * HOUR))]);
    expect(index.between(T0 + 99 * HOUR, T0 + 200 * HOUR).map((e) => e.id)).toEqual(['long']);
  });

  it('a plain array is indexed once and reused; a longer array is indexed again', () => {
    const list = [entry('work', T0, T0 + HOUR)];
    const first = entrySource(list);
    expect(entrySource(list)).toBe(first);
    const longer = [...list, entry('work', T0 + 2 * HOUR, T0 + 3 * HOUR)];
    expect(entrySource(longer).between(T0, T0 + 10 * HOUR)).toHaveLength(2);
    const source = { between: () => [] };
    expect(entrySource(source)).toBe(source);
  });
});
