import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAfterFirstPaint } from '../../../../renderer/views/shell/useAfterFirstPaint';

/** Lets a frame (and the task queued after it) go by. */
const aFrame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 10))));

describe('useAfterFirstPaint', () => {
  it('is false in the render that brings the component, so what it guards is not in the first frame', () => {
    const { result } = renderHook(() => useAfterFirstPaint());
    expect(result.current).toBe(false);
  });

  it('turns true once a frame has gone by, and stays true through later renders', async () => {
    const { result, rerender } = renderHook(() => useAfterFirstPaint());
    await aFrame();
    expect(result.current).toBe(true);
    rerender();
    await aFrame();
    expect(result.current).toBe(true);
  });

  it('does nothing once unmounted before the frame came', async () => {
    const { result, unmount } = renderHook(() => useAfterFirstPaint());
    unmount();
    await aFrame();
    expect(result.current).toBe(false);
  });
});
