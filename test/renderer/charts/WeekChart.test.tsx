import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OFF_HOURS_NAME, WeekChart, type WeekChartDay } from '../../../renderer/charts/WeekChart';

const days: WeekChartDay[] = ['Mon', 'Tue', 'Wed'].map((label, i) => ({ key: label, label, longLabel: `${label}day`, hours: i === 1 ? ({} as Record<string, number>) : { a: 2, b: 1 } }));
const series = [
  { id: 'a', name: 'Alpha', color: '#0072B2' },
  { id: 'b', name: 'Beta', color: '#009E73' },
];

describe('WeekChart', () => {
  it('draws a segment per series and day with hours, in the series colour and to scale', () => {
    const { container } = render(<WeekChart title="Hours" days={days} series={series} formatHours={(h) => `${h} h`} width={400} height={200} />);
    const segments = [...container.querySelectorAll('path[width]')].filter((s) => Number(s.getAttribute('height')) > 0);
    expect(segments.map((s) => s.getAttribute('fill'))).toEqual(['#0072B2', '#0072B2', '#009E73', '#009E73']);
    const heights = segments.map((s) => Number(s.getAttribute('height')));
    expect(heights[0]).toBeCloseTo(2 * heights[2]!, 2);
    expect(container.querySelector('svg[width="400"][height="200"]')).not.toBeNull();
  });

  it('labels what a person reads on the drawing: each day under its bars, the hours up the side, the series in a legend', () => {
    const { container } = render(<WeekChart title="Hours" days={days} series={series} formatHours={(h) => `${h} h`} width={400} height={200} />);
    // The drawing (hidden from screen readers, who get the table) is the chart's own .chart-canvas.
    const drawing = within(container.querySelector<HTMLElement>('.chart-canvas')!);
    const svgText = [...container.querySelectorAll('svg text')].map((t) => t.textContent);
    expect(svgText).toEqual(expect.arrayContaining(['Mon', 'Tue', 'Wed', '0 h', '3 h']));
    expect(drawing.getByText('Alpha')).toBeInTheDocument();
    expect(drawing.getByText('Beta')).toBeInTheDocument();
  });

  it('names the series in a legend in the stack’s order, bottom first, each beside a swatch of its colour; off-hours work only in a week that has some', () => {
    const legend = (container: HTMLElement) =>
      [...container.querySelectorAll('.recharts-legend-item')].map((item) => ({ name: item.textContent, fill: item.querySelector('path')?.getAttribute('fill') }));
    const plain = render(<WeekChart title="Hours" days={days} series={series} formatHours={(h) => `${h} h`} width={400} />);
    expect(legend(plain.container)).toEqual([
      { name: 'Alpha', fill: '#0072B2' },
      { name: 'Beta', fill: '#009E73' },
    ]);
    plain.unmount();
    const withOff = days.map((day, i) => (i === 0 ? { ...day, offHours: 1 } : day));
    const { container } = render(<WeekChart title="Hours" days={withOff} series={series} formatHours={(h) => `${h} h`} width={400} />);
    const hatch = container.querySelector('.chart-defs pattern')!.id;
    expect(legend(container)).toEqual([
      { name: 'Alpha', fill: '#0072B2' },
      { name: 'Beta', fill: '#009E73' },
      { name: OFF_HOURS_NAME, fill: `url(#${hatch})` },
    ]);
  });

  it('shows its legend with the words, before the drawing: in the window the drawing waits for its turn and its room', () => {
    // Without a width the chart is drawn at its container's, which has none here: the drawing waits.
    const { container } = render(<WeekChart title="Hours" days={days} series={series} formatHours={(h) => `${h} h`} />);
    expect(container.querySelector('.recharts-wrapper')).toBeNull();
    expect([...container.querySelectorAll('.recharts-legend-item')].map((item) => item.textContent)).toEqual(['Alpha', 'Beta']);
  });

  it('gives the figures as a table named by the title, the drawing hidden from screen readers', () => {
    const { container } = render(<WeekChart title="Hours" days={days} series={series} formatHours={(h) => `${h} h`} width={400} />);
    const table = screen.getByRole('table', { name: 'Hours' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Day', 'Alpha', 'Beta']);
    expect(within(table).getByRole('row', { name: /Tueday/ }).textContent).toBe('Tueday0 h0 h');
    expect(container.querySelector('.chart-canvas')?.getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByRole('figure', { name: 'Hours' })).toBeInTheDocument();
  });

  it('off-hours work is hatched inside its day’s stack, from the bottom where work is, not as a bar beside it', () => {
    const withOff = days.map((day, i) => (i === 0 ? { ...day, offHours: 1 } : day));
    const { container } = render(<WeekChart title="Hours" days={withOff} series={series} formatHours={(h) => `${h} h`} width={400} height={200} />);
    const box = (path: Element) => ({ x: Number(path.getAttribute('x')), y: Number(path.getAttribute('y')), w: Number(path.getAttribute('width')), h: Number(path.getAttribute('height')) });
    const hatch = [...container.querySelectorAll('path[fill^="url(#"][width]')].map(box).filter((b) => b.h > 0);
    const monday = [...container.querySelectorAll('path[fill="#0072B2"][width]')].map(box)[0]!;
    expect(hatch).toHaveLength(1);
    expect(hatch[0]!.x).toBeCloseTo(monday.x, 3);
    expect(hatch[0]!.w).toBeCloseTo(monday.w, 3);
    // 1 h of the 2 h of Alpha at the bottom: same baseline, half its height.
    expect(hatch[0]!.y + hatch[0]!.h).toBeCloseTo(monday.y + monday.h, 3);
    expect(hatch[0]!.h).toBeCloseTo(monday.h / 2, 3);
    expect(within(screen.getByRole('table', { name: 'Hours' })).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Day', 'Alpha', 'Beta', 'Off-hours work']);
  });
});
