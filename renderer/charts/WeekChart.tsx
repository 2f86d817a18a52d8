// Hours per day stacked by category, from plain figures. The drawing is hidden from assistive technology; the
// same figures are given as a table that screen readers can walk cell by cell.
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';

export interface WeekChartDay {
  key: string;
  /** Short, for the axis ("Mon"). */
  label: string;
  /** In full, for the table ("Monday, March 23"). */
  longLabel: string;
  /** Hours by series id; a missing id is zero. */
  hours: Record<string, number>;
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
  /** A fixed size (tests, print); without width the chart follows its container's width. */
  width?: number;
  height?: number;
}

export function WeekChart({ title, days, series, formatHours, width, height = 240 }: WeekChartProps) {
  const titleId = useId();
  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption id={titleId}>{title}</figcaption>
      <div className="chart-canvas" aria-hidden="true">
        <BarChart
          data={days as WeekChartDay[]}
          width={width}
          height={height}
          responsive={width === undefined}
          style={width === undefined ? { width: '100%', height } : undefined}
          accessibilityLayer={false}
          margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" />
          <YAxis tickFormatter={(value: number) => formatHours(value)} width={56} />
          <Tooltip formatter={(value) => formatHours(Number(value))} />
          {/* Legend in series order (the stack from the bottom), not recharts' alphabetical default. */}
          <Legend itemSorter={null} />
          {series.map((s) => (
            // Animation off: the figures refresh every half minute while a timer runs, and moving bars would distract.
            <Bar key={s.id} dataKey={(day: WeekChartDay) => day.hours[s.id] ?? 0} name={s.name} stackId="hours" fill={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </div>
      <table className="sr-only">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            {series.map((s) => (
              <th key={s.id} scope="col">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.key}>
              <th scope="row">{day.longLabel}</th>
              {series.map((s) => (
                <td key={s.id}>{formatHours(day.hours[s.id] ?? 0)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
