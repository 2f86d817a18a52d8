// Week's first open, made warm while the first view is read: the Intl formatters its words use (each one built the
// first time costs milliseconds: ICU loads its patterns) and recharts' code for its charts (charts/warmUpCharts), in
// small steps while the window is idle.
import type { Category, WeekSummary } from '../../../shared/model';
import { CHART_WARM_UP_STEPS, warmUp } from '../../charts/warmUpCharts';
import { timesheetDays } from './Timesheet';
import { cumulativeSummary, weekChartFigures, weekChartSummary } from './weekChartFigures';
import { weekDates } from './WeekView';

/** Starts the warm-up for the week given (the one Week opens on) while `goOn()` says so; returns what stops it. */
export function warmUpWeek(summary: WeekSummary | null, categories: readonly Category[], locale: string | undefined, goOn: () => boolean): () => void {
  const words = () => {
    if (!summary) return;
    weekDates(summary, locale);
    timesheetDays(summary, locale);
    weekChartSummary(summary, weekChartFigures(summary, categories, locale).days, locale);
    cumulativeSummary(summary, locale);
  };
  return warmUp([words, ...CHART_WARM_UP_STEPS], goOn);
}
