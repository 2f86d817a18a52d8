// Hours per day stacked by category, from plain figures, with the daily cap as a line and off-hours work hatched
// over the bottom of the day's stack, where the work series are (weekChartFigures puts them first): it is part of
// the work already counted, so it is drawn inside the stack, not as a bar beside it.
import { memo, useCallback, useId, useMemo } from 'react';
import { Bar, BarChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { ChartLegend, type LegendItem } from './ChartLegend';
import { GridLines, X_AXIS_HEIGHT } from './GridLines';
import { HoverArea, HoverTooltip } from './HoverTooltip';
import { MeasuredChart } from './MeasuredChart';
import { ChartFigure, chartSize, svgId } from './ChartFigure';
import { niceTicks } from './niceTicks';

export interface WeekChartDay {
  key: string;
  /** Short, for the axis ("Mon"). */
  label: string;
  /** In full, for the table ("Monday, March 23"). */
  longLabel: string;
  /** Hours by series id; a missing id is zero. */
  hours: Record<string, number>;
  /** Work outside the work windows that day, in hours (already counted in the stack). */
  offHours?: number;
}

export interface WeekChartSeries {
  id: string;
  name: string;
  color: string;
}

export interface WeekChartProps {
  title: string;
  days: readonly WeekChartDay[];
  series: readonly WeekChartSeries[];
  formatHours: (hours: number) => string;
  /** The daily work cap in hours; null or absent: none drawn. */
  dailyCapHours?: number | null;
  summary?: string;
  /** A fixed size (tests, print); without width the chart follows its container's width. */
  width?: number;
  /** The figure's height, the legend under the drawing included. */
  height?: number;
}

export const OFF_HOURS_NAME = 'Off-hours work (already in the stack)';

// Props that keep their identity between renders: recharts 3 copies its parts' props into its own store in effects,
// and a new function or object on every render makes it redo that work and the selectors that depend on it.
const MARGIN = { top: 16, right: 8, bottom: 0, left: 0 };
const offHoursOf = (day: WeekChartDay) => day.offHours ?? 0;
// The hatch is drawn on a hidden second category axis: bars on another axis are laid out on their own, so its bar
// takes the same band as the day's stack and lies over it instead of beside it.
const OVERLAY_AXIS = 'off-hours';
const hoursOfCache = new Map<string, (day: WeekChartDay) => number>();
function hoursOf(id: string): (day: WeekChartDay) => number {
  let dataKey = hoursOfCache.get(id);
  if (!dataKey) {
    dataKey = (day: WeekChartDay) => day.hours[id] ?? 0;
    hoursOfCache.set(id, dataKey);
  }
  return dataKey;
}

export const WeekChart = memo(function WeekChart({ title, days, series, formatHours, dailyCapHours = null, summary, width, height = 260 }: WeekChartProps) {
  const hatchId = svgId(useId(), 'off-hours');
  const showOffHours = days.some((day) => (day.offHours ?? 0) > 0);
  const columns = ['Day', ...series.map((s) => s.name), ...(showOffHours ? ['Off-hours work'] : [])];
  const stackMax = Math.max(0, ...days.map((day) => series.reduce((sum, s) => sum + (day.hours[s.id] ?? 0), 0)));
  const tickMax = Math.max(stackMax, dailyCapHours ?? 0);
  const ticks = useMemo(() => niceTicks(tickMax), [tickMax]);
  const rows = days.map((day) => ({
    key: day.key,
    header: day.longLabel,
    cells: [...series.map((s) => formatHours(day.hours[s.id] ?? 0)), ...(showOffHours ? [formatHours(day.offHours ?? 0)] : [])],
  }));
  const tickFormatter = useCallback((value: number) => formatHours(value), [formatHours]);
  const tooltipFormatter = useCallback((value: unknown) => formatHours(Number(value)), [formatHours]);
  const domain = useMemo(() => [0, ticks[ticks.length - 1]!], [ticks]);
  const capLabel = useMemo(
    () => (dailyCapHours === null ? undefined : { value: `Daily cap ${formatHours(dailyCapHours)}`, position: 'insideTopRight' as const, className: 'cap-line-label' }),
    [dailyCapHours, formatHours],
  );
  // In series order: the stack from the bottom.
  const legend = useMemo<LegendItem[]>(
    () => [
      ...series.map((s) => ({ name: s.name, color: s.color, icon: 'rect' as const })),
      ...(showOffHours ? [{ name: OFF_HOURS_NAME, color: `url(#${hatchId})`, icon: 'rect' as const }] : []),
    ],
    [series, showOffHours, hatchId],
  );
  return (
    <ChartFigure title={title} summary={summary} table={{ columns, rows }}>
      <svg width="0" height="0" className="chart-defs" focusable="false">
        <defs>
          <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className="hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="hatch-line" strokeWidth="3" />
          </pattern>
        </defs>
      </svg>
      <MeasuredChart width={width} height={height} legend={<ChartLegend items={legend} margin={MARGIN} />}>
        {(chartWidth, drawingHeight) => (
          <HoverArea>
            <GridLines width={chartWidth} height={drawingHeight} margin={MARGIN} ticks={ticks} leftAxisWidth={56}>
              <BarChart data={days as WeekChartDay[]} {...chartSize(chartWidth, drawingHeight)} margin={MARGIN}>
                <XAxis dataKey="label" height={X_AXIS_HEIGHT} interval={0} />
                {showOffHours && <XAxis xAxisId={OVERLAY_AXIS} dataKey="label" hide />}
                <YAxis tickFormatter={tickFormatter} width={56} ticks={ticks} interval={0} domain={domain} />
                <HoverTooltip formatter={tooltipFormatter} />
                {series.map((s) => (
                  // Animation off: the figures refresh every half minute while a timer runs, and moving bars would distract.
                  <Bar key={s.id} dataKey={hoursOf(s.id)} name={s.name} stackId="hours" fill={s.color} isAnimationActive={false} />
                ))}
                {showOffHours && (
                  <Bar xAxisId={OVERLAY_AXIS} dataKey={offHoursOf} name={OFF_HOURS_NAME} fill={`url(#${hatchId})`} className="off-hours-bar" isAnimationActive={false} />
                )}
                {dailyCapHours !== null && (
                  <ReferenceLine y={dailyCapHours} className="cap-line" strokeDasharray="6 3" label={capLabel} />
                )}
              </BarChart>
            </GridLines>
          </HoverArea>
        )}
      </MeasuredChart>
    </ChartFigure>
  );
});
