// How often the window asks the host, read from Chromium's own request log (every /api/ request the page makes):
// on Today with 25,000 entries, a click on Work and then a click on Fitness, each counted until the window has been
// quiet for a while; then, with the Fitness timer running and nobody touching anything, the most requests in any
// minute of an idle window (TIMELOCK_BENCH_IDLE_SECONDS, 65 s unless set; at least 60). Targets: at most 3
// requests a switch, at most 1 a minute idle. Each figure names the channels it saw, so a miss says what repeats.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import type { Benchmark, BenchFigure } from './benchmark';
import { openWindowInChromium, seedDataFolder, waitForContent } from './windowInChromium';

const ENTRIES = 25_000;
/** A switch's requests are over once none has come for this long (the window batches refreshes within 40 ms). */
const QUIET_MS = 2_000;

function idleSeconds(): number {
  const raw = process.env.TIMELOCK_BENCH_IDLE_SECONDS;
  const seconds = raw === undefined ? 65 : Number(raw);
  if (!Number.isFinite(seconds) || seconds < 60) throw new Error(`TIMELOCK_BENCH_IDLE_SECONDS must be a number of seconds, at least 60 (got ${raw}).`);
  return seconds;
}

interface Logged {
  at: number;
  channel: string;
}

/** Every /api/ request the page makes, from now on, with when it was made. */
function logRequests(page: Page): Logged[] {
  const log: Logged[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/api/')) log.push({ at: performance.now(), channel: decodeURIComponent(pathname.slice('/api/'.length)) });
  });
  return log;
}

async function quiet(log: readonly Logged[], since: number): Promise<void> {
  for (;;) {
    const last = Math.max(since, log[log.length - 1]?.at ?? 0);
    const left = last + QUIET_MS - performance.now();
    if (left <= 0) return;
    await new Promise((resolve) => setTimeout(resolve, left));
  }
}

/** "summary.week ×2, timer.start" */
function channels(requests: readonly Logged[]): string {
  const counts = new Map<string, number>();
  for (const r of requests) counts.set(r.channel, (counts.get(r.channel) ?? 0) + 1);
  return [...counts].map(([channel, n]) => (n > 1 ? `${channel} ×${n}` : channel)).join(', ') || 'none';
}

/** The most requests whose times fall within any one span of `spanMs` (each request starting a span). */
function mostInSpan(requests: readonly Logged[], spanMs: number): Logged[] {
  let most: Logged[] = [];
  for (const first of requests) {
    const inSpan = requests.filter((r) => r.at >= first.at && r.at < first.at + spanMs);
    if (inSpan.length > most.length) most = inSpan;
  }
  return most;
}

export const categorySwitchBench: Benchmark = {
  name: 'requests from the window',
  describe: () => `${ENTRIES.toLocaleString('en')} entries, the browser host and the built window in Chromium, /api/ requests counted by the browser; idle for ${idleSeconds()} s`,
  async run(): Promise<BenchFigure[]> {
    const idleMs = idleSeconds() * 1000;
    const { dataDir, count } = await seedDataFolder('requests', 5 * 365 + 14, ENTRIES);
    if (count < ENTRIES) throw new Error(`only ${count} entries were generated`);
    const app = await openWindowInChromium(dataDir);
    try {
      const page = await app.newPage();
      const log = logRequests(page);
      await page.goto(app.host.base);
      await waitForContent(page, ['#today-heading', '.today-status']);
      await quiet(log, performance.now());
      const buttons = page.getByRole('group', { name: 'Start or switch' });
      const figures: BenchFigure[] = [];
      for (const name of ['Work', 'Fitness']) {
        const from = log.length;
        const button = buttons.getByRole('button', { name, exact: true });
        await button.click();
        await page.waitForFunction((running) => document.querySelector('#today button[aria-pressed="true"]')?.textContent?.includes(running), name);
        await quiet(log, performance.now());
        const requests = log.slice(from);
        figures.push({ name: `click on ${name} (${channels(requests)})`, value: requests.length, target: 3, unit: 'requests' });
      }
      const from = log.length;
      const idleStart = performance.now();
      await new Promise((resolve) => setTimeout(resolve, idleMs));
      const idle = log.slice(from).filter((r) => r.at < idleStart + idleMs);
      const busiest = mostInSpan(idle, 60_000);
      figures.push({
        name: `most in one minute, timer running, ${idleMs / 1000} s idle (${idle.length} in all: ${channels(idle)})`,
        value: busiest.length,
        target: 1,
        unit: 'requests',
      });
      return figures;
    } finally {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
