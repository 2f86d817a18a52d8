import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CumulativeChart, type CumulativeDay } from '../../../renderer/charts/CumulativeChart';

const days: CumulativeDay[] = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((label, i) => ({ key: label, label, longLabel: `${label}day`, worked: i < 3 ? 6 * (i + 1) : null, pace: 5 * (i + 1) }));

describe('CumulativeChart', () => {
  it('names both lines in a legend under the drawing, draws the value axis’s grid behind it and the cap as a labelled line', () => {
    const { container } = render(<CumulativeChart days={days} capHours={35} formatHours={(h) => `${h} h`} width={500} />);
    const box = container.querySelector('.chart-measure')!;
    expect([...box.lastElementChild!.querySelectorAll('.recharts-legend-item-text')].map((t) => t.textContent)).toEqual(['Worked so far', 'Even pace']);
    expect(container.querySelector('.recharts-wrapper .recharts-legend-wrapper')).toBeNull();
    // A grid line at each tick of the hours axis (0 to 40 h), under the drawing.
    expect(container.querySelectorAll('.chart-grid-lines > svg .recharts-cartesian-grid-horizontal line')).toHaveLength(5);
    expect(container.querySelector('.cap-line-label')?.textContent).toBe('Cap 35 h');
  });
});
