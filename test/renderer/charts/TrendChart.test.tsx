import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TrendChart, type TrendWeek } from '../../../renderer/charts/TrendChart';

const weeks: TrendWeek[] = Array.from({ length: 12 }, (_, i) => ({ key: `w${i}`, label: `W${i + 1}`, longLabel: `Week ${i + 1}` }));
const series = [{ id: 'work', name: 'Work', color: '#0072B2', values: weeks.map((_, i) => i % 5) }];
// What a person reads under the chart: the week labels on the axis, left to right.
const axisLabels = (container: HTMLElement) => [...container.querySelectorAll('svg text')].map((t) => t.textContent ?? '').filter((t) => /^W\d+$/.test(t));

describe('TrendChart: the twelve-week axis', () => {
  it('labels every week when the chart is wide enough, none skipped', () => {
    const { container } = render(<TrendChart title="Work" weeks={weeks} series={series} format={(v) => `${v} h`} width={1000} />);
    expect(axisLabels(container)).toEqual(weeks.map((w) => w.label));
  });

  it('narrower, as many as fit in a steady rhythm counted back from this week, which is always labelled', () => {
    const narrow = render(<TrendChart title="Work" weeks={weeks} series={series} format={(v) => `${v} h`} width={700} />);
    expect(axisLabels(narrow.container)).toEqual(['W2', 'W4', 'W6', 'W8', 'W10', 'W12']);
    narrow.unmount();
    const card = render(<TrendChart title="Work" weeks={weeks} series={series} format={(v) => `${v} h`} width={300} />);
    expect(axisLabels(card.container)).toEqual(['W4', 'W8', 'W12']);
  });

  it('a chart may ask for fewer labels than fit, never more', () => {
    const { container } = render(<TrendChart title="Work" weeks={weeks} series={series} format={(v) => `${v} h`} width={1000} labelEvery={3} />);
    expect(axisLabels(container)).toEqual(['W3', 'W6', 'W9', 'W12']);
  });
});

describe('TrendChart: the legend', () => {
  it('names each series under the drawing, in the series’ order, the limit as the step line; a lone series has none', () => {
    const twoLines = [...series, { id: 'cap', name: 'Cap', color: '#555555', values: weeks.map(() => 3), step: true }];
    const { container } = render(<TrendChart title="Work" weeks={weeks} series={twoLines} kind="line" format={(v) => `${v} h`} width={600} />);
    const box = container.querySelector('.chart-measure')!;
    // Under the drawing, outside it: recharts lays the drawing out once, in the height the legend leaves.
    expect(box.firstElementChild?.querySelector('svg.recharts-surface')).not.toBeNull();
    expect([...box.lastElementChild!.querySelectorAll('.recharts-legend-item-text')].map((t) => t.textContent)).toEqual(['Work', 'Cap (step line)']);
    expect(container.querySelector('.recharts-wrapper .recharts-legend-wrapper')).toBeNull();

    const lone = render(<TrendChart title="Work" weeks={weeks} series={series} format={(v) => `${v} h`} width={600} />);
    expect(lone.container.querySelector('.recharts-legend-wrapper')).toBeNull();
  });
});
