// A chart's legend, drawn outside recharts with recharts' own legend markup and defaults (DefaultLegendContent), so it
// looks as recharts' <Legend> did: MeasuredChart measures it with the width and the drawing takes the height left.
// recharts' <Legend> measured itself once drawn and had the whole chart laid out and drawn again.
import { memo } from 'react';
import { DefaultLegendContent, type LegendPayload } from 'recharts';

export interface LegendItem {
  name: string;
  color: string;
  /** What the series is drawn as: a swatch for bars, a line with a dot for lines. */
  icon: 'rect' | 'line';
}

export interface ChartLegendProps {
  items: readonly LegendItem[];
  /** The chart's left and right margins: the legend spans the width between them, as recharts' did. */
  margin: { left: number; right: number };
  /** The words shown for an item (its name unless said). */
  label?: (name: string) => string;
}

export const ChartLegend = memo(function ChartLegend({ items, margin, label }: ChartLegendProps) {
  const payload: LegendPayload[] = items.map((item) => ({ value: item.name, type: item.icon, color: item.color, inactive: false }));
  return (
    <div className="recharts-legend-wrapper" style={{ marginLeft: margin.left, marginRight: margin.right }}>
      <DefaultLegendContent payload={payload} layout="horizontal" align="center" verticalAlign="bottom" iconSize={14} formatter={label && ((value: string) => label(value))} />
    </div>
  );
});
