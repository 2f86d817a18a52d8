// What the window downloads before it can show its first view, read from the renderer build: recharts and zod must
// not be in it (they load with the views that use them), recharts gets only the d3 scales the charts use, and the
// build must be minified. The sizes against their targets are benchmark figures (`npm run bench`); this fails on the
// mistakes that would undo the split.
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRenderer, rendererIsStale, rendererOut } from '../../scripts/buildRenderer.mjs';
import { readRendererBuild } from '../../scripts/bundleSizes.mjs';
import { CHART_SCALES, COMPILE_ALL_HINT } from '../../electron.vite.config';

const root = fileURLToPath(new URL('../..', import.meta.url));
let build: ReturnType<typeof readRendererBuild>;
const files = (dir: string) => fs.readdirSync(path.join(rendererOut, dir));

beforeAll(async () => {
  if (rendererIsStale() || !fs.existsSync(path.join(rendererOut, '.vite', 'chunk-modules.json'))) await buildRenderer();
  build = readRendererBuild();
}, 180_000);

describe('the renderer build', () => {
  it('loads Today without recharts or zod: the charts and the schemas come with the views that use them', () => {
    const today = build.firstView('today');
    expect(today.packages).toContain('react-dom');
    expect(today.packages).not.toContain('recharts');
    expect(today.packages).not.toContain('zod');
  });

  it('asks for every chunk Today needs from index.html, so none waits for the entry chunk to run first', () => {
    const html = fs.readFileSync(path.join(rendererOut, 'index.html'), 'utf8');
    const asked = [...html.matchAll(/<(?:script type="module"|link rel="modulepreload")[^>]*(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]);
    expect(asked.sort()).toEqual([...build.firstView('today').files].sort());
  });

  it('runs the early asker from a file of its own before the module: an async classic script that imports nothing', () => {
    const html = fs.readFileSync(path.join(rendererOut, 'index.html'), 'utf8');
    const [early, module] = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
    const file = /\ssrc="\.\/(assets\/earlyAsk-[\w-]+\.js)"/.exec(early ?? '')?.[1];
    expect(file).toBeDefined();
    expect(early).toMatch(/\sasync\b/);
    expect(early).not.toMatch(/type=/);
    expect(module).toMatch(/type="module"/);
    const code = fs.readFileSync(path.join(rendererOut, file!), 'utf8');
    expect(code).not.toMatch(/(^|[;}])\s*(import|export)\b/);
    expect(code).toContain('"app.snapshot"');
  });

  it('parses React apart from the app: its own chunk, asked for by index.html beside the entry', () => {
    const files = build.firstView('today').files;
    const react = files.filter((file) => /^assets\/react-[\w-]+\.js$/.test(file));
    expect(react).toHaveLength(1);
    const chunks = JSON.parse(fs.readFileSync(path.join(rendererOut, '.vite', 'chunk-modules.json'), 'utf8')) as Record<string, string[]>;
    expect(chunks[react[0]!]!.some((id) => id.startsWith('node_modules/react-dom/'))).toBe(true);
    expect(chunks[react[0]!]!.some((id) => id.startsWith('renderer/'))).toBe(false);
  });

  it('lists for each view’s import() only the chunks the page lacks: none for Today, the charts beside Week', () => {
    const entry = files('assets').find((file) => /^index-[\w-]+\.js$/.test(file))!;
    const code = fs.readFileSync(path.join(rendererOut, 'assets', entry), 'utf8');
    const listed = /m\.f=(\[[^\]]*\])/.exec(code)?.[1];
    expect(listed).toBeDefined();
    const deps = JSON.parse(listed!.replace(/'/g, '"')) as string[];
    expect(deps.some((dep) => /\/(index|react|rolldown-runtime|TodayView)-/.test(dep))).toBe(false);
    expect(deps.some((dep) => /\/charts-/.test(dep))).toBe(true);
    // Today's import() up to the next one: no list of chunks to preload with it.
    const today = code.slice(code.search(/import\(.\.\/TodayView-/), code.search(/import\(.\.\/WeekView-/));
    expect(today.length).toBeGreaterThan(0);
    expect(today).not.toContain('__vite__mapDeps(');
  });

  it('has Today’s chunk compiled as it streams in (V8’s compile hint, read only as the file’s first line), no other chunk the first view loads', () => {
    const firstLine = (file: string) => fs.readFileSync(path.join(rendererOut, file), 'utf8').split('\n', 1)[0];
    const hinted = build.firstView('today').files.filter((file) => fs.readFileSync(path.join(rendererOut, file), 'utf8').includes(COMPILE_ALL_HINT));
    expect(hinted).toEqual(build.firstView('today').files.filter((file) => /^assets\/TodayView-/.test(file)));
    expect(firstLine(hinted[0]!)).toBe(COMPILE_ALL_HINT);
  });

  it('loads recharts only with a view that draws a chart', () => {
    expect(build.firstView('week').packages).toContain('recharts');
    expect(build.firstView('plan').packages).not.toContain('recharts');
    expect(build.firstView('settings').packages).not.toContain('recharts');
  });

  it('has no zod in any view: the window checks nothing with the contract\'s schemas, and zod would be a sixth of the app', () => {
    expect(build.total().packages).toContain('react-dom');
    expect(build.total().packages).not.toContain('zod');
  });

  it('carries only the d3 scales the charts use: no time scale with its calendar and date formats', () => {
    const { packages } = build.total();
    expect(packages).toContain('d3-scale');
    expect(packages).not.toContain('d3-time');
    expect(packages).not.toContain('d3-time-format');
  });

  it('names no chart scale that recharts is not handed, which would draw a point scale instead without a word', () => {
    const sources = fs.readdirSync(path.join(root, 'renderer'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.tsx'));
    const named = sources.flatMap((file) =>
      [...fs.readFileSync(path.join(root, 'renderer', file), 'utf8').matchAll(/\bscale=(?:"([^"]*)"|\{\s*['"`]([^'"`]*)['"`]\s*\})/g)].map((m) => ({ file, scale: m[1] ?? m[2] })),
    );
    const missing = named.filter(({ scale }) => scale !== 'auto' && !CHART_SCALES.includes(`scale${scale.charAt(0).toUpperCase()}${scale.slice(1)}`));
    expect(missing).toEqual([]);
  });

  it('is minified: the JavaScript has no line of source layout left', () => {
    const { files } = build.total();
    const lines = files.reduce((n, file) => n + fs.readFileSync(path.join(rendererOut, file), 'utf8').split('\n').length, 0);
    expect(lines / files.length).toBeLessThan(20);
  });
});
