// What "Take today off" asks when today already has work on it (and the Week grid's "off?" for any day with work): how
// much is logged, what the day off does to the week's cap, and what becomes of the entries, so the week showing over a
// lowered cap afterwards is no surprise.
import type { Category, DaySummary, RunningTimer, Settings, WeekSummary } from '../../shared/model';
import { isWorkTimer } from '../../shared/domain/caps';
import { addDaysOff, weeklyCapMinutesAt } from '../../shared/domain/daysOff';
import { areaLookup } from '../../shared/domain/spans';
import { formatDuration } from './formatClock';
import { formatHours } from './formatHours';

export interface DayOffQuestion {
  title: string;
  message: string;
  details: string[];
  confirmLabel: string;
}

export interface DayOffFacts {
  day: DaySummary;
  /** The summary of the week containing the day. */
  summary: WeekSummary;
  settings: Settings | null;
  timer: RunningTimer | null;
  categories: readonly Category[];
  now: number;
  locale: string | undefined;
  /** How the day is named: "today" (the default), or as the Week grid heads its column ("Tue 3"). */
  name?: string;
}

/** Null when the day has no work logged and no work timer runs in it: nothing changes for work already done, so no
 * question. */
export function dayOffQuestion({ day, summary, settings, timer, categories, now, locale, name = 'today' }: DayOffFacts): DayOffQuestion | null {
  const Name = name.charAt(0).toUpperCase() + name.slice(1);
  const workTimer = timer && day.start <= now && now < day.end && isWorkTimer(timer, now, areaLookup(categories)) ? timer : null;
  // The week is this one, or one already lived or to come, as the Week grid shows any.
  const thisWeek = summary.start <= now && now < summary.end;
  if (day.minutes.work <= 0 && !workTimer) return null;
  const timerName = workTimer ? (categories.find((c) => c.id === workTimer.categoryId)?.name ?? 'work') : null;
  const details: string[] = [];
  if (settings) {
    // The cap of the day's week with the day off, as the domain computes it for the saved days off plus this one.
    const capOff = weeklyCapMinutesAt({ ...settings, daysOff: addDaysOff(settings.daysOff, [day.date], 'other', '') }, day.start);
    const worked = summary.minutes.work;
    const whose = thisWeek ? "This week's cap" : "The week's cap";
    const cap =
      capOff < summary.capMinutes
        ? `${whose} goes from ${formatHours(summary.capMinutes, locale)} to ${formatHours(capOff, locale)}`
        : `${whose} stays at ${formatHours(capOff, locale)}, as ${name} has no work hours`;
    const week = thisWeek ? 'this week' : 'that week';
    const standing =
      worked > capOff
        ? `with ${formatHours(worked, locale)} of work ${week}, that puts the week ${formatHours(worked - capOff, locale)} over its cap.`
        : `with ${formatHours(worked, locale)} of work ${week}, ${formatHours(capOff - worked, locale)} ${summary.end <= now ? 'were left under it' : 'are left'}.`;
    details.push(`${cap}; ${standing}`);
  }
  // daysOff.add changes the settings only: entries and the timer stay, and a day off has no work window.
  details.push(`${Name}'s entries are kept. They still count toward the week, as work outside your work hours.`);
  if (timerName) details.push(`The ${timerName} timer keeps running.`);
  return {
    title: `Take ${name} off?`,
    message: `${Name} already has ${formatDuration(day.minutes.work, locale)} of work logged${timerName ? `, and a ${timerName} timer is running` : ''}.`,
    details,
    confirmLabel: `Take ${name} off`,
  };
}
