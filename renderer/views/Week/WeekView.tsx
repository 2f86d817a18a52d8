// The week: its dates, the cap used, and the hours per day by category.
import type { WeekSummary } from '../../../shared/model';
import { useAppEnv, useAppState, useWeekState } from '../../AppEnv';
import { WeekChart } from '../../charts/WeekChart';
import { formatHours } from '../../format/formatHours';
import { ErrorMessage } from '../shell/ErrorMessage';
import { CapUsage } from './CapUsage';
import { WeekNavigation } from './WeekNavigation';
import { weekChartFigures } from './weekChartFigures';

function weekDates(summary: WeekSummary, locale: string | undefined): string {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: summary.timeZone });
  const lastDay = summary.days[summary.days.length - 1];
  return lastDay ? format.formatRange(summary.start, lastDay.start) : format.format(summary.start);
}

export function WeekView() {
  const { locale, chartWidth } = useAppEnv();
  const summary = useWeekState((state) => state.summary);
  const error = useWeekState((state) => state.error);
  const categories = useAppState((state) => state.categories);
  const figures = summary ? weekChartFigures(summary, categories, locale) : null;
  return (
    <section id="week" className="view" aria-labelledby="week-heading">
      <h2 id="week-heading">Week{summary ? ` ${summary.week}` : ''}</h2>
      {summary && <p className="week-dates">{weekDates(summary, locale)}</p>}
      <WeekNavigation />
      {error && <ErrorMessage error={error} />}
      {!summary && !error && <p>Loading the week…</p>}
      {summary && figures && (
        <>
          <CapUsage summary={summary} locale={locale} />
          {figures.series.length === 0 && <p>No time tracked this week.</p>}
          <WeekChart
            title="Hours per day by category"
            days={figures.days}
            series={figures.series}
            formatHours={(hours) => formatHours(hours * 60, locale)}
            width={chartWidth}
          />
        </>
      )}
    </section>
  );
}
