// The Timelock window end to end: real Chromium against the real browser host (router, services, storage) with a
// fresh data folder, one browser for the whole file. The main journeys, then axe and a screenshot of every view
// in light and dark.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startWebHost, type RunningHost } from './webHost';
import { openViewsBrowser, screenshotView, seriousAxeViolations, type ViewsBrowser } from './support/viewsBrowser';

const VIEWS = ['Today', 'Week', 'Balance', 'Insights', 'Settings'] as const;
type Entry = { id: string; categoryId: string; start: number; end: number; note: string };

async function openView(page: Page, name: (typeof VIEWS)[number]): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 2, name: new RegExp(`^${name}`) }).waitFor();
}

// The day whose Work cell the timesheet tests type into. Hours typed for today go before now (shared/domain/dayTotal.ts):
// on a Monday before 03:00 two hours would not fit before now, so then Tuesday, a day ahead, takes them in its window.
const TIMESHEET_DAY = new Date().getDay() === 1 && new Date().getHours() < 3 ? 'Tuesday' : 'Monday';
describe('the Timelock window in Chromium', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-views-'));
  let host: RunningHost;
  let browser: ViewsBrowser;
  let page: Page;
  const entries = async (): Promise<Entry[]> => (await host.call('entries.list', { from: 0, to: Date.now() + 8 * 86_400_000 })).value as Entry[];

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

  it('logs time by typing hours into the week’s timesheet', async () => {
    await openView(page, 'Week');
    const monday = page.getByRole('textbox', { name: new RegExp(`^Work on ${TIMESHEET_DAY}, .*, hours$`) });
    await monday.fill('2');
    await monday.press('Enter');
    await expect.poll(async () => (await entries()).length).toBe(1);
    const [entry] = await entries();
    expect(entry!.end - entry!.start).toBe(2 * 3_600_000);
    await expect.poll(() => monday.inputValue()).toBe('2');
    await expect.poll(() => page.getByRole('row', { name: /^Total/ }).getByRole('cell').last().textContent()).toBe('2 h');
    await expect.poll(() => page.locator('figure.chart .recharts-bar-rectangle path').count()).toBeGreaterThan(0);

    await monday.fill('1.5');
    await monday.press('Enter');
    await expect.poll(async () => (await entries())[0]!.end - (await entries())[0]!.start).toBe(1.5 * 3_600_000);
  });

  it('adds an entry by hand on Today, edits it, deletes it and undoes the delete', async () => {
    await openView(page, 'Today');
    await page.getByRole('textbox', { name: 'How long' }).fill('15m');
    await page.getByLabel('Started at').fill('00:05');
    await page.getByRole('button', { name: 'Add entry' }).click();
    await page.getByText(/^Added 15 min of Work/).waitFor();
    const logged = page.getByRole('list', { name: 'Logged today' });
    await logged.getByRole('button', { name: /^Edit Work/ }).first().click();
    const editor = page.getByRole('form', { name: 'Edit entry' });
    await editor.getByRole('textbox', { name: 'Note' }).fill('edited in the browser');
    await editor.getByRole('button', { name: 'Save' }).click();
    await logged.getByText('edited in the browser').waitFor();
    const before = (await entries()).length;

    await logged.getByRole('button', { name: /^Delete Work/ }).first().click();
    await page.getByRole('region', { name: 'Messages' }).getByText(/^Deleted Work/).waitFor();
    await expect.poll(async () => (await entries()).length).toBe(before - 1);
    // The Undo of this delete's toast (the timesheet's shortening before may still show one of its own).
    await page.locator('.toast', { hasText: /^Deleted Work/ }).getByRole('button', { name: 'Undo' }).click();
    await logged.getByText('edited in the browser').waitFor();
    await expect.poll(async () => (await entries()).length).toBe(before);
    expect((await entries()).some((e) => e.note === 'edited in the browser')).toBe(true);
  });

  it('a confirmation dialog keeps focus inside, closes on Escape and gives focus back to the cell', async () => {
    await openView(page, 'Week');
    const monday = page.getByRole('textbox', { name: new RegExp(`^Work on ${TIMESHEET_DAY}, .*, hours$`) });
    const before = (await entries()).length;
    await monday.fill('0');
    await monday.press('Enter');
    // One entry, or two on a Monday: the entry the test before added ending now is on Monday then.
    const dialog = page.getByRole('alertdialog', { name: /^Delete (an entry|2 entries)\?$/ });
    await dialog.waitFor();
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    // On Cancel, not on the button that deletes (Chromium's showModal focuses the first button itself).
    expect(await dialog.getByRole('button', { name: 'Cancel' }).evaluate((element) => element === document.activeElement)).toBe(true);
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      // Inside the dialog, or out in the browser's own controls: never on the page behind it.
      const outside = await page.evaluate(() => {
        const active = document.activeElement;
        return active !== null && active !== document.body && !document.querySelector('dialog[open]')?.contains(active);
      });
      expect(outside).toBe(false);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await monday.evaluate((element) => element === document.activeElement)).toBe(true);
    expect((await entries()).length).toBe(before);
    await monday.press('Escape');
  });

  it('a new weekly cap moves the status line, the cap line and the chart summary', async () => {
    await openView(page, 'Settings');
    const form = page.getByRole('form', { name: 'Weekly cap' });
    await form.getByRole('textbox', { name: 'Weekly work cap (hours)' }).fill('20');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await form.getByText('Weekly cap saved: 20 h.').waitFor();

    await openView(page, 'Today');
    await page.getByText(/ of 20 h this week · /).waitFor();
    await openView(page, 'Week');
    await page.getByText(/h of work so far against a cap of 20 h: /).waitFor();
    // recharts draws reference-line labels in a layer of their own, so the label is found by its text.
    await expect.poll(() => page.locator('figure.chart svg text').filter({ hasText: /^Cap 20 h$/ }).count()).toBe(1);
  });

  it('a category added in fitness counts toward fitness in the balance view', async () => {
    await openView(page, 'Balance');
    await page.getByText('0 h of at least 2.5 h').waitFor();
    await openView(page, 'Settings');
    const add = page.getByRole('form', { name: 'Add a category' });
    await add.getByRole('textbox', { name: 'Name' }).fill('Climbing');
    await add.getByRole('combobox', { name: 'Life area' }).selectOption('fitness');
    await add.getByRole('button', { name: 'Add category' }).click();
    await add.getByText('Climbing added to fitness.').waitFor();

    await openView(page, 'Today');
    await page.getByRole('combobox', { name: 'Category' }).selectOption({ label: 'Climbing' });
    await page.getByRole('textbox', { name: 'How long' }).fill('1h');
    // An hour outside the work windows clear of now and of the hours typed for today before it (up to 2 h ending
    // when the first test ran, on a Monday) and of the entry the test before added.
    const now = new Date();
    const minutesNow = now.getHours() * 60 + now.getMinutes();
    const startHour = [1, 5, 22].find((h) => h * 60 + 60 <= minutesNow - 180 || h * 60 >= minutesNow + 60)!;
    await page.getByLabel('Started at').fill(`${String(startHour).padStart(2, '0')}:00`);
    await page.getByRole('button', { name: 'Add entry' }).click();
    await page.getByText(/^Added 1 h of Climbing/).waitFor();

    await openView(page, 'Balance');
    await page.getByText('1 h of at least 2.5 h').waitFor();
    expect(await page.getByText(/targets met so far this week; (work over the cap; )?not yet: .*fitness/).count()).toBe(1);
  });

  it('saves a weekly check-in and plots it beside the hours', async () => {
    await openView(page, 'Insights');
    const form = page.getByRole('form', { name: /^How was week / });
    await form.getByRole('group', { name: 'Energy' }).getByRole('radio', { name: /^4/ }).check();
    await form.getByRole('group', { name: 'Mood' }).getByRole('radio', { name: /^2/ }).check();
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByText(/^Check-in for .* saved\.$/).waitFor();
    const saved = (await host.call('checkins.list', {})).value as Array<{ energy: number; mood: number }>;
    expect(saved).toMatchObject([{ energy: 4, mood: 2 }]);
    await page.getByText(/^Check-ins in 1 of the 12 weeks\.$/).waitFor();
  });

  it('every view passes axe (no serious or critical violation) in light and dark, and is saved as a screenshot', async () => {
    // A running timer for the pictures, started with its number key as a person would. A timer does not start inside
    // an entry: on a Monday from 09:00 the timesheet's Monday hours (the first test) cover now, and are deleted first.
    const now = Date.now();
    for (const entry of await entries()) if (entry.start <= now + 5_000 && entry.end > now) expect((await host.call('entries.delete', { id: entry.id })).ok).toBe(true);
    await openView(page, 'Today');
    await page.keyboard.press('1');
    await page.getByRole('timer', { name: 'Elapsed' }).waitFor();
    const found: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const view of VIEWS) {
        await openView(page, view);
        if (view === 'Balance' || view === 'Insights') await page.locator('figure.chart .recharts-wrapper > svg.recharts-surface').first().waitFor();
        await page.evaluate(() => window.scrollTo(0, 0));
        for (const violation of await seriousAxeViolations(page)) found.push(`${view}, ${scheme}: ${violation}`);
        const file = await screenshotView(page, `view-${view.toLowerCase()}-${scheme}`);
        expect(fs.statSync(file).size).toBeGreaterThan(10_000);
      }
    }
    expect(found).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});
