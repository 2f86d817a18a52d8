// Builds the Node entry points into plain JavaScript, so none needs TypeScript (tsx) or any package at run time: the
// command line (electron/cli.ts → out/cli/timelock.js, with the code each command loads lazily in out/cli/chunks/),
// the status a status bar calls every few seconds (electron/cli/statusFast.ts → out/cli/status.cjs, which
// bin/timelock.js tries first) and the browser host (electron/web.ts → out/web/web.js). Every dependency is inlined;
// `npm pack` ships these files and nothing from node_modules.
// Run: node scripts/buildCli.mjs [--if-stale]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const cliBundle = path.join(root, 'out', 'cli', 'timelock.js');
export const statusBundle = path.join(root, 'out', 'cli', 'status.cjs');
const cliChunks = path.join(root, 'out', 'cli', 'chunks');
export const webBundle = path.join(root, 'out', 'web', 'web.js');

// What the bundles are made from: a change to any of these makes them stale.
// renderer: the browser host draws Today's first screen with the window's components (renderer/firstScreen).
const sources = ['electron', 'shared', 'renderer', 'package.json', 'package-lock.json', 'scripts/buildCli.mjs'].map((p) => path.join(root, p));

/**
 * Modules that sit on the import path of our dependencies but never run in Timelock, replaced by a module that
 * says so if it ever does. Each costs start-up time on every `timelock status` (parsing and evaluating):
 * - zod's translated error messages (≈ 260 kB): the contract only uses English, which zod imports by itself;
 * - conf's schema validator and migration runner (ajv, ajv-formats, semver: ≈ 170 kB): confBackend.ts passes
 *   neither `schema` nor `migrations` (CONF_OPTIONS), and conf only touches them when one is given.
 */
const UNUSED = [
  { filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/, what: "zod's translated messages" },
  { filter: /^ajv\/dist\/2020\.js$/, what: "conf's schema validation (ajv)", named: ['Ajv2020'] },
  { filter: /^ajv-formats$/, what: "conf's schema formats (ajv-formats)" },
  { filter: /^semver$/, what: "conf's migrations (semver)" },
];

const unusedModules = {
  name: 'unused-modules',
  setup(build) {
    for (const [index, { filter, what, named = [] }] of UNUSED.entries()) {
      build.onResolve({ filter }, (args) => {
        if (args.path.startsWith('.') && !args.importer) return undefined;
        return { path: String(index), namespace: 'unused' };
      });
      build.onLoad({ filter: new RegExp(`^${index}$`), namespace: 'unused' }, () => {
        const fail = `() => { throw new Error(${JSON.stringify(`${what} is not part of this build of Timelock.`)}); }`;
        const exports = named.map((name) => `export const ${name} = ${fail};`).join('\n');
        return { contents: `const unused = new Proxy({}, { get: ${fail} });\nexport default unused;\n${exports}`, loader: 'js' };
      });
    }
    // The relative import inside zod resolves to a full path; match it after resolution.
    build.onResolve({ filter: /locales[\\/]index\.js$/ }, (args) => {
      const full = path.resolve(args.resolveDir, args.path);
      return UNUSED[0].filter.test(full) ? { path: '0', namespace: 'unused' } : undefined;
    });
  },
};

/**
 * Built-in modules the status bundle may need only on a rare path, required on first use instead of when the bundle
 * loads: node:crypto costs about 8 ms to load, and status needs it only to hash a data folder's path too long for a
 * socket address (socketAddress.ts) or to write a file (atomicFile.ts), which status never does. Each named export
 * used must be listed: a missing one fails the build.
 */
const LAZY_BUILTINS = { 'node:crypto': ['createHash', 'randomBytes'] };

const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    // The require() inside the stand-in is the real module.
    build.onResolve({ filter: /^node:crypto$/ }, (args) => (args.namespace === 'lazy-builtin' ? { path: args.path, external: true } : { path: args.path, namespace: 'lazy-builtin' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => {
      const load = `const load = () => require(${JSON.stringify(args.path)});`;
      const exports = LAZY_BUILTINS[args.path].map((name) => `export const ${name} = (...args) => load().${name}(...args);`);
      return { contents: [load, ...exports].join('\n'), loader: 'js' };
    });
  },
};

function newestChange(file) {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(file).reduce((newest, name) => Math.max(newest, newestChange(path.join(file, name))), stat.mtimeMs);
}

export function cliIsStale() {
  const built = Math.min(...[cliBundle, statusBundle, webBundle].map((file) => fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0));
  return Math.max(...sources.map(newestChange)) > built;
}

export async function buildCli() {
  const { build } = await import('esbuild');
  const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    legalComments: 'linked',
    logLevel: 'warning',
    // Inlined CommonJS packages (papaparse, ical.js) may call require(); an ES module has none of its own.
    banner: { js: "import { createRequire as __timelockRequire } from 'node:module'; const require = __timelockRequire(import.meta.url);" },
    plugins: [unusedModules],
    write: false,
  };
  const results = await Promise.all([
    // Split at every dynamic import: `timelock status` compiles the entry, its command and what that needs (a
    // status bar runs it every few seconds), not the import, export and sync code of the other commands.
    build({
      ...common,
      entryPoints: { timelock: path.join(root, 'electron', 'cli.ts') },
      outdir: path.dirname(cliBundle),
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
    }),
    // One CommonJS file, no chunks: a status bar's call loads one module, and its built-in modules through require()
    // (an ES module's `import fs from 'node:fs'` evaluates every lazy getter of fs, loading its streams: about 4 ms).
    build({
      ...common,
      entryPoints: [path.join(root, 'electron', 'cli', 'statusFast.ts')],
      outfile: statusBundle,
      format: 'cjs',
      banner: {},
      plugins: [unusedModules, lazyBuiltins],
    }),
    // React's production build for the first screen the host draws (react-dom/server picks its build by NODE_ENV).
    build({ ...common, entryPoints: [path.join(root, 'electron', 'web.ts')], outfile: webBundle, define: { 'process.env.NODE_ENV': '"production"' } }),
  ]);
  // Each file written to a temp file and renamed, the entries last: a `timelock` started meanwhile (tests run several)
  // runs the old build or the new one, never half of one. Chunks are named by their content, so a new build adds
  // files beside the old ones; those no build refers to any more are removed after.
  const files = results.flatMap((result) => result.outputFiles);
  const isEntry = (file) => [cliBundle, statusBundle, webBundle].includes(file.path);
  for (const file of [...files.filter((f) => !isEntry(f)), ...files.filter(isEntry)]) {
    fs.mkdirSync(path.dirname(file.path), { recursive: true });
    const temp = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(temp, file.contents);
    fs.renameSync(temp, file.path);
  }
  const current = new Set(files.map((file) => path.basename(file.path)));
  for (const name of fs.readdirSync(cliChunks)) if (!current.has(name)) fs.rmSync(path.join(cliChunks, name), { force: true });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--if-stale') && !cliIsStale()) {
    console.log('out/cli and out/web are up to date.');
  } else {
    try {
      await buildCli();
    } catch (error) {
      console.error(`The command line did not build: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
  }
}
