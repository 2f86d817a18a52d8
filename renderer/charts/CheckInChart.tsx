// The weekly check-ins beside the hours: work as bars on the left axis, energy and mood (1–5) as lines on the right.
import { memo } from 'react';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
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

export const CHECK_IN_TITLE = 'Energy and mood beside hours of work';

export const CheckInChart = memo(function CheckInChart({ weeks, formatHours, summary, width, height = 240 }: CheckInChartProps) {
  const ticks = niceTicks(Math.max(0, ...weeks.map((w) => w.workHours)));
  const score = (value: number | null) => (value === null ? '—' : String(value));
  const rows = weeks.map((w) => ({ key: w.key, header: w.longLabel, cells: [formatHours(w.workHours), score(w.energy), score(w.mood)] }));
  return (
    <ChartFigure title={CHECK_IN_TITLE} summary={summary} table={{ columns: ['Week', 'Work', 'Energy (1–5)', 'Mood (1–5)'], rows }}>
      <MeasuredChart width={width} height={height}>
        {(chartWidth) => (
          <ComposedChart data={weeks as CheckInWeek[]} {...chartSize(chartWidth, height)} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" interval="preserveStartEnd" minTickGap={8} />
            <YAxis yAxisId="hours" tickFormatter={(value: number) => formatHours(value)} width={56} ticks={ticks} interval={0} domain={[0, ticks[ticks.length - 1]!]} />
            <YAxis yAxisId="score" orientation="right" type="number" domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} interval={0} allowDataOverflow width={32} />
            <Tooltip formatter={(value, name) => (name === 'Work' ? formatHours(Number(value)) : String(value))} />
            <Legend itemSorter={null} />
            <Bar yAxisId="hours" dataKey="workHours" name="Work" fill="#0072B2" isAnimationActive={false} />
            <Line yAxisId="score" dataKey="energy" name="Energy" stroke="#E69F00" strokeWidth={2.5} dot={{ r: 4, fill: '#E69F00' }} isAnimationActive={false} connectNulls />
            <Line yAxisId="score" dataKey="mood" name="Mood" stroke="#CC79A7" strokeWidth={2.5} strokeDasharray="6 3" dot={{ r: 5, fill: '#CC79A7' }} isAnimationActive={false} connectNulls />
          </ComposedChart>
        )}
      </MeasuredChart>
    </ChartFigure>
  );
});
