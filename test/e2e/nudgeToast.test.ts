// A nudge in Chromium against the browser host: pushed the moment a work timer runs off-hours, shown as a toast
// with its choices, and its Stop button stops the timer and keeps the choice on the nudge.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectPageErrors, launchBrowser, screenshot } from './browser';
import { startWebHost, type RunningHost } from './webHost';

describe('a nudge as a toast in Chromium against the browser host', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-nudge-'));
  let host: RunningHost;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    host = await startWebHost(dataDir);
    // No work window on any day and no quiet hours: any work now is off-hours, and the nudge about it is due at once.
    const updated = await host.call('settings.update', { workWindows: [[], [], [], [], [], [], []], quietHours: null });
    expect(updated.ok).toBe(true);
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

  it('starting Work off-hours brings a nudge toast with a Stop timer button', async () => {
    await page.getByRole('button', { name: 'Work', exact: true }).click();
    await expect.poll(() => page.getByRole('timer', { name: 'Elapsed' }).count()).toBe(1);
    const toasts = page.getByRole('region', { name: 'Messages' });
    await expect.poll(() => toasts.getByRole('button', { name: 'Stop timer' }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // Off-hours work, or on a weekend the weekend nudge: both say the work timer is running.
    const nudge = toasts.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Stop timer' }) }).first();
    await expect.poll(() => nudge.textContent()).toMatch(/the work timer is (still )?running/i);
    await screenshot(page, 'nudge-toast');
  });

  it('its Stop timer button stops the timer, saves the entry and records the choice', async () => {
    const since = Date.now() - 3_600_000;
    await page.getByRole('region', { name: 'Messages' }).getByRole('button', { name: 'Stop timer' }).first().click();
    await expect.poll(() => page.getByRole('timer').count()).toBe(0);
    const snapshot = await host.call('app.snapshot', {});
    expect((snapshot.value as { timer: unknown }).timer).toBeNull();
    const entries = (await host.call('entries.list', { from: since, to: Date.now() + 60_000 })).value as Array<{ categoryId: string }>;
    expect(entries.map((e) => e.categoryId)).toEqual(['work']);
    const nudges = (await host.call('nudges.log', { from: since, to: Date.now() + 60_000 })).value as Array<{ kind: string; choice?: string }>;
    expect(nudges.filter((n) => n.choice === 'stop')).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
