// How soon the window shows Today with 25,000 entries, against the least any React page costs in the same Chromium:
// a bare page that renders one heading with react-dom (bundled here with esbuild, minified, served from a local
// HTTP server). Both are timed the same way inside the page, from navigation start (performance.now()) until the
// frame that first shows the content is painted, each load in a new browser context (an empty cache),
// interleaved (which page goes first alternates). Each figure is a ratio of medians, of wall clock or of the page's
// main-thread CPU time until then (Chromium's ThreadTime metric, which a loaded machine stretches far less than the
// wall clock). Target: 1.5 × the bare page, judged twice:
// - Today as the browser host serves it, with Today drawn in by the host (renderer/firstScreen), from the same answers
//   the window asks for: what a person opening the browser host sees. Wall clock only: the page's CPU time leaves out
//   the host's drawing (shown beside it), and so does not compare with a page that runs React.
// - Today drawn by the window's own code (the host started with --no-first-screen), as the desktop window draws it:
//   its answers and its code, the other views' code loading a second later, outside it. Wall clock and CPU time.
// Shown beside them, judged by none: the host-drawn page until the window's code has taken it over (React owns the
// heading: the window answers clicks).
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { median, type Benchmark, type BenchFigure } from './benchmark';
import { openWindowInChromium, seedDataFolder } from './windowInChromium';

const ENTRIES = 25_000;
const LOADS = 9;
const root = fileURLToPath(new URL('..', import.meta.url));

/** Today's first meaningful content: its heading and the week's figure ("21.5 of 35 h this week · …"). */
const TODAY = ['#today-heading', '.today-status'];
const BARE = ['#bare-heading'];
const CONTENT_MARK = 'timelock-first-content';

async function buildBarePage(dir: string): Promise<void> {
  const { build } = await import('esbuild');
  await build({
    stdin: {
      contents: `import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root')).render(createElement('h1', { id: 'bare-heading' }, 'A bare React page'));`,
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: path.join(dir, 'main.js'),
    logLevel: 'error',
  });
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Bare</title><script type="module" src="/main.js"></script></head><body><div id="root"></div></body></html>\n',
  );
}

async function serve(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const file = req.url === '/main.js' ? 'main.js' : 'index.html';
    res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8' });
    res.end(fs.readFileSync(path.join(dir, file)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** One cold load: milliseconds from navigation start until `selectors` all have text and the frame that first showed
 * them is painted, the main thread's CPU time by then, and the milliseconds until the first selector's element is
 * React's (the window's code has drawn or taken it over) and a frame more is painted.
 *
 * The moment is a task queued from the animation frame that first finds the content: it runs once that frame's
 * main-thread work (style, layout, paint) is done, before the next frame. It is queued as user-blocking
 * (scheduler.postTask), which runs it before the tasks queued earlier at normal priority: what either page set going
 * for after its paint (React's effects, the window's afterPaint) comes after the moment, not in it.
 * The CPU time is read there, to the microsecond, from a performance mark the page makes then: Chromium's trace
 * stamps each mark with the thread's CPU time (`tts`), and the ThreadTime metric's own origin is found at the end
 * by reading it between two more marks, on a page gone quiet. Read once the page had told instead (the console
 * message's way here and the request back), the figure took in whatever the page did meanwhile: what the window
 * draws once its first screen is painted (the form below the fold, the rows past the first screen) counted against
 * its first render, and drawing less first made the figure worse; waiting a frame more than the content's, as this
 * did before, took the same work into the wall clock. (Stopping the page at a `debugger` statement to read the metric
 * there costs what an attached debugger costs each script: tens of milliseconds against the page with more code.)
 *
 * The check is installed before the page's own scripts run, as text: a function from this file could carry tsx's
 * helpers into the page. It tells the times on the console, which reaches this process over the DevTools protocol:
 * waiting with page.waitForFunction instead evaluates Playwright's injected script in the page once `goto` returns at
 * the load event, a task of 30–80 ms on the main thread that fell before a page's content whenever the content came
 * after the load event, and was counted against that page alone. */
async function firstContent(page: Page, url: string, selectors: readonly string[]): Promise<{ wall: number; cpu: number; interactive: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript(`(() => {
    const wanted = ${JSON.stringify(selectors)};
    const reacts = () => { const e = document.querySelector(wanted[0]); return e && Object.keys(e).some((k) => k.startsWith('__reactFiber')); };
    const painted = () => {
      performance.mark('${CONTENT_MARK}');
      console.debug('firstContent ' + performance.now());
      requestAnimationFrame(owned);
    };
    const check = () => (wanted.every((s) => document.querySelector(s)?.textContent) ? scheduler.postTask(painted, { priority: 'user-blocking' }) : requestAnimationFrame(check));
    const owned = () => (reacts() ? requestAnimationFrame(() => console.debug('interactive ' + performance.now())) : requestAnimationFrame(owned));
    requestAnimationFrame(check);
  })()`);
  const browser = page.context().browser();
  if (!browser) throw new Error('the page has no browser to trace');
  await browser.startTracing(page, { categories: ['blink.user_timing'] });
  const message = (what: string) => page.waitForEvent('console', { predicate: (m) => m.text().startsWith(`${what} `), timeout: 60_000 });
  const [content, interactive] = [message('firstContent'), message('interactive')];
  await page.goto(url, { waitUntil: 'commit' });
  const wall = Number((await content).text().split(' ')[1]);
  const owned = Number((await interactive).text().split(' ')[1]);
  // Marks made through the protocol, which the page's CSP does not hold back, as Playwright's evaluate could.
  const mark = (name: string) => cdp.send('Runtime.evaluate', { expression: `performance.mark(${JSON.stringify(name)})` });
  await mark('timelock-before-read');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await mark('timelock-after-read');
  const events = (JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: Array<{ name: string; tts?: number }> }).traceEvents;
  const cpuAt = (name: string) => {
    const tts = events.find((e) => e.name === name)?.tts;
    if (tts === undefined) throw new Error(`the trace holds no thread time for the mark ${name}`);
    return tts / 1000;
  };
  const threadTime = metrics.find((m) => m.name === 'ThreadTime')?.value;
  if (threadTime === undefined) throw new Error('Chromium reported no ThreadTime metric');
  // The metric counts from its own origin (the Performance domain's start); the trace from the thread's.
  const origin = (cpuAt('timelock-before-read') + cpuAt('timelock-after-read')) / 2 - threadTime * 1000;
  return { wall, cpu: cpuAt(CONTENT_MARK) - origin, interactive: owned };
}

export const firstRenderBench: Benchmark = {
  name: 'first render',
  describe: () => `Today with ${ENTRIES.toLocaleString('en')} entries against a bare React page, navigation to content painted, median of ${LOADS} cold loads each in Chromium, interleaved`,
  async run(): Promise<BenchFigure[]> {
    const { dataDir, count } = await seedDataFolder('first-render', 5 * 365 + 14, ENTRIES);
    if (count < ENTRIES) throw new Error(`only ${count} entries were generated`);
    // The window drawing Today itself gets a data folder of its own: one host a folder.
    const ownDir = `${dataDir}-own`;
    fs.cpSync(dataDir, ownDir, { recursive: true });
    const bareDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-bench-bare-'));
    await buildBarePage(bareDir);
    const bare = await serve(bareDir);
    const app = await openWindowInChromium(dataDir);
    const own = await openWindowInChromium(ownDir, ['--no-first-screen']);
    try {
      type Times = Array<{ wall: number; cpu: number; interactive: number }>;
      const times = { today: [] as Times, own: [] as Times, bare: [] as Times };
      const load = async (window: typeof app, url: string, selectors: readonly string[]) => {
        const page = await window.newPage();
        try {
          return await firstContent(page, url, selectors);
        } finally {
          await page.context().close();
        }
      };
      const loads = [
        () => load(app, app.host.base, TODAY).then((t) => times.today.push(t)),
        () => load(own, own.host.base, TODAY).then((t) => times.own.push(t)),
        () => load(app, bare.url, BARE).then((t) => times.bare.push(t)),
      ];
      // One of each first, unmeasured: the hosts' first answers (and the drawing code's first run), and Chromium's
      // own start-up, are not the page's.
      await load(app, app.host.base, TODAY);
      await load(own, own.host.base, TODAY);
      await load(app, bare.url, BARE);
      // Interleaved, each going first in turn, so a burst of load elsewhere on the machine falls on all alike.
      for (let i = 0; i < LOADS; i++) for (let k = 0; k < loads.length; k++) await loads[(i + k) % loads.length]!();
      const plain = (what: 'wall' | 'cpu') => median(times.bare.map((t) => t[what]));
      const figure = (of: Times, what: 'wall' | 'cpu' | 'interactive', label: string, target: number | null): BenchFigure => {
        const today = median(of.map((t) => t[what]));
        const base = plain(what === 'cpu' ? 'cpu' : 'wall');
        return { name: `${label} (${Math.round(today)} ms ÷ ${Math.round(base)} ms)`, value: today / base, target, unit: '×' };
      };
      return [
        figure(times.today, 'wall', 'Today drawn by the host ÷ bare React page, wall clock', 1.5),
        figure(times.today, 'cpu', "Today drawn by the host ÷ bare page, the page's main-thread CPU time (the host's not in it)", null),
        figure(times.today, 'interactive', "Today drawn by the host, until the window's code has taken it over ÷ bare page, wall clock", null),
        figure(times.own, 'wall', "Today drawn by the window's code (--no-first-screen, as the desktop window) ÷ bare page, wall clock", 1.5),
        figure(times.own, 'cpu', "Today drawn by the window's code ÷ bare page, main-thread CPU time", 1.5),
      ];
    } finally {
      await app.close();
      await own.close();
      await bare.close();
      for (const dir of [dataDir, ownDir, bareDir]) fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
