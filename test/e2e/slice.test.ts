import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectPageErrors, launchBrowser, screenshot } from './browser';
import { startWebHost, type RunningHost } from './webHost';

describe('the foundation slice in Chromium against the browser host', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-slice-'));
  let host: RunningHost;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    host = await startWebHost(dataDir);
    browser = await launchBrowser();
    page = await browser.browser.newPage({ viewport: { width: 1200, height: 900 } });
    errors = collectPageErrors(page);
    await page.goto(host.url);
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts a timer from the page and shows it running', async () => {
    await page.getByRole('button', { name: 'Work', exact: true }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Work', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.getByRole('timer', { name: 'Elapsed' }).count()).toBe(1);
    const snapshot = await host.call('app.snapshot', {});
    expect((snapshot.value as { timer: { categoryId: string } | null }).timer?.categoryId).toBe('work');
  });

  it('stops it and the entry is saved', async () => {
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await expect.poll(() => page.getByRole('timer').count()).toBe(0);
    // Stopped within its first minute: the window asks whether to keep it.
    await page.getByRole('dialog').getByRole('button', { name: 'Keep it' }).click();
    const now = Date.now();
    const listed = await host.call('entries.list', { from: now - 3_600_000, to: now + 60_000 });
    const entries = listed.value as Array<{ id: string; source: string; start: number; end: number }>;
    expect(entries).toHaveLength(1);
    expect(entries[0]!.source).toBe('timer');
  });

  it('shows the hours in the chart and against the cap once the entry is 1.5 h long', async () => {
    const now = Date.now();
    const [entry] = (await host.call('entries.list', { from: now - 3_600_000, to: now + 60_000 })).value as Array<{ id: string; end: number }>;
    // Corrects its times, as a person editing the entry would; the push event refreshes the open page. All 1.5 h in
    // this week: in a week's first 90 minutes (Monday just after midnight) it starts as the week does.
    const weekStart = (await host.call('summary.week', {})).value as { start: number };
    const start = Math.max(entry!.end - 90 * 60_000, weekStart.start);
    const updated = await host.call('entries.update', { id: entry!.id, start, end: start + 90 * 60_000 });
    expect(updated.ok).toBe(true);
    await page.getByRole('link', { name: 'Week' }).click();
    await expect.poll(() => page.getByText(/1[.,]5 h used of 35 h/).count(), { timeout: 10_000 }).toBe(1);
    // The chart (and its table of figures) follows the week's words: it is redrawn once they are painted.
    const workColumn = () => page.locator('figure.chart table tbody td:first-of-type').allTextContents();
    await expect.poll(async () => (await workColumn()).some((cell) => /1[.,]5/.test(cell)), { timeout: 10_000 }).toBe(true);
    // The charts are drawn one per frame after the view's words.
    await expect.poll(() => page.locator('figure.chart .recharts-bar-rectangle path, figure.chart .recharts-rectangle').count()).toBeGreaterThan(0);
    const file = await screenshot(page, 'slice-week');
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
    expect(errors).toEqual([]);
  });
});
