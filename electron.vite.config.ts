// How the three Electron bundles are built: main (ESM, dependencies inlined), preload (one CommonJS file, everything
// bundled in, because a sandboxed preload can only require `electron`), and the renderer (React, static files).
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import path from 'node:path';
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

/**
 * Adds <link rel="modulepreload"> for the chunk of the view shown at start (`entry`) and the chunks it imports, so
 * the browser fetches them beside the entry chunk. Without it, Today's code is asked for only once the entry chunk
 * has been parsed and run (React's 190 kB among it): one more request in a row before the first paint.
 */
function preloadFirstView(entry: string): Plugin {
  return {
    name: 'timelock-first-view-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunks = Object.values(context.bundle ?? {}).flatMap((output) => (output.type === 'chunk' ? [output] : []));
        const view = chunks.find((chunk) => chunk.facadeModuleId === entry);
        if (!view) throw new Error(`no chunk is built from ${entry}`);
        const files = new Set<string>();
        const add = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          for (const imported of chunks.find((chunk) => chunk.fileName === fileName)?.imports ?? []) add(imported);
        };
        add(view.fileName);
        return [...files]
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}

/**
 * The early script (renderer/early/earlyAskScript.ts): index.html names its source in an async classic <script>
 * before the window's module (the CSP allows files of our own, not inline code). Async, it blocks neither the
 * parser nor the module's download (a blocking one held the module's request back until it had arrived; a deferred
 * one waited for the CSS), and being small it runs as soon as it arrives, while the module still downloads and
 * evaluates, so the start-up requests leave then. Should it come after the window's code has looked, it asks nothing. Bundled on its own with esbuild (one small
 * IIFE: the start-up list and the adoption rule, no zod), written as assets/earlyAsk-<hash>.js (the browser host lets
 * browsers keep scripts an hour: a new build gets a new name), and the <script> pointed at it; served in dev too.
 */
function earlyAskScript(entry: string): Plugin {
  const source = './early/earlyAskScript.ts';
  let built: Promise<{ fileName: string; code: string }> | null = null;
  const build = () =>
    (built ??= import('esbuild').then(async ({ build }) => {
      const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'iife', target: 'es2022', write: false, logLevel: 'error' });
      const code = result.outputFiles[0]!.text;
      return { fileName: `assets/earlyAsk-${createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js`, code };
    }));
  return {
    name: 'timelock-early-ask-script',
    buildStart() {
      built = null;
    },
    async generateBundle() {
      const { fileName, code } = await build();
      this.emitFile({ type: 'asset', fileName, source: code });
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        if (!html.includes(`<script async src="${source}"></script>`)) throw new Error(`index.html does not run ${source} as a classic script`);
        const { fileName } = await build();
        // vite-ignore: the tag is ours, not one for Vite to bundle (Vite drops the attribute).
        return html.replace(`<script async src="${source}"></script>`, `<script vite-ignore async src="./${fileName}"></script>`);
      },
    },
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const { fileName, code } = await build();
        if (req.url !== `/${fileName}`) return next();
        res.setHeader('content-type', 'text/javascript; charset=utf-8');
        res.end(code);
      });
    },
  };
}

/**
 * The d3 scales recharts is handed. recharts finds an axis's scale by name in `import * as d3Scales from
 * 'victory-vendor/d3-scale'` (all of d3-scale), and a namespace read with a computed key keeps every scale in the
 * bundle: the time and UTC scales with d3-time and d3-time-format, the sequential, diverging, log and quantile ones,
 * 8 kB of the window's 254 kB gzipped. Our axes leave `scale` at 'auto', for which recharts takes a point, band or
 * linear scale. An axis given another scale by name would quietly get a point scale instead: add it here (the
 * bundle test fails on a `scale` prop naming one that is not).
 */
export const CHART_SCALES = ['scaleBand', 'scaleLinear', 'scalePoint'];

/** Resolves recharts' imports of d3-scale to a module that re-exports CHART_SCALES only, from the same d3-scale. */
function chartScales(): Plugin {
  const scalesModule = '\0timelock-chart-scales';
  let d3Scale: string | undefined;
  return {
    name: 'timelock-chart-scales',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source !== 'victory-vendor/d3-scale' || !importer?.includes('/node_modules/recharts/')) return null;
      d3Scale = (await this.resolve(source, importer, { skipSelf: true }))?.id;
      if (!d3Scale) throw new Error(`${source} does not resolve from ${importer}`);
      return scalesModule;
    },
    load(id) {
      if (id !== scalesModule) return null;
      return `export { ${CHART_SCALES.join(', ')} } from ${JSON.stringify(d3Scale)};\n`;
    },
  };
}

/**
 * Marks d3-shape's curve factories as pure calls, so the ones nothing uses are left out. d3-shape (one file, through
 * recharts) builds its bundle, cardinal and Catmull-Rom curves and the radial linear curve with calls at the top level
 * (`var cardinal = (function custom(tension) {…})(0)`), which a bundler must keep in case they do something; they
 * only make a function. recharts' curves do not use them: 7 kB of the chart chunk, 1 kB gzipped.
 */
function pureCurveFactories(): Plugin {
  const calls = ['= (function custom(', '= curveRadial(curveLinear);'];
  return {
    name: 'timelock-pure-curve-factories',
    transform(code, id) {
      if (!/\/node_modules\/d3-shape\/dist\/d3-shape\.mjs$/.test(id)) return null;
      const marked = calls.reduce((text, call) => text.replaceAll(call, call.replace('= ', '= /*#__PURE__*/')), code);
      if (calls.some((call) => !code.includes(call))) this.warn('d3-shape changed: a curve factory pureCurveFactories marks is not there');
      return { code: marked, map: null };
    },
  };
}

/** V8's explicit compile hint: a script that starts with this comment has every function compiled eagerly, on a
 * background thread while it streams in (Chromium 136 and later), instead of each function on the main thread the
 * first time it is called. */
export const COMPILE_ALL_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Starts the chunks `wanted` picks with COMPILE_ALL_HINT, as a banner added after minifying (which drops comments), so
 * the hint is the file's first line, and before the chunk's hash is taken.
 */
function compileAllOnLoad(wanted: (chunk: { name: string; facadeModuleId: string | null; isEntry: boolean }) => boolean): Plugin {
  return {
    name: 'timelock-compile-all-on-load',
    apply: 'build',
    outputOptions(options) {
      const banner = options.postBanner;
      return {
        ...options,
        postBanner: async (chunk) => {
          const before = typeof banner === 'function' ? await banner(chunk) : (banner ?? '');
          return wanted(chunk) ? [COMPILE_ALL_HINT, before].filter(Boolean).join('\n') : before;
        },
      };
    },
  };
}

/** Today: the view the window opens on, whose chunk index.html preloads (preloadFirstView). */
const FIRST_VIEW = fromRoot('./renderer/views/Today/TodayView.tsx');

/**
 * Which chunks a dynamic import preloads beside its own: not those the page has already. Vite's helper otherwise walks
 * the page's <link>s and resolves a URL for each listed chunk on every import(), Today's own on the way to its first
 * paint (10–15 ms in a profile of a cold load). The entry's chunks (the app, React, the bundler's runtime: the
 * codeSplitting groups below) are loaded before any import() runs, and the first view's chunk is preloaded by
 * index.html; what a view adds (the charts chunk for Week) is still fetched beside the view's own.
 */
function unloadedDependencies(filename: string, deps: string[], context: { hostType: 'html' | 'js' }): string[] {
  if (context.hostType === 'html') return deps;
  if (filename.startsWith(`assets/${path.basename(FIRST_VIEW, '.tsx')}-`)) return [];
  return deps.filter((dep) => !/^assets\/(index|react|rolldown-runtime)-[\w-]+\.js$/.test(dep));
}

/**
 * What the whole window uses, so its chunk comes with the entry: the frame, the stores and formats, the shared domain,
 * React and the small libraries. A module that draws a chart must not match (the bundle test fails if recharts
 * reaches Today).
 */
const APP_WIDE = /\/(renderer\/(state|format|theme|views\/shell)\/|renderer\/[^/]+$|shared\/)|\/node_modules\/(react|react-dom|scheduler|zustand|@date-fns\/tz|lucide)\//;

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
    plugins: [
      react(),
      earlyAskScript(fromRoot('./renderer/early/earlyAskScript.ts')),
      chartScales(),
      pureCurveFactories(),
      chunkModules(),
      preloadFirstView(FIRST_VIEW),
      // Today's chunk: every function in it runs for the first screen, and the view is imported after the app's
      // modules have run, so its eager compile on a background thread overlaps the start-up instead of delaying it
      // (first render without the hint, interleaved loads: +9 ms wall, +5 ms main-thread CPU). Not the app's chunk:
      // with the hint first in that file (V8 reads it only there, and Vite puts its __vite__mapDeps line first, so an
      // earlier hint sat unread on line 2) main-thread CPU fell 7 ms but the wall clock rose 10: on two cores the
      // eager compile holds up the module graph the first paint waits for. Nor React's: most of react-dom is not
      // called by one view.
      compileAllOnLoad((chunk) => chunk.facadeModuleId === FIRST_VIEW),
    ],
    build: {
      outDir: fromRoot('./out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves builds unminified; the window's code is what every start waits for, so it is minified.
      minify: true,
      cssMinify: true,
      modulePreload: { resolveDependencies: unloadedDependencies },
      // Which chunk each view needs: read by the bundle-size test and benchmark (scripts/bundleSizes.mjs).
      manifest: true,
      rolldownOptions: {
        input: fromRoot('./renderer/index.html'),
        output: {
          // Left to itself, the bundler puts the modules two views share (React's core, stores, formats, the shell's
          // small parts) in half a dozen chunks of 0.3 to 17 kB, each compressed on its own and each one more
          // request, and the chart components apart from recharts. Gzip does better on fewer, larger files:
          // the app-wide modules go with the entry, the chart components with recharts, each view keeps its own.
          codeSplitting: {
            groups: [
              // React apart from the app's own modules: Chromium parses each script on a thread of its own as it
              // arrives, so the two parse side by side instead of one after the other before the entry can run.
              { name: 'react', test: /\/node_modules\/(react|react-dom|scheduler)\/|rolldown\/runtime/, priority: 3 },
              { name: 'app', test: APP_WIDE, priority: 2 },
              // With their dependencies (recharts and d3); only the views that draw a chart load this chunk.
              { name: 'charts', test: /\/renderer\/charts\//, priority: 1 },
            ],
          },
        },
      },
    },
  },
});
