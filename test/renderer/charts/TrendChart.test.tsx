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
