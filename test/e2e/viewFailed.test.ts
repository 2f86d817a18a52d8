// A view whose code is slow or does not arrive, in real Chromium against the real browser host. Slow (Week's chunk
// held back): the view before it stays, the window says it is busy. Cut (Insights' chunk, as when the host stops while
// the window stays open): the window says so in the view's place, with the way out, while the banner and the other
// views keep working. Before, React unmounted the whole window: a blank page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { startWebHost, type RunningHost } from './webHost';

describe('a view whose code is slow to come, or does not come', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-view-failed-'));
  let host: RunningHost;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;

  beforeAll(async () => {
    host = await startWebHost(dataDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('is waited for with the view before it still shown, the window marked busy, no "Loading…" in its place', async () => {
    const context = await browser.browser.newContext();
    const page = await context.newPage();
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/WeekView-[\w-]+\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(host.url);
    await page.getByRole('heading', { level: 2, name: 'Today' }).waitFor();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Week', exact: true }).click();
    await expect.poll(() => page.locator('main').getAttribute('aria-busy')).toBe('true');
    expect(await page.getByRole('heading', { level: 2, name: 'Today' }).isVisible()).toBe(true);
    expect(await page.getByText('Loading…').count()).toBe(0);
    release();
    await page.getByRole('heading', { level: 2, name: /^Week/ }).waitFor();
    expect(await page.locator('main').getAttribute('aria-busy')).toBeNull();
    await context.close();
  });

  it('is said in its place with a reload, and the rest of the window keeps working', async () => {
    const context = await browser.browser.newContext();
    const page = await context.newPage();
    let asked = 0;
    await page.route(/\/assets\/InsightsView-[\w-]+\.js$/, (route) => {
      asked++;
      return route.abort('connectionrefused');
    });
    await page.goto(host.url);
    await page.getByRole('heading', { level: 2, name: 'Today' }).waitFor();

    // The other views' code is asked for after start-up: Insights' has failed before the person clicks.
    await expect.poll(() => asked, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    const nav = page.getByRole('navigation', { name: 'Views' });
    await nav.getByRole('link', { name: 'Insights', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^Insights could not open: its code did not load \(.+\)\. Nothing you saved is affected\./);
    expect(await page.getByRole('button', { name: 'Reload the window' }).isVisible()).toBe(true);
    expect(await page.getByRole('banner').getByRole('heading', { name: 'Timelock' }).isVisible()).toBe(true);
    // Asked for once by each thing that asks (the preload after start-up, the pointer on the link, the focus, the
    // click), and no more once the view says it failed: not on every draw, where a view that failed once asked the
    // host thousands of times a second.
    const whenSaid = asked;
    await page.waitForTimeout(500);
    expect(asked).toBe(whenSaid);
    expect(whenSaid).toBeGreaterThanOrEqual(2);
    expect(whenSaid).toBeLessThanOrEqual(5);

    await nav.getByRole('link', { name: 'Week', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: /^Week/ }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });
});
