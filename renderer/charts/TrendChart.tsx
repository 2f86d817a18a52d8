// Figures week by week (oldest first), as bars or lines, one series per figure. Used for the life areas over twelve
// weeks and for each burnout signal. Plain figures in; the frame adds the summary and the table.
import { memo } from 'react';
import { Bar, BarChart, Line, LineChart, XAxis, YAxis } from 'recharts';
import { GridLines, X_AXIS_HEIGHT } from './GridLines';
import { ChartFigure, chartSize } from './ChartFigure';
import { ChartLegend } from './ChartLegend';
import { HoverArea, HoverTooltip } from './HoverTooltip';
import { MeasuredChart } from './MeasuredChart';
import { niceTicks } from './niceTicks';
import { dateTimeFormat } from '../format/intlFormats';

export interface TrendWeek {
  key: string;
  /** Short, for the axis ("Mar 23"). */
  label: string;
  /** In full, for the table ("Week 2026-W13, from March 23"). */
  longLabel: string;
}

export interface TrendSeries {
  id: string;
  name: string;
  color: string;
  /** One value per week, in the weeks' order; null: no figure that week. */
  values: ReadonlyArray<number | null>;
  /** A limit that holds week by week (the cap in force each week): drawn as a step line, in line charts. */
  step?: boolean;
}

export interface TrendChartProps {
  title: string;
  weeks: readonly TrendWeek[];
  series: readonly TrendSeries[];
  format: (value: number) => string;
  kind?: 'bar' | 'line';
  summary?: string;
  /** The value axis's ticks when the figure has a natural scale (a share: 0–1, weekend days: 0–2). */
  ticks?: number[];
  /** The caption is read out but not shown (a card's heading already says it). */
  hideCaption?: boolean;
  /** Label every n-th week, counted back from the newest (a small card): a steady rhythm, never a gap mid-run. */
  labelEvery?: number;
  width?: number;
  height?: number;
}

type Row = TrendWeek & Record<string, number | null | string>;

/** Room one week label ("Sep 14") needs on the axis, and what the value axis and the margins take from the width. */
const LABEL_PX = 64;
const AXIS_PX = 56 + 32;

const BAR_MARGIN = { top: 8, right: 24, bottom: 0, left: 0 };
const LINE_MARGIN = { top: 8, right: 32, bottom: 0, left: 0 };

/** The week labels a chart `width` wide draws: as many as fit, in a steady rhythm counted back from the newest week,
 * which is always labelled. */
function labelledWeeks(weeks: readonly TrendWeek[], width: number, labelEvery: number): string[] {
  const fit = Math.ceil((weeks.length * LABEL_PX) / Math.max(1, width - AXIS_PX));
  const every = Math.max(labelEvery, fit);
  return weeks.filter((_, i) => (weeks.length - 1 - i) % every === 0).map((week) => week.label);
}

// Memoised: a view re-rendering for a figure the chart does not show (the week's tick) leaves it as drawn.
export const TrendChart = memo(function TrendChart({ title, weeks, series, format, kind = 'bar', summary, ticks: givenTicks, hideCaption, labelEvery = 1, width, height = 200 }: TrendChartProps) {
  const ticks = givenTicks ?? niceTicks(Math.max(0, ...series.flatMap((s) => s.values.map((v) => v ?? 0))));
  const data: Row[] = weeks.map((week, i) => ({ ...week, ...Object.fromEntries(series.map((s) => [`v_${s.id}`, s.values[i] ?? null])) }));
  const rows = weeks.map((week, i) => ({ key: week.key, header: week.longLabel, cells: series.map((s) => (s.values[i] === null || s.values[i] === undefined ? '—' : format(s.values[i]!))) }));
  // The legend says which line is the limit, in words as well as by its dashes (the step is drawn in line charts only).
  const stepNames = new Set(kind === 'line' ? series.filter((s) => s.step).map((s) => s.name) : []);
  const legendName = (name: string) => (stepNames.has(name) ? `${name} (step line)` : name);
  const margin = kind === 'bar' ? BAR_MARGIN : LINE_MARGIN;
  const legend =
    series.length > 1 ? <ChartLegend items={series.map((s) => ({ name: s.name, color: s.color, icon: kind === 'bar' ? 'rect' : 'line' }))} margin={margin} label={legendName} /> : undefined;
  const common = (chartWidth: number) => (
    <>
      {/* The labels chosen here, all drawn: recharts' own thinning skips whichever label would touch its neighbour. */}
      <XAxis dataKey="label" height={X_AXIS_HEIGHT} ticks={labelledWeeks(weeks, chartWidth, labelEvery)} interval={0} />
      <YAxis tickFormatter={(value: number) => format(value)} width={56} ticks={ticks} interval={0} domain={[0, ticks[ticks.length - 1]!]} />
      <HoverTooltip formatter={(value) => format(Number(value))} />
    </>
  );
  return (
    <ChartFigure title={title} summary={summary} hideCaption={hideCaption} table={{ columns: ['Week', ...series.map((s) => s.name)], rows }}>
      <MeasuredChart width={width} height={height} legend={legend}>
        {(chartWidth, drawingHeight) => (
          <HoverArea>
            <GridLines width={chartWidth} height={drawingHeight} margin={margin} ticks={ticks} leftAxisWidth={56}>
              {kind === 'bar' ? (
                <BarChart data={data} {...chartSize(chartWidth, drawingHeight)} margin={margin}>
                  {common(chartWidth)}
                  {series.map((s) => (
                    <Bar key={s.id} dataKey={`v_${s.id}`} name={s.name} fill={s.color} isAnimationActive={false} />
                  ))}
                </BarChart>
              ) : (
                <LineChart data={data} {...chartSize(chartWidth, drawingHeight)} margin={margin}>
                  {common(chartWidth)}
                  {series.map((s, i) => (
                    <Line
                      key={s.id}
                      dataKey={`v_${s.id}`}
                      name={s.name}
                      stroke={s.color}
                      strokeWidth={2.5}
                      // Different dashes and dots as well as colours, so the lines stay apart without colour.
                      strokeDasharray={s.step ? '8 4' : ['', '6 3', '2 3'][i % 3]}
                      type={s.step ? 'stepAfter' : 'linear'}
                      dot={s.step ? false : { r: 3 + (i % 3), fill: s.color }}
                      isAnimationActive={false}
                      connectNulls={false}
                    />
                  ))}
                </LineChart>
              )}
            </GridLines>
          </HoverArea>
        )}
      </MeasuredChart>
    </ChartFigure>
  );
});

/** Axis and table labels for the weeks of a range, in each week's own time zone. */
export function trendWeeks(weeks: ReadonlyArray<{ week: string; start: number; timeZone: string }>, locale: string | undefined): TrendWeek[] {
  return weeks.map((w) => {
    const short = dateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: w.timeZone }).format(w.start);
    const long = dateTimeFormat(locale, { month: 'long', day: 'numeric', year: 'numeric', timeZone: w.timeZone }).format(w.start);
    return { key: w.week, label: short, longLabel: `Week ${w.week}, from ${long}` };
  });
}
