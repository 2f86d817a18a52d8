// Burnout signals: what the figures say about a week and a run of weeks. Signals to notice, never a diagnosis.
import type { TrendSignals, WeekSignals, WeekSummary } from '../model';

export interface WeekSignalFigures {
  workMinutes: number;
  capMinutes: number;
  offHoursWorkMinutes: number;
  lateWorkMinutes: number;
  /** Work minutes per day, with each day's weekday (0 = Sunday … 6 = Saturday) and whether it has a work window. */
  days: readonly { weekday: number; workMinutes: number; hasWorkWindow: boolean }[];
  gaps: { fitness: number; family: number };
}

export function weekSignals(f: WeekSignalFigures): WeekSignals {
  return {
    // In whole minutes, as the figures show it (and capStatus's overCapMinutes).
    overCap: Math.round(f.workMinutes) > f.capMinutes,
    offHoursShare: f.workMinutes > 0 ? f.offHoursWorkMinutes / f.workMinutes : 0,
    // A Saturday or Sunday with a work window is a work day for this person (a Tuesday-to-Saturday week), as the
    // weekend-work nudge takes it: only a weekend day kept free of work hours counts when work lands on it.
    weekendDaysWorked: f.days.filter((d) => (d.weekday === 0 || d.weekday === 6) && !d.hasWorkWindow && d.workMinutes > 0).length,
    lateWorkMinutes: f.lateWorkMinutes,
    longestFitnessGapDays: f.gaps.fitness,
    longestFamilyGapDays: f.gaps.family,
  };
}

/** Where a week stands at the `now` it was summarised at: its figures are final only once it has ended. */
export type WeekProgress = 'not-started' | 'in-progress' | 'ended';

export function weekProgress(week: Pick<WeekSummary, 'start' | 'end' | 'now'>): WeekProgress {
  if (week.now < week.start) return 'not-started';
  return week.now < week.end ? 'in-progress' : 'ended';
}

/**
 * A finished week with nothing logged: no data (years of history imported on a first day, weeks away), never behind:
 * nothing is known of it. weekRange marks such weeks `noData`; a week's own summary is judged by this too.
 */
export function nothingLogged(week: Pick<WeekSummary, 'start' | 'end' | 'now' | 'minutes'>): boolean {
  return weekProgress(week) === 'ended' && week.minutes.work + week.minutes.fitness + week.minutes.family === 0;
}

/**
 * Runs ending at the last week of the range (oldest first); a run cannot be seen past the range's first week.
 * Both count finished weeks only: a week not yet ended has not missed a target (time can still be logged), so it is
 * left out of the runs rather than counted or breaking them. One in progress already over the cap is settled (work
 * only grows) but not finished: trendWords says it on its own, so no sentence calls it a finished week.
 */
export function trendSignals(weeks: readonly Pick<WeekSummary, 'signals' | 'balance' | 'noData' | 'start' | 'end' | 'now'>[]): TrendSignals {
  const ended = (w: (typeof weeks)[number]) => weekProgress(w) === 'ended';
  return {
    consecutiveWeeksOverCap: runAtEnd(weeks, (w) => (!ended(w) ? null : w.signals.overCap)),
    // A week before the record starts missed nothing: it has no data.
    targetsMissedInARow: runAtEnd(weeks, (w) => (!ended(w) ? null : !w.noData && w.balance.metCount < 3)),
  };
}

/** How many items in a row, back from the last, hold; an item whose outcome is null (not settled) is skipped. */
function runAtEnd<T>(items: readonly T[], holds: (item: T) => boolean | null): number {
  let run = 0;
  for (let i = items.length - 1; i >= 0; i--) {
    const outcome = holds(items[i]!);
    if (outcome === false) break;
    if (outcome) run++;
  }
  return run;
}
