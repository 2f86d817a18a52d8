// The window's animation frames, held by a test: nothing waiting for a paint (afterPaint) runs until the test lets the
// frame happen. Stubbed until vi.unstubAllGlobals(), as idleCallbacks.ts does for idle callbacks.
import { act } from '@testing-library/react';
import { vi } from 'vitest';

export interface HeldFrames {
  /** How many frame callbacks wait (asked for, not yet run or called off). */
  readonly waiting: number;
  /** Runs the callbacks waiting, as one frame, and nothing they queue: the tasks they leave wait for the test. */
  run(): void;
  /** One frame painted, then the tasks it queued, with React's work in act(). */
  paint(): Promise<void>;
}

export function holdFrames(): HeldFrames {
  const waiting = new Map<number, FrameRequestCallback>();
  let ids = 0;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => (waiting.set(++ids, callback), ids));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => waiting.delete(id));
  const run = () => {
    const due = [...waiting.values()];
    waiting.clear();
    for (const callback of due) callback(performance.now());
  };
  return {
    get waiting() {
      return waiting.size;
    },
    run,
    async paint() {
      await act(async () => {
        run();
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
    },
  };
}
