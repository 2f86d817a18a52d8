// How every view looks (issue 15): axe in light and dark, and a screenshot of each view at 1280 × 800 and 800 × 600
// kept in test-results/screenshots, over a data folder with a few days of work, fitness and family logged.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startWebHost, type RunningHost } from './webHost';
import { openViewsBrowser, screenshotView, seriousAxeViolations, type ViewsBrowser } from './support/viewsBrowser';

const VIEWS = ['Today', 'Week', 'Plan', 'Balance', 'Insights', 'Settings'] as const;
const HOUR = 3_600_000;
const SIZES = [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
] as const;

async function openView(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 2, name: new RegExp(`^${name}`) }).waitFor();
  // The charts are drawn one per frame after the view's words: the screenshot waits for the last one.
  await page.waitForFunction(() => [...document.querySelectorAll('.chart-measure')].every((box) => box.querySelector('.recharts-wrapper > svg.recharts-surface')), undefined, { polling: 'raf' });
}

/** The view's whole length: the window's pane scrolls inside a fixed frame, which a full-page shot would cut off. */
async function screenshotWhole(page: Page, name: string): Promise<void> {
  const style = await page.addStyleTag({ content: '.app-frame{height:auto!important}.app-scroll{overflow:visible!important}' });
  await screenshotView(page, name);
  await style.evaluate((tag) => (tag as Element).remove());
}

describe('every view, as it looks', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-look-'));
  let host: RunningHost;
  let browser: ViewsBrowser;
  let page: Page;

  beforeAll(async () => {
    host = await startWebHost(dataDir);
    expect((await host.call('settings.update', { lockMode: 'off' })).ok).toBe(true);
    // Three days back of work, a run and family time, so the charts have something to draw.
    const day = new Date();
    day.setHours(0, 0, 0, 0);
    for (let back = 1; back <= 3; back++) {
      const start = day.getTime() - back * 24 * HOUR;
      for (const [categoryId, from, hours] of [['work', 9, 6], ['work', 18, 1], ['fitness', 7, 1], ['family', 19.5, 2]] as const) {
        const s = start + from * HOUR;
        await host.call('entries.add', { categoryId, start: s, end: s + hours * HOUR });
      }
    }
    browser = await openViewsBrowser(host.url);
    page = browser.page;
    await page.getByRole('heading', { level: 2, name: 'Today' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('a new data folder opens with the welcome above Today, axe-clean; Skip ends it for good', async () => {
    await page.setViewportSize(SIZES[0]);
    const welcome = page.getByRole('region', { name: 'Welcome to Timelock' });
    await welcome.waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshotWhole(page, `look-welcome-1280x800-${scheme}`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await welcome.getByRole('button', { name: 'Skip the welcome' }).click();
    await welcome.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Today' }).waitFor();
    expect(await welcome.count()).toBe(0);
    expect(((await host.call('app.snapshot', {})).value as { settings: { welcomePending?: boolean } }).settings.welcomePending).toBe(false);
  });

  for (const size of SIZES) {
    it(`${size.width} × ${size.height}: every view passes axe in light and dark, and is kept as a screenshot`, async () => {
      await page.setViewportSize(size);
      for (const view of VIEWS) {
        await openView(page, view);
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          await page.waitForTimeout(150);
          expect({ view, scheme, violations: await seriousAxeViolations(page) }).toEqual({ view, scheme, violations: [] });
          await screenshotWhole(page, `look-${view.toLowerCase()}-${size.width}x${size.height}-${scheme}`);
        }
      }
      await page.emulateMedia({ colorScheme: 'light' });
    });
  }

  it('only the views’ pane scrolls: the window itself is never taller than it, so the header never scrolls away', async () => {
    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const view of VIEWS) {
        await openView(page, view);
        // The screen-reader-only words (a table's caption, a chart's figures) once stretched the page itself.
        const measured = await page.evaluate(() => ({ tall: document.scrollingElement!.scrollHeight, window: innerHeight }));
        expect({ view, size, tall: measured.tall }).toEqual({ view, size, tall: measured.window });
        await page.locator('h2').first().click();
        await page.keyboard.press('End');
        await page.mouse.move(size.width / 2, 20);
        await page.mouse.wheel(0, 2000);
        await page.waitForTimeout(50);
        expect({ view, size, scrolled: await page.evaluate(() => scrollY) }).toEqual({ view, size, scrolled: 0 });
        expect(await page.getByRole('navigation', { name: 'Views' }).isVisible()).toBe(true);
      }
    }
  });

  it('at 640 px (a small window, or 200 % zoom) each view link keeps its icon and name on one line, the current one highlighted as one box', async () => {
    await page.setViewportSize({ width: 640, height: 450 });
    await openView(page, 'Today');
    const links = page.getByRole('navigation', { name: 'Views' }).getByRole('link');
    for (const link of await links.all()) {
      const [box, icon] = await link.evaluate((a) => [a.getBoundingClientRect(), a.querySelector('svg')!.getBoundingClientRect()].map((r) => ({ top: r.top, bottom: r.bottom })));
      // One line: the icon lies within the link's box (it sat on a line of its own above the highlighted name).
      expect(icon!.top).toBeGreaterThanOrEqual(box!.top);
      expect(icon!.bottom).toBeLessThanOrEqual(box!.bottom);
      expect(box!.bottom - box!.top).toBeLessThan(40);
    }
  });

  it('at 800 × 600 the week’s timesheet shows Saturday and Sunday without a sideways scroll', async () => {
    await page.setViewportSize({ width: 800, height: 600 });
    await openView(page, 'Week');
    const sheet = page.getByRole('table', { name: /timesheet/i });
    const overflow = await sheet.evaluate((table) => {
      let box: HTMLElement | null = table.parentElement;
      while (box && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
      return box ? box.scrollWidth - box.clientWidth : 0;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    for (const day of ['Saturday', 'Sunday']) expect(await page.getByRole('textbox', { name: new RegExp(`^Work on ${day}, .*, hours$`) }).isVisible()).toBe(true);
    const sunday = await page.getByRole('textbox', { name: /^Work on Sunday, .*, hours$/ }).boundingBox();
    expect(sunday!.x + sunday!.width).toBeLessThanOrEqual(800);
  });

  it('a settings change not saved yet survives a trip to another view, closing the tab asks first, and Save keeps it', async () => {
    await page.setViewportSize(SIZES[0]);
    await openView(page, 'Settings');
    const capForm = page.getByRole('form', { name: 'Weekly cap' });
    const cap = capForm.getByRole('textbox', { name: 'Weekly work cap (hours)' });
    await cap.fill('30');
    await capForm.getByText('Changed, not saved yet').waitFor();
    await openView(page, 'Week');
    const settingsLink = page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Settings', exact: true });
    expect(await settingsLink.getAttribute('aria-describedby')).toBeTruthy();
    await openView(page, 'Settings');
    expect(await cap.inputValue()).toBe('30');
    expect(((await host.call('app.snapshot', {})).value as { settings: { weeklyCapMinutes: number } }).settings.weeklyCapMinutes).toBe(35 * 60);

    const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => void dialog.dismiss().then(() => resolve(dialog.type()))));
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(page.isClosed()).toBe(false);

    await page.getByRole('button', { name: 'Save changes' }).click();
    await capForm.getByText('Weekly cap saved: 30 h.').waitFor();
    expect(((await host.call('app.snapshot', {})).value as { settings: { weeklyCapMinutes: number } }).settings.weeklyCapMinutes).toBe(30 * 60);
    expect(await settingsLink.getAttribute('aria-describedby')).toBeNull();
  });
});
