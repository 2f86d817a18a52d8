// Builds only the renderer (out/renderer) from the renderer part of electron.vite.config.ts: the browser host and
// the end-to-end tests need the pages, not the main or preload bundles. `electron-vite build` has no renderer-only
// switch, so this resolves electron-vite's config and hands its renderer part to vite.
// Run: node scripts/buildRenderer.mjs [--if-stale]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const rendererOut = path.join(root, 'out', 'renderer');

// What the renderer bundle is made from: a change to any of these makes out/renderer stale.
const sources = ['renderer', 'shared', 'electron.vite.config.ts', 'package.json'].map((p) => path.join(root, p));

function newestChange(file) {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(file).reduce((newest, name) => Math.max(newest, newestChange(path.join(file, name))), stat.mtimeMs);
}

export function rendererIsStale() {
  const built = fs.statSync(path.join(rendererOut, 'index.html'), { throwIfNoEntry: false });
  return !built || Math.max(...sources.map(newestChange)) > built.mtimeMs;
}

export async function buildRenderer() {
  // Read by electron-vite's renderer preset: production builds use relative asset URLs.
  process.env.NODE_ENV_ELECTRON_VITE = 'production';
  const [{ resolveConfig }, { build }] = await Promise.all([import('electron-vite'), import('vite')]);
  const { config } = await resolveConfig({ root }, 'build', 'production');
  if (!config?.renderer) throw new Error('electron.vite.config.ts has no renderer config');
  await build(config.renderer);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--if-stale') && !rendererIsStale()) {
    console.log('out/renderer is up to date.');
  } else {
    try {
      await buildRenderer();
    } catch (error) {
      console.error(`The renderer did not build: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
  }
}
