// Per-test hygiene for the renderer project: unmount what a test rendered, put every store back to its initial
// state (stopping live intervals), and give back the real timers.
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { resetAllStores } from '../../renderer/state/resetAllStores';

afterEach(() => {
  cleanup();
  resetAllStores();
  vi.useRealTimers();
});
