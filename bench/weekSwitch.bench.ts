// A week switch as a person sees it, with five years of data: the browser host serving a data folder of 25,000
// entries, the built window in Debian's Chromium, and "Previous week" pressed; timed inside the page from the
// click until the new week's heading is on screen and a frame has been painted. Target: under 100 ms a switch.
// Needs Chromium (/usr/bin/chromium, which .ci/run installs) and the built renderer (npm run build:renderer).
import fs from 'node:fs';
import { launchBrowser } from '../test/e2e/browser';
import { startWebHost } from '../test/e2e/webHost';
import { median, percentile, type Benchmark } from './benchmark';
import { seedDataFolder } from './windowInChromium';

const ENTRIES = 25_000;
const SWITCHES = 40;

/** Presses Previous week; resolves with the ms until the new heading is in the DOM and one more frame is painted. */
const IN_PAGE_SWITCH = `new Promise((resolve, reject) => {
  function heading() { const h = document.getElementById('week-heading'); return h ? h.textContent : ''; }
  const before = heading();
  const button = Array.from(document.querySelectorAll('button')).find((b) => b.textContent.trim() === 'Previous week');
  if (!button) { reject(new Error('no Previous week button')); return; }
  const t0 = performance.now();
  button.click();
  function check() {
    if (heading() !== before) requestAnimationFrame(() => resolve(performance.now() - t0));
    else requestAnimationFrame(check);
  }
  requestAnimationFrame(check);
})`;

export const weekSwitchBench: Benchmark = {
  name: 'week switch in the window',
  describe: () => `${ENTRIES.toLocaleString('en')} entries over 5 years, the browser host and the built window in Chromium`,
  async run() {
    const { dataDir, count } = await seedDataFolder('week', 5 * 365 + 14, ENTRIES);
    if (count < ENTRIES) throw new Error(`only ${count} entries were generated`);
    const host = await startWebHost(dataDir);
    const browser = await launchBrowser();
    try {
      const page = await browser.browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${host.url}#/week`);
      await page.getByRole('heading', { level: 2, name: /^Week \d{4}-W\d{2}/ }).waitFor();
      // Sent as text: tsx's transform would otherwise add helpers to the function that do not exist in the page.
      const switchOnce = () => page.evaluate<number>(IN_PAGE_SWITCH);
      for (let i = 0; i < 5; i++) await switchOnce();
      const times: number[] = [];
      for (let i = 0; i < SWITCHES; i++) times.push(await switchOnce());
      return [
        { name: `switch to the previous week, median of ${SWITCHES}`, value: median(times), target: 100, unit: 'ms' },
        { name: 'switch to the previous week, 95th percentile', value: percentile(times, 95), target: 100, unit: 'ms' },
      ];
    } finally {
      await browser.close();
      await host.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
