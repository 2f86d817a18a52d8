// The browser host draws Today into the page it serves (renderer/firstScreen), and the window's code takes that markup
// over: in real Chromium, the content is in the HTML before any script runs, the same elements stay when the window
// hydrates them, nothing differs on the way, and the window then works as ever.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser } from './browser';
import { noonZone } from './noonZone';
import { startWebHost, type RunningHost } from './webHost';

const HOUR = 3_600_000;

describe("Today's first screen, drawn by the browser host", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-first-screen-'));
  let host: RunningHost;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;

  beforeAll(async () => {
    host = await startWebHost(dataDir);
    // Around noon in the settings' zone: the two hours logged below are today's and this week's at any hour here.
    expect((await host.call('settings.update', { lockMode: 'off', timeZone: noonZone(Date.now()).timeZone })).ok).toBe(true);
    const end = Date.now() - 60_000;
    expect((await host.call('entries.add', { categoryId: 'work', start: end - 2 * HOUR, end })).ok).toBe(true);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function newPage(options: { locale?: string; acceptLanguage?: string } = {}) {
    const context = await browser.browser.newContext({ locale: options.locale ?? 'en-US' });
    // The context's locale sets Accept-Language with navigator.language; a page asked for in another goes through here.
    const { acceptLanguage } = options;
    if (acceptLanguage) await context.route(host.base, (route) => route.continue({ headers: { ...route.request().headers(), 'accept-language': acceptLanguage } }));
    const [name, value] = (await host.cookie()).split(/=(.*)/s) as [string, string];
    await context.addCookies([{ name, value, url: host.base }]);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    return { page, errors, warnings };
  }

  it('is in the page as served, with the week figure, before any script has run', async () => {
    // A page asked for while the host still loads its drawing code (here compiled from source as it starts) goes out
    // without: asked again until the code is in.
    let html = '';
    for (let tries = 0; tries < 100 && !html.includes('data-first-screen'); tries++) {
      if (tries > 0) await new Promise((resolve) => setTimeout(resolve, 100));
      const res = await fetch(host.base, { headers: { cookie: await host.cookie(), 'accept-language': 'en-US,en;q=0.9' } });
      html = await res.text();
    }
    expect(html).toMatch(/<div id="root" data-first-screen="\d+" data-first-screen-locale="en-US">/);
    expect(html).toMatch(/<h2 id="today-heading"[^>]*>Today<\/h2><p class="today-status">2 of 35 h this week/);
    expect(html).toContain('>Logged today</h3>');
  });

  it('is taken over by the window: the same elements, no difference told, no error, and then a click works', async () => {
    const { page, errors, warnings } = await newPage();
    // The heading as the page's parser made it, kept from before any of the window's code ran.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const heading = document.getElementById('today-heading');
        if (!heading) return;
        Object.assign(window, { firstHeading: heading, drawnByHost: document.getElementById('root')?.hasAttribute('data-first-screen') });
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(host.base);
    // Alive once hydrated: a category's button starts its timer.
    await page.getByRole('group', { name: 'Start or switch' }).getByRole('button', { name: /^Fitness/ }).click();
    await page.getByText('Fitness timer running since', { exact: false }).first().waitFor({ state: 'attached' });
    const first = await page.evaluate(() => {
      const seen = window as unknown as { firstHeading?: Element; drawnByHost?: boolean };
      return { drawnByHost: seen.drawnByHost, kept: seen.firstHeading === document.getElementById('today-heading') };
    });
    expect(first).toEqual({ drawnByHost: true, kept: true });
    expect(warnings.filter((w) => w.includes('first screen'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a click on the host's Today before the window has it is held, and made once the window has taken it over", async () => {
    // No timer from the tests before (the take-over test starts Fitness's).
    if (((await host.call('app.snapshot', {})).value as { timer: unknown }).timer) expect((await host.call('timer.stop', {})).ok).toBe(true);
    const { page, errors } = await newPage();
    // The window's code held back, as on a slow start: the host's Today shows and is clicked before its buttons work.
    await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    await page.goto(host.base, { waitUntil: 'commit' });
    await page.getByRole('group', { name: 'Start or switch' }).getByRole('button', { name: /^Fitness/ }).click();
    expect(await page.locator('#root').getAttribute('data-first-screen')).not.toBeNull();
    expect((await host.call('app.snapshot', {})).value).toMatchObject({ timer: null });
    await page.getByText('Fitness timer running since', { exact: false }).first().waitFor({ state: 'attached' });
    expect((await host.call('app.snapshot', {})).value).toMatchObject({ timer: { categoryId: 'fitness' } });
    expect(errors).toEqual([]);
    expect((await host.call('timer.stop', {})).ok).toBe(true);
    await page.context().close();
  });

  it('with a timer running, the seconds the host wrote are taken over as they are, and count on', async () => {
    expect((await host.call('timer.start', { categoryId: 'family' })).ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const { page, errors, warnings } = await newPage();
    await page.goto(host.base);
    const elapsed = page.getByRole('timer', { name: 'Elapsed' }).first();
    const first = await elapsed.innerText();
    await page.waitForFunction((before) => document.querySelector('[role="timer"]')?.textContent !== before, first);
    expect(warnings.filter((w) => w.includes('first screen'))).toEqual([]);
    expect(errors).toEqual([]);
    expect((await host.call('timer.stop', {})).ok).toBe(true);
    await page.context().close();
  });

  /** Records, at the first frame after the parser has put the host's Today heading in (the head's stylesheet applied,
   * none of the window's code run), whether it is shown. */
  async function watchFirstFrame(page: Awaited<ReturnType<typeof newPage>>['page']) {
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const heading = document.getElementById('today-heading');
        if (!heading) return;
        observer.disconnect();
        requestAnimationFrame(() => Object.assign(window, { firstFrame: getComputedStyle(heading).visibility }));
      }).observe(document, { childList: true, subtree: true });
    });
    return () => page.waitForFunction(() => (window as unknown as { firstFrame?: string }).firstFrame).then((handle) => handle.jsonValue());
  }

  it('shows Today as the host drew it from the first frame', async () => {
    const { page, errors } = await newPage();
    const firstFrame = await watchFirstFrame(page);
    await page.goto(host.base);
    expect(await firstFrame()).toBe('visible');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a page opened on another view never shows the host's Today: its check hides it before the first frame, and that view comes", async () => {
    const { page, errors } = await newPage();
    const firstFrame = await watchFirstFrame(page);
    await page.goto(`${host.base}#/week`);
    // The host drew Today (it never sees #/week); the page's check, run by its hash under the CSP, hid it.
    expect(await firstFrame()).toBe('hidden');
    await page.getByRole('heading', { level: 2, name: /^Week/ }).waitFor();
    expect(await page.locator('#today-heading').count()).toBe(0);
    expect(await page.locator('#root').getAttribute('data-first-screen')).toBeNull();
    expect(await page.locator('#root').evaluate((root) => getComputedStyle(root).visibility)).toBe('visible');
    // A CSP that refused the check would be told on the console, an error here.
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a browser whose language is not the one it asked the page in never shows the host's Today in the other's clock times", async () => {
    const { page, errors } = await newPage({ locale: 'de-DE', acceptLanguage: 'en-US,en;q=0.9' });
    const firstFrame = await watchFirstFrame(page);
    await page.goto(host.base);
    expect(await firstFrame()).toBe('hidden');
    // The window draws Today itself, in its own language (24-hour clock times), and shows it.
    await page.waitForFunction(() => !document.getElementById('root')?.hasAttribute('data-first-screen') && /\d{2}:\d{2}/.test(document.querySelector('.entry-time')?.textContent ?? ''));
    expect(await page.locator('#today-heading').evaluate((heading) => getComputedStyle(heading).visibility)).toBe('visible');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
