// The week's work added up day by day against the weekly cap, with the even pace that would end the week exactly
// at the cap. Days still to come have no figure.
import { memo, useCallback, useMemo } from 'react';
import { Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { ChartLegend, type LegendItem } from './ChartLegend';
import { GridLines, X_AXIS_HEIGHT } from './GridLines';
import { HoverArea, HoverTooltip } from './HoverTooltip';
import { MeasuredChart } from './MeasuredChart';
import { ChartFigure, chartSize } from './ChartFigure';
import { niceTicks } from './niceTicks';

export interface CumulativeDay {
  key: string;
  label: string;
  longLabel: string;
  /** Work so far by the end of this day, hours; null for days still to come. */
  worked: number | null;
  /** The even pace: the cap spread evenly over the seven days, hours by the end of this day. */
  pace: number;
}

export interface CumulativeChartProps {
  days: readonly CumulativeDay[];
  capHours: number;
  formatHours: (hours: number) => string;
  summary?: string;
  width?: number;
  height?: number;
}

export const CUMULATIVE_TITLE = 'Work so far this week against the cap';

// Stable props for recharts (see WeekChart): new functions or objects each render make it re-register parts.
const MARGIN = { top: 16, right: 16, bottom: 0, left: 0 };
const WORKED_DOT = { r: 4, fill: '#0072B2' };
const LEGEND: LegendItem[] = [
  { name: 'Worked so far', color: '#0072B2', icon: 'line' },
  { name: 'Even pace', color: '#777777', icon: 'line' },
];

export const CumulativeChart = memo(function CumulativeChart({ days, capHours, formatHours, summary, width, height = 240 }: CumulativeChartProps) {
  const tickMax = Math.max(capHours, ...days.map((day) => Math.max(day.worked ?? 0, day.pace)));
  const ticks = useMemo(() => niceTicks(tickMax), [tickMax]);
  const domain = useMemo(() => [0, ticks[ticks.length - 1]!], [ticks]);
  const tickFormatter = useCallback((value: number) => formatHours(value), [formatHours]);
  const tooltipFormatter = useCallback((value: unknown) => formatHours(Number(value)), [formatHours]);
  const capLabel = useMemo(() => ({ value: `Cap ${formatHours(capHours)}`, position: 'insideTopLeft' as const, className: 'cap-line-label' }), [capHours, formatHours]);
  const rows = days.map((day) => ({ key: day.key, header: day.longLabel, cells: [day.worked === null ? '—' : formatHours(day.worked), formatHours(day.pace)] }));
  return (
    <ChartFigure title={CUMULATIVE_TITLE} summary={summary} table={{ columns: ['Day', 'Worked so far', 'Even pace'], rows }}>
      <MeasuredChart width={width} height={height} legend={<ChartLegend items={LEGEND} margin={MARGIN} />}>
        {(chartWidth, drawingHeight) => (
          <HoverArea>
            <GridLines width={chartWidth} height={drawingHeight} margin={MARGIN} ticks={ticks} leftAxisWidth={56}>
              <LineChart data={days as CumulativeDay[]} {...chartSize(chartWidth, drawingHeight)} margin={MARGIN}>
                <XAxis dataKey="label" height={X_AXIS_HEIGHT} interval={0} />
                <YAxis tickFormatter={tickFormatter} width={56} ticks={ticks} interval={0} domain={domain} />
                <HoverTooltip formatter={tooltipFormatter} />
                <Line dataKey="worked" name="Worked so far" className="worked-line" stroke="#0072B2" strokeWidth={3} dot={WORKED_DOT} connectNulls={false} isAnimationActive={false} />
                <Line dataKey="pace" name="Even pace" className="pace-line" stroke="#777777" strokeDasharray="4 4" strokeWidth={2} dot={false} isAnimationActive={false} />
                <ReferenceLine y={capHours} className="cap-line" strokeDasharray="6 3" label={capLabel} />
              </LineChart>
            </GridLines>
          </HoverArea>
        )}
      </MeasuredChart>
    </ChartFigure>
  );
});
