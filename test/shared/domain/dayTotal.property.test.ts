import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Area, Entry } from '../../../shared/model';
import { dayTotalMs, freeStretches, setDayTotal, type DayTotalChange, type DayTotalInput } from '../../../shared/domain/dayTotal';
import { mergeIntervals } from '../../../shared/domain/windows';

const Q = 15 * 60_000;
const DAY = { start: 96 * Q, end: 192 * Q };
const AREAS: Record<string, Area> = { work: 'work', fitness: 'fitness', family: 'family' };

/** Entries that never overlap, a few reaching into the day before or after, in quarter hours. */
const entriesArb: fc.Arbitrary<Entry[]> = fc
  .array(fc.record({ gap: fc.integer({ min: 0, max: 40 }), length: fc.integer({ min: 1, max: 40 }), categoryId: fc.constantFrom('work', 'fitness', 'family') }), { maxLength: 12 })
  .map((specs) => {
    let cursor = 80 * Q;
    return specs.map((s, i) => {
      const start = cursor + s.gap * Q;
      cursor = start + s.length * Q;
      return { id: `e${i}`, categoryId: s.categoryId, start, end: cursor, note: '', tags: [], source: 'manual' as const };
    });
  });

const windowsArb = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 96 }), fc.integer({ min: 1, max: 40 })), { maxLength: 2 })
  .map((spans) => mergeIntervals(spans.map(([from, length]) => ({ start: DAY.start + from * Q, end: Math.min(DAY.end, DAY.start + (from + length) * Q) }))));

const inputArb: fc.Arbitrary<DayTotalInput> = fc
  .record({ entries: entriesArb, windows: windowsArb, categoryId: fc.constantFrom('work', 'fitness', 'family'), minutes: fc.integer({ min: 0, max: 24 * 60 }) })
  .map(({ entries, windows, categoryId, minutes }) => ({
    day: DAY,
    categoryId,
    area: AREAS[categoryId]!,
    minutes,
    entries: entries.filter((e) => e.end > DAY.start && e.start < DAY.end),
    timer: null,
    now: DAY.end + 100 * Q,
    windows,
  }));

/** The entries after a change, as the service writes them. */
function applied(input: DayTotalInput, change: DayTotalChange): Entry[] {
  if (change.kind === 'add') {
    return [...input.entries, ...change.pieces.map((p, i) => ({ id: `new${i}`, categoryId: input.categoryId, start: p.start, end: p.end, note: '', tags: [], source: 'manual' as const }))];
  }
  if (change.kind === 'reduce') {
    const deleted = new Set(change.deletes.map((e) => e.id));
    return input.entries
      .filter((e) => !deleted.has(e.id))
      .map((e) => {
        const trim = change.trims.find((t) => t.entry.id === e.id);
        return trim ? { ...e, start: trim.start, end: trim.end } : e;
      });
  }
  return [...input.entries];
}

describe('setDayTotal: properties', () => {
  it('after the change the day’s total is the typed figure, nothing overlaps, and other categories are untouched', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const change = setDayTotal(input);
        if (change.kind === 'refused') {
          // Refused only when the day truly has no room for more, or no entry of the category can give up time.
          const free = freeStretches(input.day, input.entries, null).reduce((sum, f) => sum + f.end - f.start, 0);
          const target = input.minutes * 60_000;
          expect(target > change.currentMs ? free < target - change.currentMs : input.entries.some((e) => e.categoryId === input.categoryId && e.start < DAY.start && e.end > DAY.end)).toBe(true);
          return;
        }
        const after = applied(input, change);
        expect(dayTotalMs({ ...input, entries: after })).toBe(input.minutes * 60_000);
        const sorted = after.filter((e) => e.end > e.start).sort((a, b) => a.start - b.start);
        for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.start).toBeGreaterThanOrEqual(sorted[i - 1]!.end);
        const others = (list: readonly Entry[]) => list.filter((e) => e.categoryId !== input.categoryId);
        expect(others(after)).toEqual(others(input.entries));
        // Outside the day nothing of the category changes: entries reaching over midnight keep their other part.
        for (const e of input.entries.filter((x) => x.categoryId === input.categoryId)) {
          const now = after.find((x) => x.id === e.id);
          if (!now) continue;
          expect(Math.max(0, Math.min(now.end, DAY.start) - now.start)).toBe(Math.max(0, Math.min(e.end, DAY.start) - e.start));
          expect(Math.max(0, now.end - Math.max(now.start, DAY.end))).toBe(Math.max(0, e.end - Math.max(e.start, DAY.end)));
        }
        if (change.kind === 'add') {
          for (const piece of change.pieces) {
            expect(piece.start).toBeGreaterThanOrEqual(DAY.start);
            expect(piece.end).toBeLessThanOrEqual(DAY.end);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('work goes outside the work windows only when the windows’ free time is used up (and the reverse for fitness and family)', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const change = setDayTotal(input);
        if (change.kind !== 'add') return;
        const addedMs = change.pieces.reduce((sum, p) => sum + p.end - p.start, 0);
        const free = freeStretches(input.day, input.entries, null);
        const freeInside = free.reduce((sum, f) => sum + input.windows.reduce((s, w) => s + Math.max(0, Math.min(f.end, w.end) - Math.max(f.start, w.start)), 0), 0);
        const freeOutside = free.reduce((sum, f) => sum + f.end - f.start, 0) - freeInside;
        const preferredMs = input.area === 'work' ? change.insideWindowsMs : addedMs - change.insideWindowsMs;
        expect(preferredMs).toBe(Math.min(addedMs, input.area === 'work' ? freeInside : freeOutside));
      }),
      { numRuns: 400 },
    );
  });
});
