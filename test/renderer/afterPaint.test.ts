// afterPaint waits for a painted frame, except where none will come: a hidden page paints nothing until it is shown.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from '../../renderer/afterPaint';
import { holdFrames } from './heldFrames';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

afterEach(() => {
  vi.unstubAllGlobals();
  delete (document as { visibilityState?: unknown }).visibilityState;
});

describe('afterPaint', () => {
  it('runs once the next frame is painted, in a task of its own', async () => {
    const frames = holdFrames();
    const then = vi.fn();
    afterPaint(then);
    await tick();
    expect(then).not.toHaveBeenCalled();
    expect(frames.waiting).toBe(1);
    frames.run();
    expect(then).not.toHaveBeenCalled();
    await tick();
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('in a page hidden from the start (a background tab), runs without a frame', async () => {
    holdFrames();
    setVisibility('hidden');
    const then = vi.fn();
    afterPaint(then);
    await tick();
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('in a page hidden while it waits, runs then, once, and not again when a frame comes', async () => {
    const frames = holdFrames();
    const then = vi.fn();
    afterPaint(then);
    setVisibility('hidden');
    await tick();
    expect(then).toHaveBeenCalledTimes(1);
    frames.run();
    setVisibility('visible');
    setVisibility('hidden');
    await tick();
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('called off, runs neither on a frame nor on hiding', async () => {
    const frames = holdFrames();
    const then = vi.fn();
    afterPaint(then)();
    expect(frames.waiting).toBe(0);
    frames.run();
    setVisibility('hidden');
    await tick();
    expect(then).not.toHaveBeenCalled();
  });
});
