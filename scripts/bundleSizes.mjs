// What the window loads, read from the renderer build (out/renderer): the JavaScript a view needs before it can show
// (its chunk and every chunk those import, the entry included) and the whole app, each raw and gzipped, and the
// packages in those chunks. Used by the bundle test (test/build/bundle.test.ts) and `npm run bench`.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { rendererOut } from './buildRenderer.mjs';

const VIEW_SOURCES = {
  today: 'views/Today/TodayView.tsx',
  week: 'views/Week/WeekView.tsx',
  plan: 'views/Plan/PlanView.tsx',
  balance: 'views/Balance/BalanceView.tsx',
  insights: 'views/Insights/InsightsView.tsx',
  settings: 'views/Settings/SettingsView.tsx',
};

function readJson(file) {
  if (!fs.existsSync(file)) throw new Error(`${path.relative(process.cwd(), file)} is missing: run \`npm run build:renderer\` first.`);
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** The build as chunks: file, static imports (manifest keys) and the packages each one contains. */
export function readRendererBuild(out = rendererOut) {
  const manifest = readJson(path.join(out, '.vite', 'manifest.json'));
  const modules = readJson(path.join(out, '.vite', 'chunk-modules.json'));
  const sizeOf = (file) => {
    const bytes = fs.readFileSync(path.join(out, file));
    return { raw: bytes.length, gzip: zlib.gzipSync(bytes).length };
  };
  const packagesOf = (file) => [...new Set((modules[file] ?? []).filter((id) => id.startsWith('node_modules/')).map((id) => id.split('/').slice(1, id.split('/')[1].startsWith('@') ? 3 : 2).join('/')))];

  /** The chunks (files) that must arrive before `keys` can run: themselves and what they import, transitively. */
  const closure = (keys) => {
    const seen = new Set();
    const visit = (key) => {
      if (seen.has(key)) return;
      seen.add(key);
      for (const next of manifest[key]?.imports ?? []) visit(next);
    };
    keys.forEach(visit);
    return [...seen].map((key) => manifest[key].file);
  };
  const measure = (files) => {
    const sizes = files.map(sizeOf);
    return {
      files,
      raw: sizes.reduce((n, s) => n + s.raw, 0),
      gzip: sizes.reduce((n, s) => n + s.gzip, 0),
      packages: [...new Set(files.flatMap(packagesOf))].sort(),
    };
  };
  const allJs = [...new Set(Object.values(manifest).map((chunk) => chunk.file))].filter((file) => file.endsWith('.js'));
  return {
    /** What showing `view` first needs: the entry, the view's chunk and their imports. */
    firstView: (view) => measure(closure(['index.html', VIEW_SOURCES[view]])),
    total: () => measure(allJs),
  };
}
