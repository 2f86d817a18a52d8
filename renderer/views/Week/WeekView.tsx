// The week: its dates, the cap used, the plan against what was done, the timesheet, and the charts of hours per day
// and work against the cap.
import { useCallback, useMemo } from 'react';
import type { WeekSummary } from '../../../shared/model';
import { useAppEnv, useAppState, useWeekState } from '../../AppEnv';
import { CumulativeChart } from '../../charts/CumulativeChart';
import { WeekChart } from '../../charts/WeekChart';
import { useAfterPaint } from '../../charts/useAfterPaint';
import { formatHours } from '../../format/formatHours';
import { ErrorMessage } from '../shell/ErrorMessage';
import { CapUsage } from './CapUsage';
import { weekProgress } from '../../../shared/domain/signals';
import { PlannedVsActual } from './PlannedVsActual';
import { Timesheet } from './Timesheet';
import { WeekNavigator } from '../shell/WeekNavigator';
import { cumulativeDays, cumulativeSummary, trackedCategoryIds, weekChartFigures, weekChartSummary } from './weekChartFigures';
import { dateTimeFormat } from '../../format/intlFormats';

export function weekDates(summary: WeekSummary, locale: string | undefined): string {
  const format = dateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: summary.timeZone });
  const lastDay = summary.days[summary.days.length - 1];
  return lastDay ? format.formatRange(summary.start, lastDay.start) : format.format(summary.start);
}

export function WeekView() {
  const { locale, chartWidth } = useAppEnv();
  const summary = useWeekState((state) => state.summary);
  const error = useWeekState((state) => state.error);
  const categories = useAppState((state) => state.categories);
  const capWarningPercent = useAppState((state) => state.settings?.nudges.capWarningPercent ?? 90);
  // The charts follow the week's words: on a week switch the new heading, figures and timesheet are painted first and
  // the charts are redrawn after (recharts takes longer for the two charts than the rest of the view), and not while
  // the next week asked for is on its way, nor between weeks paged through quickly. Derived once per summary, so the
  // charts keep their props meanwhile.
  const weekOnItsWay = useWeekState((state) => state.status === 'loading');
  const chartsSummary = useAfterPaint(summary, weekOnItsWay, summary?.start);
  const charts = useMemo(() => {
    if (!chartsSummary) return null;
    const figures = weekChartFigures(chartsSummary, categories, locale);
    return {
      ...figures,
      weekSummary: weekChartSummary(chartsSummary, figures.days, locale),
      cumulative: cumulativeDays(chartsSummary, figures.days),
      cumulativeSummary: cumulativeSummary(chartsSummary, locale),
      dailyCapHours: chartsSummary.dailyCapMinutes === null ? null : chartsSummary.dailyCapMinutes / 60,
      capHours: chartsSummary.capMinutes / 60,
    };
  }, [chartsSummary, categories, locale]);
  // The charts' rule for a series (a category with time this week), for the week shown now.
  const nothingTracked = summary ? trackedCategoryIds(summary).length === 0 : false;
  const hours = useCallback((value: number) => formatHours(value * 60, locale), [locale]);
  return (
    <section id="week" className="view" aria-labelledby="week-heading">
      <h2 id="week-heading" tabIndex={-1}>
        Week{summary ? ` ${summary.week}` : ''}
      </h2>
      {summary && <p className="week-dates">{weekDates(summary, locale)}</p>}
      <WeekNavigator store="week" label="Weeks" />
      {error && <ErrorMessage error={error} />}
      {!summary && !error && <p>Loading the week…</p>}
      {summary && (
        <>
          <CapUsage summary={summary} locale={locale} warningPercent={capWarningPercent} />
          <PlannedVsActual planned={summary.planned} locale={locale} progress={weekProgress(summary)} />
          {nothingTracked && <p className="empty">No time tracked this week. Type hours into the timesheet below, or start a timer on Today.</p>}
          <Timesheet summary={summary} />
        </>
      )}
      {charts && (
        <div className="chart-grid">
          <WeekChart
            title="Hours per day by category"
            days={charts.days}
            series={charts.series}
            dailyCapHours={charts.dailyCapHours}
            summary={charts.weekSummary}
            formatHours={hours}
            width={chartWidth}
          />
          <CumulativeChart
            days={charts.cumulative}
            capHours={charts.capHours}
            summary={charts.cumulativeSummary}
            formatHours={hours}
            width={chartWidth}
          />
        </div>
      )}
    </section>
  );
}

// Week's warm-up (warmUpWeek.ts) comes with Week's code, not as a chunk of its own: the window loads Week's code before
// it warms Week up (AppShell), and a file of its own was one more request and gzip frame for 200 bytes.
export { warmUpWeek } from './warmUpWeek';
