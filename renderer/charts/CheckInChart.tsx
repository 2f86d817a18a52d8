// The weekly check-ins beside the hours: work as bars on the left axis, energy and mood (1–5) as lines on the right.
import { memo } from 'react';
import { Bar, ComposedChart, Line, XAxis, YAxis } from 'recharts';
import { ChartLegend, type LegendItem } from './ChartLegend';
import { GridLines, X_AXIS_HEIGHT } from './GridLines';
import { HoverArea, HoverTooltip } from './HoverTooltip';
import { MeasuredChart } from './MeasuredChart';
import { ChartFigure, chartSize } from './ChartFigure';
import { niceTicks } from './niceTicks';
import type { TrendWeek } from './TrendChart';

export interface CheckInWeek extends TrendWeek {
  workHours: number;
  energy: number | null;
  mood: number | null;
}

export interface CheckInChartProps {
  weeks: readonly CheckInWeek[];
  formatHours: (hours: number) => string;
  summary?: string;
  width?: number;
  height?: number;
}

const WORK_COLOR = '#0072B2';
const ENERGY_COLOR = '#E69F00';
const MOOD_COLOR = '#CC79A7';
const MARGIN = { top: 8, right: 8, bottom: 0, left: 0 };
const LEGEND: LegendItem[] = [
  { name: 'Work', color: WORK_COLOR, icon: 'rect' },
  { name: 'Energy', color: ENERGY_COLOR, icon: 'line' },
  { name: 'Mood', color: MOOD_COLOR, icon: 'line' },
];

export const CHECK_IN_TITLE = 'Energy and mood beside hours of work';

export const CheckInChart = memo(function CheckInChart({ weeks, formatHours, summary, width, height = 240 }: CheckInChartProps) {
  const ticks = niceTicks(Math.max(0, ...weeks.map((w) => w.workHours)));
  const score = (value: number | null) => (value === null ? '—' : String(value));
  const rows = weeks.map((w) => ({ key: w.key, header: w.longLabel, cells: [formatHours(w.workHours), score(w.energy), score(w.mood)] }));
  return (
    <ChartFigure title={CHECK_IN_TITLE} summary={summary} table={{ columns: ['Week', 'Work', 'Energy (1–5)', 'Mood (1–5)'], rows }}>
      <MeasuredChart width={width} height={height} legend={<ChartLegend items={LEGEND} margin={MARGIN} />}>
        {(chartWidth, drawingHeight) => (
          <HoverArea>
            {/* Only the plot's top and bottom edges, as recharts' grid drew them here: it follows y-axis 0, and this
                chart's two value axes have names of their own. */}
            <GridLines width={chartWidth} height={drawingHeight} margin={MARGIN} ticks={[0, ticks[ticks.length - 1]!]} leftAxisWidth={56} rightAxisWidth={32}>
              <ComposedChart data={weeks as CheckInWeek[]} {...chartSize(chartWidth, drawingHeight)} margin={MARGIN}>
                <XAxis dataKey="label" height={X_AXIS_HEIGHT} interval="preserveStartEnd" minTickGap={8} />
                <YAxis yAxisId="hours" tickFormatter={(value: number) => formatHours(value)} width={56} ticks={ticks} interval={0} domain={[0, ticks[ticks.length - 1]!]} />
                <YAxis yAxisId="score" orientation="right" type="number" domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} interval={0} allowDataOverflow width={32} />
                <HoverTooltip formatter={(value, name) => (name === 'Work' ? formatHours(Number(value)) : String(value))} />
                <Bar yAxisId="hours" dataKey="workHours" name="Work" fill={WORK_COLOR} isAnimationActive={false} />
                <Line yAxisId="score" dataKey="energy" name="Energy" stroke={ENERGY_COLOR} strokeWidth={2.5} dot={{ r: 4, fill: ENERGY_COLOR }} isAnimationActive={false} connectNulls />
                <Line yAxisId="score" dataKey="mood" name="Mood" stroke={MOOD_COLOR} strokeWidth={2.5} strokeDasharray="6 3" dot={{ r: 5, fill: MOOD_COLOR }} isAnimationActive={false} connectNulls />
              </ComposedChart>
            </GridLines>
          </HoverArea>
        )}
      </MeasuredChart>
    </ChartFigure>
  );
});
