import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { areaLookup, areaMinutesBetween, runStretch, savedRun, spansBetween, spansOf } from '../../../shared/domain/spans';
import { EntryIndex } from '../../../shared/domain/entryIndex';
import { HOUR } from '../../../shared/domain/time';
import { CATEGORIES, entry, timer } from './helpers';

const T0 = Date.UTC(2026, 2, 23, 8);

describe('spans', () => {
  it('a running timer is a span that ends now', () => {
    const spans = spansOf([entry('work', T0, T0 + HOUR)], timer('fitness', T0 + 2 * HOUR), T0 + 3 * HOUR);
    expect(spans.map((s) => [s.categoryId, s.end - s.start, s.running])).toEqual([
      ['work', HOUR, false],
      ['fitness', HOUR, true],
    ]);
  });

  it('a timer that has not run yet adds nothing', () => {
    expect(spansOf([], timer('work', T0), T0)).toEqual([]);
  });

  it('spans between two instants hold the entries found there and the timer if it reaches in', () => {
    const entries = new EntryIndex([entry('work', T0, T0 + HOUR), entry('family', T0 + 5 * HOUR, T0 + 6 * HOUR)]);
    const spans = spansBetween(entries, timer('work', T0 + 7 * HOUR), T0 + 9 * HOUR, T0 + 4 * HOUR, T0 + 8 * HOUR);
    expect(spans.map((s) => s.categoryId)).toEqual(['family', 'work']);
    expect(spansBetween(entries, timer('work', T0 + 7 * HOUR), T0 + 9 * HOUR, T0, T0 + 2 * HOUR)).toHaveLength(1);
  });

  it('an unknown category counts as work, the area a cap protects', () => {
    const areaOf = areaLookup(CATEGORIES);
    expect(areaOf('gone')).toBe('work');
    expect(areaOf('run')).toBe('fitness');
    const minutes = areaMinutesBetween(spansOf([entry('gone', T0, T0 + HOUR)], null, T0), areaOf, T0, T0 + 2 * HOUR);
    expect(minutes).toEqual({ work: 60, fitness: 0, family: 0 });
  });
});

describe('spansOf while a timer is being stopped', () => {
  it('counts a run once when its entry is already saved under the timer id and the timer is not yet cleared', () => {
    const timer = { id: 't1', categoryId: 'work', start: 0, note: '' };
    const saved = { id: 't1', categoryId: 'work', start: 0, end: 3_600_000, note: '', tags: [], source: 'timer' };
    const other = { id: 'e2', categoryId: 'work', start: 4_000_000, end: 5_000_000, note: '', tags: [], source: 'manual' };
    const spans = spansOf([saved, other], timer, 3_600_000);
    expect(spans.map((s) => s.id)).toEqual(['e2', 't1']);
    expect(spans.find((s) => s.id === 't1')?.running).toBe(true);
    expect(spansOf([saved], null, 3_600_000)).toHaveLength(1);
  });
});

describe('a running timer counts what its stop would save (savedRun)', () => {
  const workOf = (spans: ReturnType<typeof spansOf>) => areaMinutesBetween(spans, areaLookup(CATEGORIES), T0 - 24 * HOUR, T0 + 24 * HOUR).work;

  it('one that ran into an entry saved ahead counts up to where that entry begins, and adds nothing after', () => {
    const ahead = entry('family', T0 + HOUR, T0 + 2 * HOUR);
    const spans = spansOf([ahead], timer('work', T0), T0 + 3 * HOUR);
    expect(spans.map((s) => [s.categoryId, s.start - T0, s.end - T0, s.running])).toEqual([
      ['family', HOUR, 2 * HOUR, false],
      ['work', 0, HOUR, true],
    ]);
    expect(workOf(spans)).toBe(60);
    expect(runStretch([ahead], timer('work', T0), T0 + 3 * HOUR)).toEqual({ from: T0, until: T0 + HOUR });
    expect(savedRun(timer('work', T0), [ahead], T0 + 3 * HOUR)).toEqual({ from: T0, to: T0 + HOUR, reached: ahead });
  });

  it('one whose start an entry covers counts from where that entry (and any entry right after it) ends', () => {
    const covering = [entry('family', T0 - HOUR, T0 + HOUR), entry('run', T0 + HOUR, T0 + 90 * 60_000)];
    const spans = spansOf(covering, timer('work', T0), T0 + 2 * HOUR);
    expect(spans.filter((s) => s.running).map((s) => [s.start - T0, s.end - T0])).toEqual([[90 * 60_000, 2 * HOUR]]);
    expect(runStretch(covering, timer('work', T0), T0 + 2 * HOUR)).toEqual({ from: T0 + 90 * 60_000, until: Infinity });
    // Covered to now: the run adds nothing at all.
    expect(spansOf(covering, timer('work', T0), T0 + 80 * 60_000).filter((s) => s.running)).toEqual([]);
  });

  it('between two instants, the run is read against the entries about it, those outside the range too', () => {
    // The timer began before the range, inside an entry that ended before the range: the run starts at that end.
    const before = entry('family', T0 - 3 * HOUR, T0 - HOUR);
    const index = new EntryIndex([before]);
    const spans = spansBetween(index, timer('work', T0 - 2 * HOUR), T0 + HOUR, T0, T0 + 2 * HOUR);
    expect(spans.map((s) => [s.id, s.start - T0, s.end - T0])).toEqual([['timer', -HOUR, HOUR]]);
  });
});

describe('a zero-length entry and a running timer', () => {
  it('holds no time: it neither ends the run nor moves its start, in the figures and in what the stop saves', () => {
    const zero = entry('family', T0 + HOUR / 2, T0 + HOUR / 2);
    const spans = spansOf([zero], timer('work', T0), T0 + 3 * HOUR);
    expect(spans.filter((s) => s.running).map((s) => [s.start - T0, s.end - T0])).toEqual([[0, 3 * HOUR]]);
    expect(savedRun(timer('work', T0), [entry('family', T0, T0)], T0 + HOUR)).toEqual({ from: T0, to: T0 + HOUR });
  });
});

describe('spans between two instants and a run saved outside them', () => {
  it('a timer whose start-to-now reaches into the range, but whose saved run lies after it, adds no span there', () => {
    // Started at 08:00 inside an entry that runs to 10:00: the run counts from 10:00; the range 08:00–09:00 has none of it.
    const index = new EntryIndex([entry('family', T0 - HOUR, T0 + 2 * HOUR)]);
    const spans = spansBetween(index, timer('work', T0), T0 + 3 * HOUR, T0, T0 + HOUR);
    expect(spans.map((s) => s.id)).toEqual([expect.stringMatching(/^e\d+$/)]);
  });
});

describe('savedRun (property)', () => {
  /** The rule as the stop first wrote it: walk the entries over the start one by one, then the earliest ahead. */
  function reference(start: number, entries: ReturnType<typeof entry>[], end: number): { from: number; to: number } {
    const others = entries.filter((e) => e.end > e.start);
    let from = start;
    for (let over = others.find((e) => e.start <= from && e.end > from); over; over = others.find((e) => e.start <= from && e.end > from)) from = over.end;
    const ahead = others.filter((e) => e.start > from && e.start < end).map((e) => e.start);
    return { from, to: Math.min(end, ...ahead) };
  }

  it('gives what walking the entries one by one gives, whatever their order and overlaps', () => {
    const span = fc.record({ at: fc.integer({ min: -20, max: 40 }), length: fc.integer({ min: 0, max: 12 }) });
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), fc.integer({ min: 0, max: 40 }), (raw, endQ) => {
        const entries = raw.map((r, k) => entry('family', T0 + r.at * 15 * 60_000, T0 + (r.at + r.length) * 15 * 60_000, `x${k}`));
        const end = T0 + endQ * 15 * 60_000;
        const { from, to } = savedRun(timer('work', T0), entries, end);
        expect({ from, to }).toEqual(reference(T0, entries, end));
      }),
      { numRuns: 500 },
    );
  });
});
