// Balance: work, fitness and family against their targets in the week being viewed, the plan against what was done,
// the same three areas over twelve weeks, and the week's nudges and overrides.
import { useEffect, useMemo } from 'react';
import { weekProgress } from '../../../shared/domain/signals';
import { balanceTrendWords } from '../../../shared/domain/trendWords';
import type { WeekRange } from '../../../shared/model';
import { AREAS } from '../../../shared/modelNames';
import { useAppEnv, useSlice, useWeekState } from '../../AppEnv';
import { AREA_COLORS, AREA_NAMES } from '../../charts/areaColors';
import { TrendChart, trendWeeks } from '../../charts/TrendChart';
import { formatHours } from '../../format/formatHours';
import { ErrorMessage } from '../shell/ErrorMessage';
import { WeekNavigator } from '../shell/WeekNavigator';
import { PlannedVsActual } from '../Week/PlannedVsActual';
import { weekDates } from '../Week/WeekView';
import { AreaTargets } from './AreaTargets';
import { WeekLog } from './WeekLog';

function trendFigures(range: WeekRange, locale: string | undefined) {
  return {
    weeks: trendWeeks(range.weeks, locale),
    series: [
      ...AREAS.map((area) => ({ id: area, name: AREA_NAMES[area], color: AREA_COLORS[area], values: range.weeks.map((w) => (w.noData ? null : w.minutes[area] / 60)) })),
      // Each week's own cap (after its days off), so a raised cap or a holiday shows as a step, not a rewrite.
      { id: 'cap', name: 'Weekly cap', color: '#555555', values: range.weeks.map((w) => w.capMinutes / 60), step: true },
    ],
    format: (value: number) => formatHours(value * 60, locale),
    summary: balanceTrendWords(range, (minutes) => formatHours(minutes, locale)),
  };
}

export function BalanceView() {
  const { stores, locale, chartWidth } = useAppEnv();
  const summary = useWeekState((state) => state.summary);
  const at = useWeekState((state) => state.at);
  const weekError = useWeekState((state) => state.error);
  const range = useSlice('range', (state) => state.range);
  const rangeError = useSlice('range', (state) => state.error);
  const start = summary?.start;
  const end = summary?.end;
  useEffect(() => void stores.range.getState().show(at), [stores, at]);
  // Once per range: the week's refreshes (a running timer's tick) re-render the view, not the twelve-week chart.
  const trend = useMemo(() => (range ? trendFigures(range, locale) : null), [range, locale]);
  useEffect(() => {
    if (start !== undefined && end !== undefined) void stores.weekLog.getState().load({ start, end });
  }, [stores, start, end]);

  return (
    <section id="balance" className="view" aria-labelledby="balance-heading">
      <h2 id="balance-heading" tabIndex={-1}>
        Balance{summary ? ` ${summary.week}` : ''}
      </h2>
      {summary && <p className="week-dates">{weekDates(summary, locale)}</p>}
      <WeekNavigator store="week" label="Weeks" />
      {weekError && <ErrorMessage error={weekError} />}
      {summary && <AreaTargets summary={summary} locale={locale} />}
      {summary && <PlannedVsActual planned={summary.planned} locale={locale} progress={weekProgress(summary)} />}
      {rangeError && <ErrorMessage error={rangeError} />}
      {trend && (
        <TrendChart
          title="Work, fitness and family over 12 weeks"
          kind="line"
          weeks={trend.weeks}
          series={trend.series}
          format={trend.format}
          summary={trend.summary}
          width={chartWidth}
          height={240}
        />
      )}
      <WeekLog locale={locale} />
    </section>
  );
}
