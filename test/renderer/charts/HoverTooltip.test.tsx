import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CheckInChart, type CheckInWeek } from '../../../renderer/charts/CheckInChart';
import { TrendChart, type TrendWeek } from '../../../renderer/charts/TrendChart';

const weeks: TrendWeek[] = Array.from({ length: 12 }, (_, i) => ({ key: `w${i}`, label: `W${i + 1}`, longLabel: `Week ${i + 1}` }));
const tooltip = (container: HTMLElement) => container.querySelector('.recharts-tooltip-wrapper');

describe('a chart’s tooltip is made the first time a pointer comes over the drawing', () => {
  it('TrendChart: none while the drawing has not been pointed at, then recharts’ tooltip, kept', async () => {
    const { container } = render(<TrendChart title="Work" weeks={weeks} series={[{ id: 'work', name: 'Work', color: '#0072B2', values: weeks.map((_, i) => i) }]} format={(v) => `${v} h`} width={600} />);
    const surface = container.querySelector('svg.recharts-surface')!;
    expect(tooltip(container)).toBeNull();
    await userEvent.hover(surface);
    expect(tooltip(container)).not.toBeNull();
    await userEvent.unhover(surface);
    expect(tooltip(container)).not.toBeNull();
    // The drawing is the one drawn before: made once, not again for the tooltip.
    expect(container.querySelector('svg.recharts-surface')).toBe(surface);
  });

  it('CheckInChart: the same', async () => {
    const checkIns: CheckInWeek[] = weeks.map((w, i) => ({ ...w, workHours: 30 + i, energy: 3, mood: null }));
    const { container } = render(<CheckInChart weeks={checkIns} formatHours={(h) => `${h} h`} width={600} />);
    expect(tooltip(container)).toBeNull();
    await userEvent.hover(container.querySelector('svg.recharts-surface')!);
    expect(tooltip(container)).not.toBeNull();
  });
});
