// The week summary shaped for WeekChart: day labels in the week's own time zone and hours by category. Only
// categories with time this week get a series, archived ones included, so history stays visible.
import type { Category, WeekSummary } from '../../../shared/model';
import type { WeekChartDay, WeekChartSeries } from '../../charts/WeekChart';

const UNKNOWN_COLOR = '#999999';

export function weekChartFigures(summary: WeekSummary, categories: readonly Category[], locale: string | undefined): { days: WeekChartDay[]; series: WeekChartSeries[] } {
  const shortLabel = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: summary.timeZone });
  const longLabel = new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric', timeZone: summary.timeZone });
  const days = summary.days.map((day) => ({
    key: day.date,
    label: shortLabel.format(day.start),
    longLabel: longLabel.format(day.start),
    hours: Object.fromEntries(Object.entries(day.byCategory).map(([id, minutes]) => [id, minutes / 60])),
  }));
  const used = new Set(Object.keys(summary.byCategory).filter((id) => (summary.byCategory[id] ?? 0) > 0));
  const known: WeekChartSeries[] = categories.filter((c) => used.has(c.id)).map((c) => ({ id: c.id, name: c.name, color: c.color }));
  const unknown: WeekChartSeries[] = [...used]
    .filter((id) => !categories.some((c) => c.id === id))
    .map((id) => ({ id, name: 'Deleted category', color: UNKNOWN_COLOR }));
  return { days, series: [...known, ...unknown] };
}
