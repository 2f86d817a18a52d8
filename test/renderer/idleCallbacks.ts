// The window's idle callbacks (requestIdleCallback), run by hand: each is a task of its own that a test lets happen.
// jsdom has none, and the window's warm-ups run only where they exist.
import { act } from '@testing-library/react';
import { vi } from 'vitest';

export interface IdleCallbacks {
  /** The callbacks asked for and not yet run or cancelled, by id. */
  waiting: Map<number, () => void>;
  /** Runs the oldest callback waiting, then lets React finish what it started. */
  runOne(): Promise<void>;
}

/** Stubs requestIdleCallback and cancelIdleCallback until vi.unstubAllGlobals(). */
export function stubIdleCallbacks(): IdleCallbacks {
  const waiting = new Map<number, () => void>();
  let ids = 0;
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => (waiting.set(++ids, callback), ids));
  vi.stubGlobal('cancelIdleCallback', (id: number) => waiting.delete(id));
  return {
    waiting,
    async runOne() {
      const [[id, callback]] = [...waiting];
      waiting.delete(id!);
      await act(async () => {
        callback!();
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
    },
  };
}
