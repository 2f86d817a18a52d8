// How the three Electron bundles are built: main (ESM, dependencies inlined), preload (one CommonJS file, everything
// bundled in, because a sandboxed preload can only require `electron`), and the renderer (React, static files).
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const fromRoot = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

/**
 * Writes .vite/chunk-modules.json: for each chunk, the modules in it (paths from the project root, packages as
 * node_modules/<name>/…). The bundle test reads it to check that no chunk the first view loads contains recharts.
 */
function chunkModules(): Plugin {
  return {
    name: 'timelock-chunk-modules',
    generateBundle(_options, bundle) {
      const root = fromRoot('.');
      const chunks: Record<string, string[]> = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        chunks[output.fileName] = output.moduleIds.map((id) => id.replace(/^\0/, '').replace(root, '').replace(/^.*\/node_modules\//, 'node_modules/'));
      }
      this.emitFile({ type: 'asset', fileName: '.vite/chunk-modules.json', source: JSON.stringify(chunks, null, 1) });
    },
  };
}

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
    plugins: [react(), chunkModules()],
    build: {
      outDir: fromRoot('./out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves builds unminified; the window's code is what every start waits for, so it is minified.
      minify: true,
      cssMinify: true,
      // Which chunk each view needs: read by the bundle-size test and benchmark (scripts/bundleSizes.mjs).
      manifest: true,
      rolldownOptions: { input: fromRoot('./renderer/index.html') },
    },
  },
});
