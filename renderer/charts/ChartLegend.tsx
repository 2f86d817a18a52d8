// A chart's legend, drawn by us under the drawing instead of by recharts' <Legend>: recharts draws its legend after
// the chart, measures it, and then lays the whole chart out and draws it again to make room for it: that pass was
// about a third of the first (cold) draw of Week's chart of hours per day (its task's CPU time 174 -> 123 ms without
// it, six loads each, loaded machine). This one is plain HTML, drawn with the view's words before the chart, and takes
// its room below the drawing. The swatches are recharts' own icon shapes (in a 32-unit square drawn at 14 px).
import { memo } from 'react';

export interface LegendEntry {
  name: string;
  /** A colour, or a paint such as `url(#hatch)`. */
  color: string;
  /** A box for bars and areas; a line (with a dot on it when the chart's line has dots) for lines. */
  mark: 'box' | 'line';
  dot?: boolean;
}

const SIZE = 32;
const HALF = SIZE / 2;

function Mark({ entry }: { entry: LegendEntry }) {
  if (entry.mark === 'box') return <path className="chart-legend-box" fill={entry.color} d={`M0,${SIZE / 8}h${SIZE}v${(SIZE * 3) / 4}h${-SIZE}z`} />;
  const r = SIZE / 6;
  return (
    <>
      <path strokeWidth={4} fill="none" stroke={entry.color} d={`M0,${HALF}H${HALF - r}M${HALF + r},${HALF}H${SIZE}`} />
      <circle cx={HALF} cy={HALF} r={r} strokeWidth={4} stroke={entry.color} fill={entry.dot ? entry.color : 'none'} />
    </>
  );
}

/** The entries in the order given (a stack's from the bottom), each a swatch and its name; the names are the
 * series' names in the chart's table, so nothing here is for assistive technology (it sits in the hidden drawing). */
export const ChartLegend = memo(function ChartLegend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <ul className="chart-legend">
      {entries.map((entry) => (
        <li key={entry.name}>
          <svg width="14" height="14" viewBox={`0 0 ${SIZE} ${SIZE}`} focusable="false">
            <Mark entry={entry} />
          </svg>
          {entry.name}
        </li>
      ))}
    </ul>
  );
});
