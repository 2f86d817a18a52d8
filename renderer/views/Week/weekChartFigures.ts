// The week summary shaped for the week's charts: day labels in the week's own time zone, hours by category, the
// off-hours work, and the running total against the cap. Only categories with time this week get a series,
// archived ones included, so history stays visible.
import type { Category, WeekSummary } from '../../../shared/model';
import type { CumulativeDay } from '../../charts/CumulativeChart';
import type { WeekChartDay, WeekChartSeries } from '../../charts/WeekChart';
import { countWords } from '../../../shared/domain/words';
import { formatHours } from '../../format/formatHours';
import { dateTimeFormat } from '../../format/intlFormats';

const UNKNOWN_COLOR = '#999999';

/** The categories with time this week: those the charts draw a series for. None: nothing tracked this week. */
export function trackedCategoryIds(summary: WeekSummary): string[] {
  return Object.keys(summary.byCategory).filter((id) => (summary.byCategory[id] ?? 0) > 0);
}

export function weekChartFigures(summary: WeekSummary, categories: readonly Category[], locale: string | undefined): { days: WeekChartDay[]; series: WeekChartSeries[] } {
  const shortLabel = dateTimeFormat(locale, { weekday: 'short', timeZone: summary.timeZone });
  const longLabel = dateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric', timeZone: summary.timeZone });
  const days = summary.days.map((day) => ({
    key: day.date,
    label: shortLabel.format(day.start),
    longLabel: longLabel.format(day.start),
    hours: Object.fromEntries(Object.entries(day.byCategory).map(([id, minutes]) => [id, minutes / 60])),
    offHours: day.offHoursWorkMinutes / 60,
  }));
  const used = new Set(trackedCategoryIds(summary));
  // Work first, at the bottom of each stack: the off-hours hatch is drawn from the bottom up over it.
  const byArea = [...categories].sort((a, b) => Number(b.area === 'work') - Number(a.area === 'work'));
  const known: WeekChartSeries[] = byArea.filter((c) => used.has(c.id)).map((c) => ({ id: c.id, name: c.name, color: c.color }));
  const unknown: WeekChartSeries[] = [...used]
    .filter((id) => !categories.some((c) => c.id === id))
    .map((id) => ({ id, name: 'Deleted category', color: UNKNOWN_COLOR }));
  return { days, series: [...known, ...unknown] };
}

/** Work added up day by day (the domain's daily figures, summed for display); days after now have none yet. */
export function cumulativeDays(summary: WeekSummary, days: readonly WeekChartDay[]): CumulativeDay[] {
  let worked = 0;
  return summary.days.map((day, i) => {
    worked += day.minutes.work;
    const label = days[i] ?? { key: day.date, label: day.date, longLabel: day.date };
    return {
      key: label.key,
      label: label.label,
      longLabel: label.longLabel,
      worked: day.start > summary.now ? null : worked / 60,
      // The even pace is the cap drawn as a straight line over the week, for comparison only.
      pace: (summary.capMinutes * (i + 1)) / summary.days.length / 60,
    };
  });
}

export function weekChartSummary(summary: WeekSummary, days: readonly WeekChartDay[], locale: string | undefined): string {
  const total = summary.minutes.work + summary.minutes.fitness + summary.minutes.family;
  if (total === 0) return 'No time tracked this week yet.';
  const busiest = summary.days.reduce((best, day, i) => {
    const minutes = day.minutes.work + day.minutes.fitness + day.minutes.family;
    return minutes > best.minutes ? { minutes, i } : best;
  }, { minutes: -1, i: 0 });
  const parts = [`${formatHours(total, locale)} tracked this week; the busiest day is ${days[busiest.i]?.longLabel ?? ''} with ${formatHours(busiest.minutes, locale)}.`];
  parts.push(summary.offHoursWorkMinutes > 0 ? `${formatHours(summary.offHoursWorkMinutes, locale)} of work fell outside the work windows.` : 'No work outside the work windows.');
  const overDays = summary.days.filter((day) => day.overDailyCapMinutes > 0).length;
  if (summary.dailyCapMinutes !== null) parts.push(overDays > 0 ? `${countWords(overDays, 'day')} over the daily cap.` : 'No day over the daily cap.');
  return parts.join(' ');
}

export function cumulativeSummary(summary: WeekSummary, locale: string | undefined): string {
  const used = `${formatHours(summary.minutes.work, locale)} of work so far against a cap of ${formatHours(summary.capMinutes, locale)}`;
  return summary.overCapMinutes > 0 ? `${used}: ${formatHours(summary.overCapMinutes, locale)} over.` : `${used}: ${formatHours(summary.remainingMinutes, locale)} left.`;
}
