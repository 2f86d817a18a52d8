// How the three Electron bundles are built: main (ESM, dependencies inlined), preload (one CommonJS file, everything
// bundled in, because a sandboxed preload can only require `electron`), and the renderer (React, static files).
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const fromRoot = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: fromRoot('./out/main'),
      // Everything but `electron` is inlined, so the desktop app ships no node_modules: what runs is in out/.
      externalizeDeps: false,
      lib: { entry: fromRoot('./electron/main.ts'), formats: ['es'], fileName: () => 'main.js' },
    },
  },
  preload: {
    build: {
      outDir: fromRoot('./out/preload'),
      // Sandboxed: no node_modules at run time, so whatever the preload imports (zod via the contract) is inlined.
      externalizeDeps: false,
      lib: { entry: fromRoot('./electron/preload.ts'), formats: ['cjs'], fileName: () => 'preload.cjs' },
    },
  },
  renderer: {
    root: fromRoot('./renderer'),
    plugins: [react()],
    build: {
      outDir: fromRoot('./out/renderer'),
      emptyOutDir: true,
      rolldownOptions: { input: fromRoot('./renderer/index.html') },
    },
  },
});
