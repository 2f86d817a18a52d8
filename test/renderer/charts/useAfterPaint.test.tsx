import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAfterPaint } from '../../../renderer/charts/useAfterPaint';

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
});
