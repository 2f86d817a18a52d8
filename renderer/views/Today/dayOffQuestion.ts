// What "Take today off" asks when today already has work on it: how much is logged, what the day off does to the
// week's cap, and what becomes of the entries, so the week showing over a lowered cap afterwards is no surprise.
import type { Category, DaySummary, RunningTimer, Settings, WeekSummary } from '../../../shared/model';
import { isWorkTimer } from '../../../shared/domain/caps';
import { addDaysOff, weeklyCapMinutesAt } from '../../../shared/domain/daysOff';
import { areaLookup } from '../../../shared/domain/spans';
import { formatDuration } from '../../format/formatClock';
import { formatHours } from '../../format/formatHours';

export interface DayOffQuestion {
  title: string;
  message: string;
  details: string[];
  confirmLabel: string;
}

export interface DayOffFacts {
  day: DaySummary;
  /** The summary of the week containing today. */
  summary: WeekSummary;
  settings: Settings | null;
  timer: RunningTimer | null;
  categories: readonly Category[];
  now: number;
  locale: string | undefined;
}

/** Null when today has no work logged and no work timer runs: nothing changes for work already done, so no question. */
export function dayOffQuestion({ day, summary, settings, timer, categories, now, locale }: DayOffFacts): DayOffQuestion | null {
  const workTimer = timer && isWorkTimer(timer, now, areaLookup(categories)) ? timer : null;
  if (day.minutes.work <= 0 && !workTimer) return null;
  const timerName = workTimer ? (categories.find((c) => c.id === workTimer.categoryId)?.name ?? 'work') : null;
  const details: string[] = [];
  if (settings) {
    // The cap of this week with today off, as the domain computes it for the saved days off plus today.
    const capOff = weeklyCapMinutesAt({ ...settings, daysOff: addDaysOff(settings.daysOff, [day.date], 'other', '') }, day.start);
    const worked = summary.minutes.work;
    const cap =
      capOff < summary.capMinutes
        ? `This week's cap goes from ${formatHours(summary.capMinutes, locale)} to ${formatHours(capOff, locale)}`
        : `This week's cap stays at ${formatHours(capOff, locale)}, as today has no work hours`;
    const standing =
      worked > capOff
        ? `with ${formatHours(worked, locale)} of work this week, that puts the week ${formatHours(worked - capOff, locale)} over its cap.`
        : `with ${formatHours(worked, locale)} of work this week, ${formatHours(capOff - worked, locale)} are left.`;
    details.push(`${cap}; ${standing}`);
  }
  // daysOff.add changes the settings only: entries and the timer stay, and a day off has no work window.
  details.push("Today's entries are kept. They still count toward the week, as work outside your work hours.");
  if (timerName) details.push(`The ${timerName} timer keeps running.`);
  return {
    title: 'Take today off?',
    message: `Today already has ${formatDuration(day.minutes.work, locale)} of work logged${timerName ? `, and a ${timerName} timer is running` : ''}.`,
    details,
    confirmLabel: 'Take today off',
  };
}
