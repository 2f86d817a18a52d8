// Dated caps end to end: in Chromium against the real browser host, the weekly cap raised from next week leaves this
// week as it was and lifts next week's cap line; axe on the changed views.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startWebHost, type RunningHost } from './webHost';
import { openViewsBrowser, seriousAxeViolations, type ViewsBrowser } from './support/viewsBrowser';

async function openView(page: Page, name: 'Week' | 'Settings' | 'Today'): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 2, name: new RegExp(`^${name}`) }).waitFor();
}

describe('a weekly cap raised from next week, in Chromium', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-dated-'));
  let host: RunningHost;
  let browser: ViewsBrowser;
  let page: Page;

  beforeAll(async () => {
    host = await startWebHost(dataDir);
    browser = await openViewsBrowser(host.url);
    page = browser.page;
    await page.getByRole('heading', { level: 2, name: 'Today' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const capLabel = () => page.locator('.cap-line-label').first().textContent();

  it('keeps this week at 35 h and draws next week’s cap line at 40 h', async () => {
    await openView(page, 'Settings');
    const form = page.getByRole('form', { name: 'Change the weekly cap from a week' });
    expect(await form.getByRole('radio', { name: 'This week' }).isChecked()).toBe(true);
    await form.getByRole('textbox', { name: 'New weekly cap (hours)' }).fill('40');
    await form.getByRole('radio', { name: 'Next week' }).check();
    await form.getByRole('button', { name: 'Save from then on' }).click();
    await form.getByText('Weekly cap of 40 h saved.').waitFor();
    const steps = page.getByRole('list', { name: 'Weekly cap steps' });
    await steps.getByText(/35 h a week \(in force now\)/).waitFor();
    await steps.getByText(/40 h a week \(upcoming\)/).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await openView(page, 'Week');
    await page.getByText(/used of 35 h/).waitFor();
    await expect.poll(capLabel).toBe('Cap 35 h');
    await page.getByRole('navigation', { name: 'Weeks' }).getByRole('button', { name: 'Next week' }).click();
    await page.getByText(/used of 40 h/).waitFor();
    await expect.poll(capLabel).toBe('Cap 40 h');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('takes today off from Today: no work to log, and this week’s cap line drops by the day’s share', async () => {
    await openView(page, 'Today');
    await page.getByRole('button', { name: 'Take today off' }).click();
    await page.getByText(/Day off: no work to log/).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    const summary = (await host.call('summary.week', {})).value as { capMinutes: number; baseCapMinutes: number; daysOff: unknown[] };
    expect(summary.baseCapMinutes).toBe(35 * 60);
    expect(summary.daysOff).toHaveLength(1);
    await openView(page, 'Week');
    await page.getByRole('navigation', { name: 'Weeks' }).getByRole('button', { name: 'This week' }).click();
    const hours = Math.round((summary.capMinutes / 60) * 10) / 10;
    await expect.poll(capLabel).toBe(`Cap ${hours} h`);
    await page.getByRole('columnheader', { name: /off \(other\)/ }).waitFor();
  });
});
