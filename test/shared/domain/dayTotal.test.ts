import { describe, expect, it } from 'vitest';
import type { Entry, RunningTimer } from '../../../shared/model';
import { freeStretches, setDayTotal, type DayTotalInput } from '../../../shared/domain/dayTotal';

const H = 3_600_000;
const M = 60_000;
const DAY = { start: 0, end: 24 * H };
const WINDOW = [{ start: 9 * H, end: 17 * H }];
const entry = (id: string, categoryId: string, start: number, end: number): Entry => ({ id, categoryId, start, end, note: '', tags: [], source: 'manual' });
const base = (patch: Partial<DayTotalInput>): DayTotalInput => ({
  day: DAY,
  categoryId: 'work',
  area: 'work',
  minutes: 0,
  entries: [],
  timer: null,
  now: 48 * H,
  windows: WINDOW,
  ...patch,
});
const added = (input: Partial<DayTotalInput>) => {
  const change = setDayTotal(base(input));
  if (change.kind !== 'add') throw new Error(`expected an add, got ${JSON.stringify(change)}`);
  return change;
};

describe('setDayTotal: more time goes into free stretches of the day', () => {
  it('an empty day: work from the work window’s start', () => {
    expect(added({ minutes: 90 })).toEqual({ kind: 'add', currentMs: 0, pieces: [{ start: 9 * H, end: 10.5 * H }], insideWindowsMs: 90 * M });
  });

  it('the window start taken: right after the day’s last entry', () => {
    const entries = [entry('a', 'work', 9 * H, 12 * H), entry('b', 'family', 13 * H, 14 * H)];
    expect(added({ minutes: 240, entries }).pieces).toEqual([{ start: 14 * H, end: 15 * H }]);
  });

  it('no window that day and nothing logged: in the morning, not from midnight (which would make up late work)', () => {
    expect(added({ minutes: 60, windows: [], daytime: 9 * H }).pieces).toEqual([{ start: 9 * H, end: 10 * H }]);
    expect(added({ categoryId: 'family', area: 'family', minutes: 300, windows: [], daytime: 9 * H }).pieces).toEqual([{ start: 9 * H, end: 14 * H }]);
    // Without a morning given, the day's first free minute.
    expect(added({ minutes: 60, windows: [] }).pieces).toEqual([{ start: 0, end: H }]);
    // A day with entries goes on where they stop.
    expect(added({ minutes: 60, windows: [], daytime: 9 * H, entries: [entry('r', 'fitness', 11 * H, 12 * H)] }).pieces).toEqual([{ start: 12 * H, end: 13 * H }]);
  });

  it('work that does not fit in the window in one piece fills the window’s gaps first, only the rest outside it', () => {
    // The window 9–17 has 12–13 and 16–17 free: two hours inside, one after the window.
    const entries = [entry('a', 'family', 9 * H, 12 * H), entry('b', 'family', 13 * H, 16 * H)];
    const change = added({ minutes: 180, entries });
    expect(change.pieces).toEqual([
      { start: 12 * H, end: 13 * H },
      { start: 16 * H, end: 18 * H },
    ]);
    expect(change.insideWindowsMs).toBe(2 * H);
  });

  it('fitness and family go outside the work windows first: from the window’s close on an empty day', () => {
    expect(added({ categoryId: 'fitness', area: 'fitness', minutes: 60 }).pieces).toEqual([{ start: 17 * H, end: 18 * H }]);
    const evening = [entry('d', 'family', 17 * H, 24 * H)];
    const change = added({ categoryId: 'fitness', area: 'fitness', minutes: 60, entries: evening });
    // The morning before the window is outside it too; the first free minute of the day is used.
    expect(change.pieces).toEqual([{ start: 0, end: H }]);
    expect(change.insideWindowsMs).toBe(0);
  });

  it('fitness goes inside the window only for what does not fit outside it', () => {
    const outside = [entry('n', 'family', 0, 9 * H), entry('e', 'family', 17 * H, 23 * H)];
    const change = added({ categoryId: 'fitness', area: 'fitness', minutes: 120, entries: outside });
    expect(change.pieces).toEqual([
      { start: 9 * H, end: 10 * H },
      { start: 23 * H, end: 24 * H },
    ]);
    expect(change.insideWindowsMs).toBe(H);
  });

  it('the time is split over free stretches when no single one holds it', () => {
    const entries = [entry('a', 'family', 0, 10 * H), entry('b', 'family', 11 * H, 23 * H)];
    expect(added({ minutes: 120, entries, windows: [] }).pieces).toEqual([
      { start: 10 * H, end: 11 * H },
      { start: 23 * H, end: 24 * H },
    ]);
  });

  it('never over a running timer, which holds everything from its start on', () => {
    const timer: RunningTimer = { id: 't', categoryId: 'family', start: 8 * H, note: '' };
    // Today, as late as it can before now: the hour just before the timer started.
    expect(added({ minutes: 60, timer, now: 8 * H }).pieces).toEqual([{ start: 7 * H, end: 8 * H }]);
    expect(freeStretches(DAY, [], timer)).toEqual([{ start: 0, end: 8 * H }]);
  });

  it('not enough free time in the day: refused in words, saying how much is free', () => {
    const entries = [entry('a', 'family', 0, 23 * H)];
    expect(setDayTotal(base({ minutes: 120, entries }))).toMatchObject({ kind: 'refused', message: expect.stringContaining('only 1 h free') });
  });

  it('the same figure: nothing to do', () => {
    expect(setDayTotal(base({ minutes: 90, entries: [entry('a', 'work', 9 * H, 10.5 * H)] }))).toEqual({ kind: 'none', currentMs: 90 * M });
  });
});

describe('setDayTotal: a total typed for today is time already spent, placed before now', () => {
  it('work from the window’s opening when it fits before now', () => {
    expect(added({ minutes: 120, now: 16 * H }).pieces).toEqual([{ start: 9 * H, end: 11 * H }]);
  });

  it('more than the window has had so far: the window up to now, the rest just before it, never after now', () => {
    const change = added({ minutes: 480, now: 16 * H });
    expect(change.pieces).toEqual([{ start: 8 * H, end: 16 * H }]);
    expect(change.insideWindowsMs).toBe(7 * H);
  });

  it('before the window opens: the time just before now', () => {
    expect(added({ minutes: 120, now: 8 * H }).pieces).toEqual([{ start: 6 * H, end: 8 * H }]);
  });

  it('fitness outside the windows, as late as it can before now', () => {
    expect(added({ categoryId: 'fitness', area: 'fitness', minutes: 60, now: 16 * H }).pieces).toEqual([{ start: 8 * H, end: 9 * H }]);
    // After the window closed: from its close, as on any other day.
    expect(added({ categoryId: 'fitness', area: 'fitness', minutes: 60, now: 20 * H }).pieces).toEqual([{ start: 17 * H, end: 18 * H }]);
  });

  it('split over the latest free stretches before now when none holds it all', () => {
    const entries = [entry('a', 'family', 0, 5 * H), entry('b', 'family', 6 * H, 7 * H)];
    // 5–6 and 7–7:30 are free before now: the half hour just gone, then the latest 50 minutes of the stretch before.
    expect(added({ minutes: 80, entries, windows: [], now: 7.5 * H }).pieces).toEqual([
      { start: 5 * H + 10 * M, end: 6 * H },
      { start: 7 * H, end: 7.5 * H },
    ]);
  });

  it('more than today has had free before now: refused in words', () => {
    expect(setDayTotal(base({ minutes: 120, now: H }))).toMatchObject({
      kind: 'refused',
      message: 'Today has only 1 h free before now, not the 2 h more this needs. Add the rest once it is done, or start a timer.',
    });
  });

  it('a day after a running timer’s start is refused as the timer’s, not as a day with no room', () => {
    const timer: RunningTimer = { id: 't', categoryId: 'work', start: -2 * H, note: '' };
    expect(setDayTotal(base({ minutes: 480, timer, now: -H }))).toMatchObject({
      kind: 'refused',
      message: 'A timer is running, and it holds the time from its start on: 8 h more does not fit in this day beside it. Stop the timer first, then change the figure.',
    });
    // Today, stopping the timer would save its run up to now as an entry: no room is made, and it is not named.
    const running: RunningTimer = { id: 't', categoryId: 'work', start: 8 * H, note: '' };
    expect(setDayTotal(base({ categoryId: 'family', area: 'family', minutes: 600, timer: running, now: 20 * H }))).toMatchObject({ message: expect.stringMatching(/^Today has only 8 h free before now/) });
    // A day that is full of entries is still said as full.
    const full = [entry('f', 'family', 0, 23 * H)];
    expect(setDayTotal(base({ minutes: 120, timer, now: -H, entries: full }))).toMatchObject({ message: expect.stringMatching(/^That day has only /) });
  });
});

describe('setDayTotal: less time trims or deletes the category’s latest entries', () => {
  const morning = entry('m', 'work', 9 * H, 12 * H);
  const afternoon = entry('a', 'work', 13 * H, 15 * H);
  const other = entry('o', 'family', 15 * H, 16 * H);
  const reduced = (input: Partial<DayTotalInput>) => {
    const change = setDayTotal(base(input));
    return change.kind === 'reduce' ? { trims: change.trims, deletes: change.deletes } : change;
  };

  it('less than the latest entry: that entry ends earlier', () => {
    expect(reduced({ minutes: 240, entries: [morning, afternoon, other] })).toEqual({ trims: [{ entry: afternoon, start: 13 * H, end: 14 * H }], deletes: [] });
  });

  it('exactly the latest entry: it is deleted', () => {
    expect(reduced({ minutes: 180, entries: [morning, afternoon] })).toEqual({ trims: [], deletes: [afternoon] });
  });

  it('more than the latest entry: it is deleted and the one before trimmed', () => {
    expect(reduced({ minutes: 90, entries: [morning, afternoon] })).toEqual({ trims: [{ entry: morning, start: 9 * H, end: 10.5 * H }], deletes: [afternoon] });
  });

  it('work: what lies wholly outside the windows goes first, so a total typed too high and put right keeps the real hours', () => {
    // 2 h typed (09:00–11:00), then 5 (06:10–09:00 and 11:00–11:10 added around it), then 2 again.
    const real = entry('r', 'work', 9 * H, 11 * H);
    const early = entry('e', 'work', 6 * H + 10 * M, 9 * H);
    const late = entry('l', 'work', 11 * H, 11 * H + 10 * M);
    expect(reduced({ minutes: 120, entries: [early, real, late] })).toEqual({ trims: [], deletes: [early, late] });
    // Fitness keeps the latest-first order: its evening time is where it belongs.
    const run = entry('f1', 'fitness', 7 * H, 8 * H);
    const evening = entry('f2', 'fitness', 18 * H, 19 * H);
    expect(reduced({ categoryId: 'fitness', area: 'fitness', minutes: 60, entries: [run, evening] })).toEqual({ trims: [], deletes: [evening] });
  });

  it('to zero: every entry of the category deleted, other categories untouched', () => {
    expect(reduced({ minutes: 0, entries: [morning, afternoon, other] })).toEqual({ trims: [], deletes: [afternoon, morning] });
  });

  it('an entry running past midnight is cut from its start, so the next day keeps its part', () => {
    const late = entry('l', 'work', 23 * H, 26 * H);
    expect(reduced({ minutes: 30, entries: [late] })).toEqual({ trims: [{ entry: late, start: 23 * H + 30 * M, end: 26 * H }], deletes: [] });
  });

  it('an entry from the day before: only this day’s part is removed', () => {
    const early = entry('e', 'work', -2 * H, 1 * H);
    expect(reduced({ minutes: 0, entries: [early] })).toEqual({ trims: [{ entry: early, start: -2 * H, end: 0 }], deletes: [] });
  });

  it('an entry covering the whole day is not shortened here', () => {
    const long = entry('x', 'work', -H, 25 * H);
    expect(setDayTotal(base({ minutes: 60, entries: [long] }))).toMatchObject({ kind: 'refused', message: expect.stringContaining('edit it instead') });
  });

  it('nor taken out of the day whole: cut to one side, it lost the other days’ time (a timer from Friday to Monday)', () => {
    const weekend = entry('x', 'work', -31 * H, 51 * H);
    expect(setDayTotal(base({ minutes: 0, entries: [weekend] }))).toEqual({
      kind: 'refused',
      currentMs: 24 * H,
      message: 'An entry covering the whole day cannot be shortened here; edit it instead.',
    });
  });

  it('below what a running timer of the category counts: refused, stop the timer first', () => {
    const timer: RunningTimer = { id: 't', categoryId: 'work', start: 10 * H, note: '' };
    expect(setDayTotal(base({ minutes: 30, timer, now: 12 * H }))).toMatchObject({ kind: 'refused', message: expect.stringContaining('Stop the timer first') });
  });
});
