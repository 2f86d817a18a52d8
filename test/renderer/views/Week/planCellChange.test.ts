import { describe, expect, it } from 'vitest';
import type { Entry, RunningTimer } from '../../../../shared/model';
import { freeStretches, planCellChange, type CellInput } from '../../../../renderer/views/Week/planCellChange';

const H = 3_600_000;
const M = 60_000;
const DAY = { start: 0, end: 24 * H };
const entry = (id: string, categoryId: string, start: number, end: number): Entry => ({ id, categoryId, start, end, note: '', tags: [], source: 'manual' });
const base = (patch: Partial<CellInput>): CellInput => ({
  day: DAY,
  categoryId: 'work',
  currentMinutes: 0,
  targetMinutes: 0,
  entries: [],
  timer: null,
  now: 48 * H,
  windowStart: 9 * H,
  ...patch,
});

describe('planCellChange: more time is one new entry in a free stretch of the day', () => {
  it('an empty day: from the work window’s start', () => {
    expect(planCellChange(base({ targetMinutes: 90 }))).toEqual({ kind: 'add', start: 9 * H, end: 10.5 * H });
  });

  it('the window start taken: right after the day’s last entry', () => {
    const entries = [entry('a', 'work', 9 * H, 12 * H), entry('b', 'family', 13 * H, 14 * H)];
    expect(planCellChange(base({ currentMinutes: 180, targetMinutes: 240, entries }))).toEqual({ kind: 'add', start: 14 * H, end: 15 * H });
  });

  it('no window that day and nothing logged: from the day’s first free minute', () => {
    expect(planCellChange(base({ targetMinutes: 60, windowStart: null }))).toEqual({ kind: 'add', start: 0, end: H });
  });

  it('the end of the day full: the first free stretch long enough', () => {
    const entries = [entry('a', 'family', 9 * H, 24 * H), entry('b', 'family', 0, 2 * H)];
    expect(planCellChange(base({ targetMinutes: 120, entries }))).toEqual({ kind: 'add', start: 2 * H, end: 4 * H });
  });

  it('never over a running timer, which holds everything from its start on', () => {
    const timer: RunningTimer = { id: 't', categoryId: 'family', start: 8 * H, note: '' };
    expect(planCellChange(base({ targetMinutes: 60, timer }))).toEqual({ kind: 'add', start: 0, end: H });
    expect(freeStretches(DAY, [], timer)).toEqual([{ start: 0, end: 8 * H }]);
  });

  it('no room at all: refused in words', () => {
    const entries = [entry('a', 'family', 0, 24 * H)];
    expect(planCellChange(base({ targetMinutes: 60, entries }))).toMatchObject({ kind: 'refused', message: expect.stringContaining('no free stretch') });
  });

  it('the same figure: nothing to do', () => {
    expect(planCellChange(base({ currentMinutes: 90, targetMinutes: 90 }))).toEqual({ kind: 'none' });
  });
});

describe('planCellChange: less time trims or deletes the cell’s latest entries', () => {
  const morning = entry('m', 'work', 9 * H, 12 * H);
  const afternoon = entry('a', 'work', 13 * H, 15 * H);
  const other = entry('o', 'family', 15 * H, 16 * H);

  it('less than the latest entry: that entry ends earlier', () => {
    const plan = planCellChange(base({ currentMinutes: 300, targetMinutes: 240, entries: [morning, afternoon, other] }));
    expect(plan).toEqual({ kind: 'reduce', trims: [{ entry: afternoon, start: 13 * H, end: 14 * H }], deletes: [] });
  });

  it('exactly the latest entry: it is deleted', () => {
    const plan = planCellChange(base({ currentMinutes: 300, targetMinutes: 180, entries: [morning, afternoon] }));
    expect(plan).toEqual({ kind: 'reduce', trims: [], deletes: [afternoon] });
  });

  it('more than the latest entry: it is deleted and the one before trimmed', () => {
    const plan = planCellChange(base({ currentMinutes: 300, targetMinutes: 90, entries: [morning, afternoon] }));
    expect(plan).toEqual({ kind: 'reduce', trims: [{ entry: morning, start: 9 * H, end: 10.5 * H }], deletes: [afternoon] });
  });

  it('to zero: every entry of the cell deleted, other categories untouched', () => {
    const plan = planCellChange(base({ currentMinutes: 300, targetMinutes: 0, entries: [morning, afternoon, other] }));
    expect(plan).toEqual({ kind: 'reduce', trims: [], deletes: [afternoon, morning] });
  });

  it('an entry running past midnight is cut from its start, so the next day keeps its part', () => {
    const late = entry('l', 'work', 23 * H, 26 * H);
    const plan = planCellChange(base({ currentMinutes: 60, targetMinutes: 30, entries: [late] }));
    expect(plan).toEqual({ kind: 'reduce', trims: [{ entry: late, start: 23 * H + 30 * M, end: 26 * H }], deletes: [] });
  });

  it('an entry from the day before: only this day’s part is removed', () => {
    const early = entry('e', 'work', -2 * H, 1 * H);
    const plan = planCellChange(base({ currentMinutes: 60, targetMinutes: 0, entries: [early] }));
    expect(plan).toEqual({ kind: 'reduce', trims: [{ entry: early, start: -2 * H, end: 0 }], deletes: [] });
  });

  it('below what a running timer of the cell counts: refused, stop the timer first', () => {
    const timer: RunningTimer = { id: 't', categoryId: 'work', start: 10 * H, note: '' };
    const plan = planCellChange(base({ currentMinutes: 120, targetMinutes: 30, timer, now: 12 * H }));
    expect(plan).toMatchObject({ kind: 'refused', message: expect.stringContaining('Stop the timer first') });
  });
});
