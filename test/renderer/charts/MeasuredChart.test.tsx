import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MeasuredChart } from '../../../renderer/charts/MeasuredChart';

const LEGEND_HEIGHT = 24;

describe('MeasuredChart in the window (no fixed width)', () => {
  beforeEach(() => {
    // The container is 400 px wide; the legend (the element holding its words) 24 px high, whatever its width.
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(400.6);
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const height = this.textContent === 'The legend' ? LEGEND_HEIGHT : 0;
      return { top: 0, bottom: height, left: 0, right: 400, width: 400, height, x: 0, y: 0, toJSON: () => ({}) };
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('draws once, in its turn, at the width measured and the height the legend leaves; the legend is under the drawing’s room from the start', async () => {
    const draw = vi.fn((width: number, height: number) => <svg data-testid="drawing" width={width} height={height} />);
    const { container } = render(
      <MeasuredChart height={160} legend={<p>The legend</p>}>
        {draw}
      </MeasuredChart>,
    );
    // Before its turn: the legend, below room kept for the drawing, so it does not move once the chart is drawn.
    expect(draw).not.toHaveBeenCalled();
    const box = container.querySelector<HTMLElement>('.chart-measure')!;
    expect(box.style.minHeight).toBe('160px');
    expect((box.firstElementChild as HTMLElement).style.height).toBe(`${160 - LEGEND_HEIGHT}px`);
    expect(box.lastElementChild?.textContent).toBe('The legend');

    await screen.findByTestId('drawing');
    expect(draw.mock.calls).toEqual([[400, 160 - LEGEND_HEIGHT]]);
    expect(box.firstElementChild).toBe(screen.getByTestId('drawing'));
    expect(box.lastElementChild?.textContent).toBe('The legend');
  });

  it('without a legend, draws at the whole height', async () => {
    const draw = vi.fn((width: number, height: number) => <svg data-testid="drawing" width={width} height={height} />);
    render(<MeasuredChart height={160}>{draw}</MeasuredChart>);
    await screen.findByTestId('drawing');
    expect(draw.mock.calls).toEqual([[400, 160]]);
  });

  it('draws nothing while its container has no width (hidden)', async () => {
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(0);
    const draw = vi.fn(() => <svg data-testid="drawing" />);
    render(<MeasuredChart height={160} legend={<p>The legend</p>}>{draw}</MeasuredChart>);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(draw).not.toHaveBeenCalled();
    expect(screen.getByText('The legend')).toBeInTheDocument();
  });
});

describe('MeasuredChart at a fixed width (tests, print)', () => {
  it('draws at once at that width, the legend under the drawing', () => {
    const draw = vi.fn((width: number, height: number) => <svg data-testid="drawing" width={width} height={height} />);
    const { container } = render(
      <MeasuredChart width={300} height={200} legend={<p>The legend</p>}>
        {draw}
      </MeasuredChart>,
    );
    expect(draw).toHaveBeenCalledWith(300, 200);
    const box = container.querySelector('.chart-measure')!;
    expect(box.firstElementChild).toBe(screen.getByTestId('drawing'));
    expect(box.lastElementChild?.textContent).toBe('The legend');
  });
});
