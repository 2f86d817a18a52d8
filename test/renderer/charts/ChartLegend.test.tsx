import { render } from '@testing-library/react';
import { Bar, BarChart, Legend, Line, LineChart } from 'recharts';
import { describe, expect, it } from 'vitest';
import { ChartLegend } from '../../../renderer/charts/ChartLegend';

const data = [{ a: 1, b: 2 }, { a: 3, b: 1 }];
const legendOf = (container: HTMLElement) => container.querySelector('ul.recharts-default-legend')?.outerHTML;

describe('ChartLegend: the legend drawn outside recharts', () => {
  it('is the legend recharts’ <Legend> draws for the same lines: icons, colours, order and words', () => {
    const label = (name: string) => (name === 'Cap' ? 'Cap (step line)' : name);
    const recharts = render(
      <LineChart data={data} width={400} height={200}>
        <Line dataKey="a" name="Work" stroke="#0072B2" dot={{ r: 3, fill: '#0072B2' }} isAnimationActive={false} />
        <Line dataKey="b" name="Cap" stroke="#555555" strokeDasharray="8 4" type="stepAfter" dot={false} isAnimationActive={false} />
        <Legend itemSorter={null} formatter={label} />
      </LineChart>,
    );
    const ours = render(<ChartLegend items={[{ name: 'Work', color: '#0072B2', icon: 'line' }, { name: 'Cap', color: '#555555', icon: 'line' }]} margin={{ left: 0, right: 32 }} label={label} />);
    expect(legendOf(recharts.container)).toContain('Cap (step line)');
    expect(legendOf(ours.container)).toBe(legendOf(recharts.container));
  });

  it('is the legend recharts’ <Legend> draws for the same bars', () => {
    const recharts = render(
      <BarChart data={data} width={400} height={200}>
        <Bar dataKey="a" name="Days without fitness" fill="#009E73" isAnimationActive={false} />
        <Bar dataKey="b" name="Days without family" fill="#D55E00" isAnimationActive={false} />
        <Legend itemSorter={null} />
      </BarChart>,
    );
    const ours = render(<ChartLegend items={[{ name: 'Days without fitness', color: '#009E73', icon: 'rect' }, { name: 'Days without family', color: '#D55E00', icon: 'rect' }]} margin={{ left: 0, right: 24 }} />);
    expect(legendOf(recharts.container)).toContain('Days without family');
    expect(legendOf(ours.container)).toBe(legendOf(recharts.container));
  });

  it('spans the width between the chart’s margins, as recharts’ did', () => {
    const { container } = render(<ChartLegend items={[{ name: 'Work', color: '#0072B2', icon: 'rect' }]} margin={{ left: 4, right: 24 }} />);
    const wrapper = container.querySelector<HTMLElement>('.recharts-legend-wrapper')!;
    expect([wrapper.style.marginLeft, wrapper.style.marginRight]).toEqual(['4px', '24px']);
  });
});
