// Insights: the burnout signals over twelve weeks with plain explanations, and the weekly check-in beside the hours.
import { useCallback, useEffect, useMemo } from 'react';
import { insightsTrendWords } from '../../../shared/domain/trendWords';
import type { CheckIn, WeekRange } from '../../../shared/model';
import { useAppEnv, useSlice, useWeekState } from '../../AppEnv';
import { CheckInChart } from '../../charts/CheckInChart';
import { TrendChart, trendWeeks } from '../../charts/TrendChart';
import { formatHours } from '../../format/formatHours';
import { ErrorMessage } from '../shell/ErrorMessage';
import { WeekNavigator } from '../shell/WeekNavigator';
import { CheckInForm } from './CheckInForm';
import { signalCards } from './signalCards';

function checkInSummary(range: WeekRange, checkIns: readonly CheckIn[]): string {
  const weeks = range.weeks.filter((w) => checkIns.some((c) => c.week === w.week)).length;
  return weeks === 0 ? 'No check-ins in these weeks yet.' : `Check-ins in ${weeks} of the ${range.weeks.length} weeks.`;
}

export function InsightsView() {
  const { stores, locale, chartWidth } = useAppEnv();
  const at = useWeekState((state) => state.at);
  const range = useSlice('range', (state) => state.range);
  const error = useSlice('range', (state) => state.error);
  const checkIns = useSlice('checkIns', (state) => state.checkIns);
  const checkInError = useSlice('checkIns', (state) => state.error);
  const checkInStatus = useSlice('checkIns', (state) => (state.status === 'ready' ? 'ready' : 'loading'));
  useEffect(() => void stores.range.getState().show(at), [stores, at]);
  useEffect(() => {
    if (stores.checkIns.getState().status === 'idle') void stores.checkIns.getState().load();
  }, [stores]);
  // Derived once per range (and check-ins), so the charts keep their props while the week's figures tick.
  const weeks = useMemo(() => (range ? trendWeeks(range.weeks, locale) : []), [range, locale]);
  const cards = useMemo(() => (range ? signalCards(range.weeks, locale) : []), [range, locale]);
  const checkInWeeks = useMemo(
    () =>
      weeks.map((week, i) => {
        const summary = range!.weeks[i]!;
        const checkIn = checkIns.find((c) => c.week === summary.week);
        return { ...week, workHours: summary.minutes.work / 60, energy: checkIn?.energy ?? null, mood: checkIn?.mood ?? null };
      }),
    [weeks, range, checkIns],
  );
  const hours = useCallback((value: number) => formatHours(value * 60, locale), [locale]);
  const lastWeek = range?.weeks[range.weeks.length - 1]?.week;

  return (
    <section id="insights" className="view" aria-labelledby="insights-heading">
      <h2 id="insights-heading" tabIndex={-1}>
        Insights
      </h2>
      <p className="intro">
        Patterns that often come with overwork, over the last 12 weeks{lastWeek ? ` up to ${lastWeek}` : ''}. They are here for you to notice, not a diagnosis; if
        they worry you, talk to someone you trust or a doctor.
      </p>
      <WeekNavigator store="week" label="Weeks" />
      {error && <ErrorMessage error={error} />}
      {!range && !error && <p>Loading twelve weeks…</p>}
      {range && (
        <>
          <p className="trend-words">{insightsTrendWords(range, (minutes) => formatHours(minutes, locale))}</p>
          <div className="signal-grid">
            {cards.map((card) => (
              <article key={card.id} className="signal-card" aria-labelledby={`signal-${card.id}`}>
                <h3 id={`signal-${card.id}`}>{card.title}</h3>
                <p className="hint">{card.explanation}</p>
                <p className="signal-now">{card.now}</p>
                <TrendChart
                  title={`${card.title}, week by week`}
                  hideCaption
                  weeks={weeks}
                  series={card.series}
                  kind={card.kind}
                  format={card.format}
                  ticks={card.ticks}
                  labelEvery={2}
                  width={chartWidth}
                  height={160}
                />
              </article>
            ))}
          </div>
          <h3>Check-ins beside the hours</h3>
          {checkInError && <ErrorMessage error={checkInError} />}
          {checkIns.length === 0 && <p className="empty">No check-ins yet. Fill in the one below at the end of a week to see energy and mood beside your hours.</p>}
          <CheckInChart
            weeks={checkInWeeks}
            formatHours={hours}
            summary={checkInSummary(range, checkIns)}
            width={chartWidth}
          />
          {lastWeek && (
            <CheckInForm
              // Fresh once the saved check-ins are in (to start from the week's own), not after each save.
              key={`${lastWeek}:${checkInStatus}`}
              week={lastWeek}
              existing={checkIns.find((c) => c.week === lastWeek)}
            />
          )}
        </>
      )}
    </section>
  );
}
