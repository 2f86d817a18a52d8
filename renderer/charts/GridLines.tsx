// The value axis's grid lines (dashed, horizontal, behind everything drawn), in an SVG of their own under recharts'
// drawing, with the markup and place recharts' <CartesianGrid vertical={false}> gave them: that component registers
// with the chart's store and is drawn again as the axes register, about a tenth of what one of Insights' charts cost,
// for four or five lines whose places follow from figures the chart already has (the value axis's ticks, fixed
// margins and axis sizes).
import type { ReactNode } from 'react';

/** recharts' default height of the category (x) axis; charts drawn over GridLines give it explicitly. */
export const X_AXIS_HEIGHT = 30;

export interface GridLinesProps {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** The value axis's ticks, from 0 up: a line at each. */
  ticks: readonly number[];
  /** The value axis's width on the left, and any axis's on the right. */
  leftAxisWidth: number;
  rightAxisWidth?: number;
  /** The drawing, above the lines. */
  children: ReactNode;
}

export function GridLines({ width, height, margin, ticks, leftAxisWidth, rightAxisWidth = 0, children }: GridLinesProps) {
  const left = margin.left + leftAxisWidth;
  const right = width - margin.right - rightAxisWidth;
  const top = margin.top;
  const bottom = height - margin.bottom - X_AXIS_HEIGHT;
  const max = ticks[ticks.length - 1]!;
  return (
    <div className="chart-grid-lines" style={{ position: 'relative' }}>
      <svg width={width} height={height} style={{ position: 'absolute', left: 0, top: 0 }}>
        <g className="recharts-cartesian-grid">
          <g className="recharts-cartesian-grid-horizontal">
            {ticks.map((tick) => {
              // As recharts' linear scale places it: from the bottom of the plot (0) to its top (the last tick).
              const y = bottom + (tick / max) * (top - bottom);
              return <line key={tick} strokeDasharray="3 3" fill="none" stroke="#ccc" x1={left} y1={y} x2={right} y2={y} />;
            })}
          </g>
        </g>
      </svg>
      {children}
    </div>
  );
}
