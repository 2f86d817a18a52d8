// The week's work added up day by day against the weekly cap, with the even pace that would end the week exactly
// at the cap. Days still to come have no figure.
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
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

export function CumulativeChart({ days, capHours, formatHours, summary, width, height = 240 }: CumulativeChartProps) {
  const ticks = niceTicks(Math.max(capHours, ...days.map((day) => Math.max(day.worked ?? 0, day.pace))));
  const rows = days.map((day) => ({ key: day.key, header: day.longLabel, cells: [day.worked === null ? '—' : formatHours(day.worked), formatHours(day.pace)] }));
  return (
    <ChartFigure title={CUMULATIVE_TITLE} summary={summary} table={{ columns: ['Day', 'Worked so far', 'Even pace'], rows }}>
      <LineChart data={days as CumulativeDay[]} {...chartSize(width, height)} margin={{ top: 16, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" />
        <YAxis tickFormatter={(value: number) => formatHours(value)} width={56} ticks={ticks} interval={0} domain={[0, ticks[ticks.length - 1]!]} />
        <Tooltip formatter={(value) => formatHours(Number(value))} />
        <Legend itemSorter={null} />
        <Line dataKey="worked" name="Worked so far" className="worked-line" stroke="#0072B2" strokeWidth={3} dot={{ r: 4, fill: '#0072B2' }} connectNulls={false} isAnimationActive={false} />
        <Line dataKey="pace" name="Even pace" className="pace-line" stroke="#777777" strokeDasharray="4 4" strokeWidth={2} dot={false} isAnimationActive={false} />
        <ReferenceLine y={capHours} className="cap-line" strokeDasharray="6 3" label={{ value: `Cap ${formatHours(capHours)}`, position: 'insideTopLeft', className: 'cap-line-label' }} />
      </LineChart>
    </ChartFigure>
  );
}
