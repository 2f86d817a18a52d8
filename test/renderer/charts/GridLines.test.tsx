import { render } from '@testing-library/react';
import { Bar, BarChart, CartesianGrid, ComposedChart, XAxis, YAxis } from 'recharts';
import { describe, expect, it } from 'vitest';
import { GridLines, X_AXIS_HEIGHT } from '../../../renderer/charts/GridLines';

const data = [{ label: 'a', v: 1 }, { label: 'b', v: 3.5 }];
/** Each grid line as drawn: its ends, its dashes and its colour. */
const lines = (container: HTMLElement) =>
  [...container.querySelectorAll('.recharts-cartesian-grid-horizontal line')].map((l) => ['x1', 'y1', 'x2', 'y2', 'stroke-dasharray', 'stroke', 'fill'].map((a) => l.getAttribute(a)).join(' ')).sort();

describe('GridLines: the value axis’s grid, drawn where recharts’ <CartesianGrid vertical={false}> drew it', () => {
  it('a line at each tick of the value axis, across the plot', () => {
    const margin = { top: 8, right: 24, bottom: 0, left: 0 };
    const ticks = [0, 1, 2, 3, 4];
    const recharts = render(
      <BarChart data={data} width={352} height={112} margin={margin}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" height={X_AXIS_HEIGHT} />
        <YAxis width={56} ticks={ticks} interval={0} domain={[0, 4]} />
        <Bar dataKey="v" isAnimationActive={false} />
      </BarChart>,
    );
    const ours = render(
      <GridLines width={352} height={112} margin={margin} ticks={ticks} leftAxisWidth={56}>
        <p>drawing</p>
      </GridLines>,
    );
    expect(lines(recharts.container)).toHaveLength(5);
    expect(lines(ours.container)).toEqual(lines(recharts.container));
    // Under the drawing: first in its box, the drawing after it.
    expect(ours.container.querySelector('.chart-grid-lines > svg + p')?.textContent).toBe('drawing');
  });

  it('with named value axes on both sides, the plot’s top and bottom edges, between the two axes', () => {
    const margin = { top: 8, right: 8, bottom: 0, left: 0 };
    const recharts = render(
      <ComposedChart data={data} width={600} height={216} margin={margin}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" height={X_AXIS_HEIGHT} />
        <YAxis yAxisId="hours" width={56} ticks={[0, 2, 4]} interval={0} domain={[0, 4]} />
        <YAxis yAxisId="score" orientation="right" domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} width={32} />
        <Bar yAxisId="hours" dataKey="v" isAnimationActive={false} />
      </ComposedChart>,
    );
    const ours = render(
      <GridLines width={600} height={216} margin={margin} ticks={[0, 4]} leftAxisWidth={56} rightAxisWidth={32}>
        <p>drawing</p>
      </GridLines>,
    );
    expect(lines(recharts.container)).toHaveLength(2);
    expect(lines(ours.container)).toEqual(lines(recharts.container));
  });
});
