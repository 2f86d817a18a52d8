import { describe, expect, it } from 'vitest';
import { trendSignals, weekProgress, weekSignals } from '../../../shared/domain/signals';

/** Monday … Sunday, with work windows Monday to Friday unless `windowed` says which days (by index) have one. */
const days = (work: number[], windowed = [0, 1, 2, 3, 4]) => work.map((workMinutes, i) => ({ weekday: (i + 1) % 7, workMinutes, hasWorkWindow: windowed.includes(i) }));
const base = { capMinutes: 2100, offHoursWorkMinutes: 0, lateWorkMinutes: 0, gaps: { fitness: 0, family: 0 } };

describe('week signals', () => {
  it('over cap only when work is more than the cap', () => {
    expect(weekSignals({ ...base, workMinutes: 2100, days: days([0, 0, 0, 0, 0, 0, 0]) }).overCap).toBe(false);
    expect(weekSignals({ ...base, workMinutes: 2101, days: days([0, 0, 0, 0, 0, 0, 0]) }).overCap).toBe(true);
    // In whole minutes, as shown: seconds past the cap are at it.
    expect(weekSignals({ ...base, workMinutes: 2100.2, days: days([0, 0, 0, 0, 0, 0, 0]) }).overCap).toBe(false);
  });

  it('the off-hours share is off-hours work over all work, and 0 with no work', () => {
    expect(weekSignals({ ...base, workMinutes: 400, offHoursWorkMinutes: 100, days: days([]) }).offHoursShare).toBe(0.25);
    expect(weekSignals({ ...base, workMinutes: 0, days: days([]) }).offHoursShare).toBe(0);
  });

  it('weekend days worked counts Saturday and Sunday with any work, wherever the week starts', () => {
    // Monday … Sunday: Saturday is index 5, Sunday index 6.
    expect(weekSignals({ ...base, workMinutes: 10, days: days([60, 0, 0, 0, 0, 5, 0]) }).weekendDaysWorked).toBe(1);
    expect(weekSignals({ ...base, workMinutes: 10, days: days([0, 0, 0, 0, 0, 5, 1]) }).weekendDaysWorked).toBe(2);
  });

  it('a Saturday or Sunday with a work window is a work day (a Tuesday-to-Saturday week), not a weekend day worked', () => {
    const tuesdayToSaturday = [1, 2, 3, 4, 5];
    expect(weekSignals({ ...base, workMinutes: 10, days: days([0, 60, 60, 60, 60, 60, 0], tuesdayToSaturday) }).weekendDaysWorked).toBe(0);
    expect(weekSignals({ ...base, workMinutes: 10, days: days([0, 60, 60, 60, 60, 60, 5], tuesdayToSaturday) }).weekendDaysWorked).toBe(1);
  });
});

describe('trend signals', () => {
  const WEEK = 7 * 86_400_000;
  /** A week from `start` to a week later, seen at `now`: by default long after it ended. */
  const week = (overCap: boolean, metCount: number, { start = 0, now = 10 * WEEK } = {}) => ({
    signals: { overCap, offHoursShare: 0, weekendDaysWorked: 0, lateWorkMinutes: 0, longestFitnessGapDays: 0, longestFamilyGapDays: 0 },
    balance: { targets: { workMaxMinutes: 0, fitnessMinMinutes: 0, familyMinMinutes: 0 }, targetsMet: [], behind: [], metCount },
    start,
    end: start + WEEK,
    now,
  });

  it('consecutive weeks over cap and targets missed in a row count back from the last week', () => {
    const weeks = [week(true, 1), week(false, 3), week(true, 2), week(true, 2), week(true, 3)];
    expect(trendSignals(weeks)).toEqual({ consecutiveWeeksOverCap: 3, targetsMissedInARow: 0 });
    expect(trendSignals(weeks.slice(0, 4))).toEqual({ consecutiveWeeksOverCap: 2, targetsMissedInARow: 2 });
  });

  it('a range that is all over cap counts every week in it; an empty range counts none', () => {
    expect(trendSignals([week(true, 0), week(true, 0)])).toEqual({ consecutiveWeeksOverCap: 2, targetsMissedInARow: 2 });
    expect(trendSignals([])).toEqual({ consecutiveWeeksOverCap: 0, targetsMissedInARow: 0 });
  });

  it('a week not yet ended is not a miss: the runs count back from the last ended week', () => {
    const now = 3.5 * WEEK;
    const ended = [week(true, 1, { start: 0, now }), week(true, 2, { start: WEEK, now }), week(true, 0, { start: 2 * WEEK, now })];
    const current = week(false, 0, { start: 3 * WEEK, now });
    const next = week(false, 0, { start: 4 * WEEK, now });
    expect([weekProgress(ended[2]!), weekProgress(current), weekProgress(next)]).toEqual(['ended', 'in-progress', 'not-started']);
    // Wednesday of the current week, nothing logged yet, and the week after it (a range ending in the future).
    expect(trendSignals([...ended, current])).toEqual({ consecutiveWeeksOverCap: 3, targetsMissedInARow: 3 });
    expect(trendSignals([...ended, current, next])).toEqual({ consecutiveWeeksOverCap: 3, targetsMissedInARow: 3 });
    expect(trendSignals([current, next])).toEqual({ consecutiveWeeksOverCap: 0, targetsMissedInARow: 0 });
  });

  it('the over-cap run counts finished weeks only: a week in progress, over the cap already or not, neither adds to it nor breaks it', () => {
    const now = 1.5 * WEEK;
    // Over the cap already, it is said on its own (trendWords), not as a finished week over it.
    expect(trendSignals([week(true, 2, { start: 0, now }), week(true, 2, { start: WEEK, now })]).consecutiveWeeksOverCap).toBe(1);
    expect(trendSignals([week(true, 2, { start: 0, now }), week(false, 3, { start: WEEK, now })]).consecutiveWeeksOverCap).toBe(1);
    expect(trendSignals([week(false, 3, { start: 0, now }), week(true, 2, { start: WEEK, now })]).consecutiveWeeksOverCap).toBe(0);
    // An ended week under the cap does break it.
    expect(trendSignals([week(true, 2), week(false, 3)]).consecutiveWeeksOverCap).toBe(0);
  });
});
