// Three projects: pure and main-process code in Node, the renderer in jsdom, end-to-end in real Chromium.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

const electronStub = fileURLToPath(new URL('./test/stubs/electron.ts', import.meta.url));

export default defineConfig({
  test: {
    // A worker per core. Vitest's default leaves one core to its own process, which here is 1 of 2: the unit and
    // component tests ran one file at a time (378 s for node and renderer; 231 s with two workers, all passing). The
    // main process mostly waits on the workers.
    maxWorkers: availableParallelism(),
    projects: [
      {
        resolve: { alias: { electron: electronStub } },
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/shared/**/*.test.ts', 'test/electron/**/*.test.ts', 'test/build/**/*.test.ts'],
          // electron-store is ESM-only and imports `electron`: inline it so the alias reaches it.
          server: { deps: { inline: ['electron-store'] } },
        },
      },
      {
        plugins: [react()],
        resolve: { alias: { electron: electronStub } },
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/renderer/setup.ts'],
          // Each test opens a real data folder and runs the real router and services (test/renderer/testApi.ts);
          // on a loaded 2-core machine the heaviest (every view, axe over all of Settings) take longer than vitest's
          // 5 s. Speed is measured in `npm run bench`, not here.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
