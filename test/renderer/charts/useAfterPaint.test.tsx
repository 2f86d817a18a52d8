import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PAGING_MS, useAfterPaint } from '../../../renderer/charts/useAfterPaint';

/** Lets a frame (and the task queued after it) go by. */
const aFrame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 10))));

describe('useAfterPaint', () => {
  it('gives the first value at once, so a view opened with its figures draws its charts from them', () => {
    const { result } = renderHook(() => useAfterPaint('W13'));
    expect(result.current).toBe('W13');
  });

  it('follows a new value once a frame has gone by, not in the render that brought it', async () => {
    const { result, rerender } = renderHook(({ week }) => useAfterPaint(week), { initialProps: { week: 'W13' } });
    rerender({ week: 'W12' });
    expect(result.current).toBe('W13');
    await aFrame();
    expect(result.current).toBe('W12');
  });

  it('keeps the value shown while a newer one is on its way, then draws the one it stops at', async () => {
    const { result, rerender } = renderHook(({ week, pending }) => useAfterPaint(week, pending), { initialProps: { week: 'W13', pending: true } });
    rerender({ week: 'W12', pending: true });
    await aFrame();
    rerender({ week: 'W11', pending: true });
    await aFrame();
    expect(result.current).toBe('W13');
    rerender({ week: 'W11', pending: false });
    await aFrame();
    expect(result.current).toBe('W11');
  });

  it('waits while pages come one after another, and draws the page it stops at once it has stayed a moment', async () => {
    const { result, rerender } = renderHook(({ week }) => useAfterPaint(week, false, week), { initialProps: { week: 'W13' } });
    rerender({ week: 'W12' });
    await aFrame();
    // The first page after a pause: drawn after one paint.
    expect(result.current).toBe('W12');
    rerender({ week: 'W11' });
    await aFrame();
    rerender({ week: 'W10' });
    await aFrame();
    // Paging: nothing drawn for W11 or W10 yet.
    expect(result.current).toBe('W12');
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, PAGING_MS)));
    await aFrame();
    expect(result.current).toBe('W10');
  });

  it('a new value of the same page (a refresh) is drawn after one paint, however soon it comes', async () => {
    const { result, rerender } = renderHook(({ value, page }) => useAfterPaint(value, false, page), { initialProps: { value: 'W12 at 10:00', page: 'W12' } });
    rerender({ value: 'W12 at 10:01', page: 'W12' });
    await aFrame();
    rerender({ value: 'W12 at 10:02', page: 'W12' });
    await aFrame();
    expect(result.current).toBe('W12 at 10:02');
  });
});

