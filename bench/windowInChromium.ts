// The built window as the browser benchmarks drive it: a data folder of generated entries ending now, the real
// browser host over it, Debian's Chromium, and pages that are already signed in (the session cookie the printed
// link sets), so a page load is the app's own and not the link's redirect.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { openDataStore } from '../electron/storage/openDataStore';
import { buildRenderer, rendererIsStale } from '../scripts/buildRenderer.mjs';
import { launchBrowser } from '../test/e2e/browser';
import { startWebHost, type RunningHost } from '../test/e2e/webHost';
import { BENCH_CATEGORIES, generateEntries } from './generateEntries';

/** A data folder with the bench categories and generated entries over the `days` before now (the last `limit`).
 * With a limit, a tenth more days are generated: how many entries a span of days holds depends on which weekdays
 * it covers, so the same `days` falls a few entries short of the limit on some dates. */
export async function seedDataFolder(name: string, days: number, limit = Infinity): Promise<{ dataDir: string; count: number }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `timelock-bench-${name}-`));
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const store = openDataStore({ dataDir, backend: 'conf', systemTimeZone: timeZone });
  store.setCategories([...BENCH_CATEGORIES]);
  // Someone with years of entries has long finished (or skipped) the first-run welcome: without this, every load
  // would show it above Today, which a person sees once.
  store.setSettings({ ...store.getSettings(), welcomePending: false });
  if (Number.isFinite(limit)) days = Math.ceil(days * 1.1);
  const end = Date.now();
  const start = new Date(end - (days + 1) * 86_400_000);
  const entries = generateEntries(20261210, { year: start.getFullYear(), month: start.getMonth() + 1, day: start.getDate() }, days + 2, timeZone)
    .entries.filter((e) => e.end < end)
    .slice(-limit);
  store.applyEntries({ put: entries });
  await store.flush();
  return { dataDir, count: entries.length };
}

export interface WindowInChromium {
  host: RunningHost;
  /** A page in a context of its own (an empty cache), holding the session cookie; not yet navigated. Closing its
   * context is the caller's. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** `hostArgs` go to the browser host (`--no-first-screen`). */
export async function openWindowInChromium(dataDir: string, hostArgs: readonly string[] = []): Promise<WindowInChromium> {
  if (rendererIsStale()) await buildRenderer();
  const host = await startWebHost(dataDir, {}, hostArgs);
  const browser = await launchBrowser();
  const [name, value] = (await host.cookie()).split(/=(.*)/s) as [string, string];
  return {
    host,
    async newPage() {
      const context = await browser.browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addCookies([{ name, value, url: host.base }]);
      return context.newPage();
    },
    async close() {
      await browser.close();
      await host.stop();
    },
  };
}

/** Resolves once every one of `selectors` is in the page with some text. A function, not text: the app's CSP
 * forbids the eval that playwright would wrap text in. */
export async function waitForContent(page: Page, selectors: readonly string[], timeout = 60_000): Promise<void> {
  await page.waitForFunction((wanted) => wanted.every((s) => document.querySelector(s)?.textContent), [...selectors], { timeout, polling: 'raf' });
}

/** What a person sees first: the heading and the week's figure on Today. */
export const TODAY_CONTENT = ['#today-heading', '#today .today-status'] as const;

export interface YearWindow {
  page: Page;
  /** A CDP session on the page with the Performance domain on (ThreadTime, Nodes, JSEventListeners…). */
  cdp: CDPSession;
  /** Another window on the same data and host, in a context of its own (an empty cache), on Today with its content
   * shown; closing its context is the caller's. */
  openAnother(): Promise<Page>;
  /** Closes the browser and the host and removes the data folder. */
  close(): Promise<void>;
}

async function openOnToday(app: WindowInChromium): Promise<Page> {
  const page = await app.newPage();
  await page.goto(app.host.base);
  await waitForContent(page, TODAY_CONTENT);
  return page;
}

/** A year of generated entries in the built window, on Today with its content shown: the start of the benchmarks
 * that then walk through the views. */
export async function openYearOnToday(name: string): Promise<YearWindow> {
  const { dataDir, count } = await seedDataFolder(name, 365);
  if (count < 1000) throw new Error(`only ${count} entries were generated for a year`);
  const app = await openWindowInChromium(dataDir);
  const close = async () => {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const page = await openOnToday(app);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    return { page, cdp, openAnother: () => openOnToday(app), close };
  } catch (error) {
    await close();
    throw error;
  }
}
