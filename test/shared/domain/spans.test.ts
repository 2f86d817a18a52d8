import { describe, expect, it } from 'vitest';
import { areaLookup, areaMinutesBetween, spansBetween, spansOf } from '../../../shared/domain/spans';
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
