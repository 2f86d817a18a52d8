// Planning end to end: real Chromium against the real browser host with a fresh data folder. A work box drawn on
// today's column with the mouse breaks a small daily cap and the plan check says so; the keyboard moves it; Today
// offers to start it; Week and Balance show how much of the plan was kept as the logged time changes; axe and
// screenshots of the Plan view in light and dark.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, formatDate, fromLocal, localDateOf, toLocal } from '../../shared/domain/time';
import { openViewsBrowser, screenshotView, seriousAxeViolations, type ViewsBrowser } from './support/viewsBrowser';
import { startWebHost, type RunningHost } from './webHost';

/** HOUR_PX in renderer/views/Plan/planLayout.ts: the calendar draws 40 px an hour. */
const PX_PER_MINUTE = 40 / 60;
const MINUTE = 60_000;

type Occurrence = { boxId: string; categoryId: string; start: number; end: number };
type PlanWeek = { start: number; occurrences: Occurrence[] };

async function openView(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 2, name: new RegExp(`^${name}`) }).waitFor();
}

describe('planning in Chromium against the browser host', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-plan-'));
  let host: RunningHost;
  let browser: ViewsBrowser;
  let page: Page;
  let timeZone: string;
  let drawn: { start: number; end: number };
  const planWeek = async () => (await host.call('plan.week', {})).value as PlanWeek;

  beforeAll(async () => {
    host = await startWebHost(dataDir);
    // A daily cap smaller than any box: whatever the time of day, the box drawn breaks it.
    const settings = await host.call('settings.update', { dailyCapMinutes: 10 });
    expect(settings.ok).toBe(true);
    timeZone = (settings.value as { timeZone: string }).timeZone;
    browser = await openViewsBrowser(host.url);
    page = browser.page;
    await page.getByRole('heading', { level: 2, name: 'Today' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('a work box dragged on today’s column is planned, and the plan check reports the broken daily cap', async () => {
    await openView(page, 'Plan');
    const now = Date.now();
    const local = toLocal(now, timeZone);
    const slot = Math.floor((local.hour * 60 + local.minute) / 15) * 15;
    // From 45 minutes before the current quarter hour to 30 after: the box holds now, so it is due on Today.
    const from = Math.max(0, slot - 45);
    const to = Math.min(24 * 60, slot + 30);
    const grid = page.getByRole('group', { name: 'Week calendar' });
    await grid.evaluate((element, top) => {
      element.scrollIntoView({ block: 'start' });
      element.scrollTop = top;
    }, Math.max(0, from * PX_PER_MINUTE - 40));
    const column = await page.locator(`.plan-day[data-date="${formatDate(local)}"]`).boundingBox();
    const x = column!.x + column!.width / 2;
    await page.mouse.move(x, column!.y + (from + 3) * PX_PER_MINUTE);
    await page.mouse.down();
    await page.mouse.move(x, column!.y + (from + to) * 0.5 * PX_PER_MINUTE, { steps: 4 });
    await page.mouse.move(x, column!.y + to * PX_PER_MINUTE - 1, { steps: 4 });
    await page.mouse.up();

    const date = localDateOf(now, timeZone);
    const at = (minute: number) => (minute >= 24 * 60 ? fromLocal(addDays(date, 1), 0, 0, timeZone) : fromLocal(date, Math.floor(minute / 60), minute % 60, timeZone));
    await expect.poll(async () => (await planWeek()).occurrences.length).toBe(1);
    const [box] = (await planWeek()).occurrences;
    expect(box).toMatchObject({ categoryId: 'work', start: at(from), end: at(to) });
    drawn = { start: box!.start, end: box!.end };
    await page.getByText(new RegExp(`of work planned, .* over the 10 min daily cap\\.$`)).waitFor();
    await page.getByRole('button', { name: /^Work .*, flagged by the plan check$/ }).waitFor();
  });

  it('the keyboard moves the focused box by 15 minutes and back', async () => {
    const box = page.getByRole('button', { name: /^Work .*, flagged by the plan check$/ });
    await box.focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await planWeek()).occurrences[0]?.start).toBe(drawn.start - 15 * MINUTE);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-box-id'))).toBeTruthy();
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await planWeek()).occurrences[0]?.start).toBe(drawn.start);
  });

  it('the pointer moves the box by dragging it, and resizes it by its bottom edge', async () => {
    // Measured once the calendar shows the box where the keyboard left it.
    await page.locator(`button[data-start="${drawn.start}"]`).waitFor();
    const box = page.getByRole('button', { name: /^Work .*, flagged by the plan check$/ });
    const at = (await box.boundingBox())!;
    // Half an hour up (20 px), then half an hour longer by the bottom edge.
    await page.mouse.move(at.x + at.width / 2, at.y + 8);
    await page.mouse.down();
    await page.mouse.move(at.x + at.width / 2, at.y + 8 - 20, { steps: 4 });
    await page.mouse.up();
    await expect.poll(async () => (await planWeek()).occurrences[0]?.start).toBe(drawn.start - 30 * MINUTE);
    await page.locator(`button[data-start="${drawn.start - 30 * MINUTE}"]`).waitFor();
    const moved = (await box.boundingBox())!;
    await page.mouse.move(moved.x + moved.width / 2, moved.y + moved.height - 2);
    await page.mouse.down();
    await page.mouse.move(moved.x + moved.width / 2, moved.y + moved.height - 2 + 20, { steps: 4 });
    await page.mouse.up();
    await expect.poll(async () => (await planWeek()).occurrences[0]).toMatchObject({ start: drawn.start - 30 * MINUTE, end: drawn.end });
    // Back where it was drawn, through the API, for the journeys that follow.
    const [occurrence] = (await planWeek()).occurrences;
    expect((await host.call('plan.update', { id: occurrence!.boxId, scope: 'occurrence', patch: { start: drawn.start, end: drawn.end } })).ok).toBe(true);
  });

  it('Week says none of the plan was kept yet', async () => {
    await openView(page, 'Week');
    // The week under way is judged by the plan due so far ("of the plan so far"), a week's plan as a whole otherwise.
    await page.getByText(/^You kept 0% of the (week’s )?plan/).waitFor();
    expect(await page.getByRole('meter', { name: 'Plan kept' }).getAttribute('value')).toBe('0');
  });

  it('Today offers the due box’s start, and one click starts its timer', async () => {
    await openView(page, 'Today');
    await page.getByRole('group', { name: 'Planned now' }).getByRole('button', { name: 'Start Work' }).click();
    await page.getByRole('timer', { name: 'Elapsed' }).waitFor();
    const snapshot = await host.call('app.snapshot', {});
    expect((snapshot.value as { timer: { categoryId: string } | null }).timer?.categoryId).toBe('work');
  });

  it('Week and Balance follow the logged time: the share of the plan kept changes', async () => {
    await page.waitForTimeout(1500);
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await page.getByRole('timer').waitFor({ state: 'detached' });
    // Stopped within its first minute: the window asks whether to keep it.
    await page.getByRole('dialog').getByRole('button', { name: 'Keep it' }).click();
    const listed = await host.call('entries.list', { from: drawn.start - 60 * MINUTE, to: Date.now() + MINUTE });
    const [entry] = listed.value as Array<{ id: string; start: number; end: number }>;
    // Corrected as a person would: the work began when the box did.
    expect((await host.call('entries.update', { id: entry!.id, start: drawn.start })).ok).toBe(true);
    const summary = (await host.call('summary.week', {})).value as { planned: { adherence: number; soFar?: { adherence: number | null } } };
    // What the window shows: in the week under way, the share of the plan due so far.
    const shown = summary.planned.soFar?.adherence ?? summary.planned.adherence;
    const percent = Math.round(shown * 100);
    expect(shown).toBeGreaterThan(0);
    const kept = percent === 0 ? 'under 1%' : `${percent}%`;
    for (const view of ['Week', 'Balance']) {
      await openView(page, view);
      await page.getByText(new RegExp(`^You kept ${kept} of the (week’s )?plan`)).waitFor({ timeout: 10_000 });
    }
  });

  it('the Plan view passes axe in light and dark, and is saved as a screenshot', async () => {
    // A fuller week for the pictures: a run three mornings a week and a family afternoon.
    const first = localDateOf((await planWeek()).start, timeZone);
    const run = fromLocal(first, 7, 0, timeZone);
    expect((await host.call('plan.add', { categoryId: 'fitness', title: 'Run', start: run, end: run + 60 * MINUTE, repeat: [1, 3, 5] })).ok).toBe(true);
    const family = fromLocal(addDays(first, 5), 14, 0, timeZone);
    expect((await host.call('plan.add', { categoryId: 'family', title: 'Zoo', start: family, end: family + 3 * 60 * MINUTE })).ok).toBe(true);
    const found: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await openView(page, 'Plan');
      await page.getByRole('button', { name: /^Zoo / }).waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      for (const violation of await seriousAxeViolations(page)) found.push(`${scheme}: ${violation}`);
      const file = await screenshotView(page, `view-plan-${scheme}`);
      expect(fs.statSync(file).size).toBeGreaterThan(10_000);
    }
    expect(found).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});
