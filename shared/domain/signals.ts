// Burnout signals: what the figures say about a week and a run of weeks. Signals to notice, never a diagnosis.
import type { TrendSignals, WeekSignals, WeekSummary } from '../model';

export interface WeekSignalFigures {
  workMinutes: number;
  capMinutes: number;
  offHoursWorkMinutes: number;
  lateWorkMinutes: number;
  /** Work minutes per day, with each day's weekday (0 = Sunday … 6 = Saturday). */
  days: readonly { weekday: number; workMinutes: number }[];
  gaps: { fitness: number; family: number };
}

export function weekSignals(f: WeekSignalFigures): WeekSignals {
  return {
    overCap: f.workMinutes > f.capMinutes,
    offHoursShare: f.workMinutes > 0 ? f.offHoursWorkMinutes / f.workMinutes : 0,
    weekendDaysWorked: f.days.filter((d) => (d.weekday === 0 || d.weekday === 6) && d.workMinutes > 0).length,
    lateWorkMinutes: f.lateWorkMinutes,
    longestFitnessGapDays: f.gaps.fitness,
    longestFamilyGapDays: f.gaps.family,
  };
}

/** Runs ending at the last week of the range (oldest first); a run cannot be seen past the range's first week. */
export function trendSignals(weeks: readonly Pick<WeekSummary, 'signals' | 'balance' | 'noData'>[]): TrendSignals {
  return {
    consecutiveWeeksOverCap: runAtEnd(weeks, (w) => w.signals.overCap),
    // A week before the record starts missed nothing: it has no data.
    targetsMissedInARow: runAtEnd(weeks, (w) => !w.noData && w.balance.metCount < 3),
  };
}

function runAtEnd<T>(items: readonly T[], holds: (item: T) => boolean): number {
  let run = 0;
  for (let i = items.length - 1; i >= 0 && holds(items[i]!); i--) run++;
  return run;
}
