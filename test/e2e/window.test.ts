// The window a person keeps open (issue 15), end to end: real Chromium against the real browser host with a fresh
// data folder per test, so each test sets up the settings it is about.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { noonZone } from './noonZone';
import { startWebHost, type RunningHost } from './webHost';
import { openViewsBrowser, seriousAxeViolations, type ViewsBrowser } from './support/viewsBrowser';

type Entry = { id: string; categoryId: string; start: number; end: number; note: string };
type Category = { id: string; name: string; area: string };

async function openView(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 2, name: new RegExp(`^${name}`) }).waitFor();
}

describe('the window a person keeps open, in Chromium', () => {
  let dataDir: string;
  let host: RunningHost | undefined;
  let browser: ViewsBrowser | undefined;

  /** A fresh host and browser; `settings` is applied before the page loads. */
  async function open(settings: Record<string, unknown> = {}): Promise<{ host: RunningHost; page: Page; browser: ViewsBrowser }> {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-window-'));
    host = await startWebHost(dataDir);
    if (Object.keys(settings).length > 0) expect((await host.call('settings.update', settings)).ok).toBe(true);
    browser = await openViewsBrowser(host.url);
    await browser.page.getByRole('heading', { level: 2, name: 'Today' }).waitFor();
    return { host, page: browser.page, browser };
  }
  afterEach(async () => {
    await browser?.close();
    await host?.stop();
    browser = undefined;
    host = undefined;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('an import maps each project onto an existing category, by mouse and by keys, and creates none', async () => {
    const { host, page } = await open();
    await openView(page, 'Settings');
    const csv = [
      'Project,Description,Start date,Start time,End date,End time',
      '"Client A","report","2026-11-16","09:00:00","2026-11-16","10:00:00"',
      '"Client B","calls","2026-11-17","09:00:00","2026-11-17","10:00:00"',
    ].join('\n');
    await page.getByLabel(/^Export file from Toggl/).setInputFiles({ name: 'toggl.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const clientA = page.getByRole('combobox', { name: 'Category for Client A' });
    const clientB = page.getByRole('combobox', { name: 'Category for Client B' });
    await clientA.waitFor();
    // By mouse (selectOption) for one project, by keys for the other.
    await clientA.selectOption({ label: 'Existing: Work' });
    await expect.poll(async () => clientA.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe('Existing: Work');
    await clientB.focus();
    await page.keyboard.press('End');
    await expect.poll(async () => clientB.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe('Existing: Family');
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowUp');
    await expect.poll(async () => clientB.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe('Existing: Work');
    // The preview answered and the choice stayed.
    await page.waitForTimeout(300);
    expect(await clientA.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe('Existing: Work');
    expect(await clientB.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe('Existing: Work');

    await page.getByRole('button', { name: /^Import 2 entries$/ }).click();
    await page.getByText(/^Imported 2 entries from toggl\.csv/).waitFor();
    expect(await page.getByText(/New categories:/).count()).toBe(0);
    const categories = (await host.call('categories.list', {})).value as Category[];
    expect(categories.map((c) => c.name)).toEqual(['Work', 'Fitness', 'Family']);
    const entries = (await host.call('entries.list', { from: Date.UTC(2026, 10, 15), to: Date.UTC(2026, 10, 19) })).value as Entry[];
    expect(entries.map((e) => e.categoryId)).toEqual(['work', 'work']);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('a hard lock refusing a hand-added entry names the same next allowed time as a refused start', async () => {
    // One window, tomorrow 09:00–17:00 (UTC): now is off-hours, and work next opens tomorrow at 9.
    const tomorrow = (new Date().getUTCDay() + 1) % 7;
    const workWindows = Array.from({ length: 7 }, (_, day) => (day === tomorrow ? [{ start: '09:00', end: '17:00' }] : []));
    const { page } = await open({ lockMode: 'hard', timeZone: 'UTC', workWindows, quietHours: null });
    const dialog = page.getByRole('alertdialog', { name: 'Locked' });

    await page.getByRole('group', { name: 'Start or switch' }).getByRole('button', { name: 'Work', exact: true }).click();
    const fromStart = await dialog.getByText(/^Next allowed: /).textContent();
    expect(fromStart).toMatch(/^Next allowed: .*9:00 AM\.$/);
    await dialog.getByRole('button', { name: 'OK' }).click();

    await page.getByRole('textbox', { name: 'How long' }).fill('0:30');
    await page.getByRole('button', { name: 'Add entry' }).click();
    await dialog.waitFor();
    expect(await dialog.getByText(/^Next allowed: /).textContent()).toBe(fromStart);
    expect(await dialog.getByText(/two weeks/).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('an unlock says what it lifts, shows on every view with End now, and crossing the cap is asked again', async () => {
    // Around noon in the settings' zone, whatever the hour here: the two hours typed into today's cell below must fit
    // before now (in UTC, run between midnight and 02:00, they did not, and the window said so instead of the lock).
    const { timeZone, offsetHours } = noonZone(Date.now());
    const local = new Date(Date.now() + offsetHours * 3_600_000);
    const tomorrow = (local.getUTCDay() + 1) % 7;
    const workWindows = Array.from({ length: 7 }, (_, day) => (day === tomorrow ? [{ start: '09:00', end: '17:00' }] : []));
    const { host, page } = await open({ lockMode: 'hard', timeZone, workWindows, quietHours: null, unlockCooldownSeconds: 0, weeklyCapMinutes: 60 });
    const banner = page.getByRole('region', { name: 'Unlock' });
    expect(await banner.count()).toBe(0);

    // Refused for the windows only: the unlock asked for from here lifts the windows and says so.
    await page.getByRole('group', { name: 'Start or switch' }).getByRole('button', { name: 'Work', exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Locked' });
    await dialog.getByRole('button', { name: 'Unlock…' }).click();
    await dialog.getByText('It lifts the work windows only; every other limit still holds and is asked again.').waitFor();
    await dialog.getByRole('textbox', { name: 'Why unlock?' }).fill('release tonight');
    await dialog.getByRole('spinbutton', { name: 'For how many minutes' }).fill('30');
    await dialog.getByRole('button', { name: 'Ask to unlock' }).click();
    const asked = page.getByRole('alertdialog', { name: 'Unlock asked for' });
    await asked.getByText(/^Unlocked until /).waitFor();
    await asked.getByRole('button', { name: 'Close' }).click();

    // On every view: until when, what it lifts, End now.
    for (const view of ['Today', 'Week', 'Plan', 'Settings']) {
      await openView(page, view);
      await banner.getByText(/^Unlocked until \d{1,2}:\d\d [AP]M/).waitFor();
      expect(await banner.textContent()).toMatch(/lifts the work windows\./);
      expect(await banner.getByRole('button', { name: 'End now' }).count()).toBe(1);
    }
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Two hours of work today would pass the 1 h cap: the unlock does not lift the cap, so the lock asks again.
    await openView(page, 'Week');
    const weekday = new Date().toLocaleDateString('en-US', { weekday: 'long', timeZone });
    const cell = page.getByRole('textbox', { name: new RegExp(`^Work on ${weekday}, .*, hours$`) });
    await cell.fill('2');
    await cell.press('Enter');
    const again = page.getByRole('alertdialog', { name: 'Locked' });
    await again.getByText(/past your weekly cap of 1 h/).waitFor();
    expect(await again.textContent()).toMatch(/Your unlock lifts only the work windows, not the weekly cap\./);
    await again.getByRole('button', { name: 'OK' }).click();
    const logged = (await host.call('entries.list', { from: 0, to: Date.now() + 8 * 86_400_000 })).value as Entry[];
    expect(logged).toEqual([]);

    await banner.getByRole('button', { name: 'End now' }).click();
    await banner.waitFor({ state: 'detached' });
    const status = (await host.call('locks.unlocks', {})).value as { active: unknown; unlocks: Array<{ lifts?: string[] }> };
    expect(status.active).toBeNull();
    expect(status.unlocks.map((u) => u.lifts)).toEqual([['windows']]);
  });

  it('boundaries met at once bring one toast with the others folded in, and the toast strip covers no control', async () => {
    // Off-hours all week, no quiet hours, and a small cap already at 97 %: off-hours work, the cap warning (and on a
    // weekend, weekend work) are all due the moment a work timer starts.
    const weekStartOf = (instant: number) => {
      const d = new Date(instant);
      const back = (d.getUTCDay() + 6) % 7;
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - back);
    };
    // In a week's first minute no minute of it has been worked yet: wait it out.
    if (Date.now() - weekStartOf(Date.now()) < 60_000) await new Promise((resolve) => setTimeout(resolve, 61_000 - (Date.now() - weekStartOf(Date.now()))));
    const now = Date.now();
    const weekStart = weekStartOf(now);
    // An hour of work earlier this week, ended by now (a timer cannot start inside an entry): 60 of 62 minutes. In the
    // week's first hour (Monday just after midnight) what there is of it, with the cap at it.
    const from = Math.max(weekStart, now - 3 * 3_600_000);
    const to = Math.min(from + 3_600_000, now);
    const worked = Math.floor((to - from) / 60_000);
    const { host, page } = await open({ workWindows: [[], [], [], [], [], [], []], quietHours: null, timeZone: 'UTC', weeklyCapMinutes: worked >= 60 ? 62 : worked });
    expect((await host.call('entries.add', { categoryId: 'work', start: from, end: to })).ok).toBe(true);
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Today' }).waitFor();

    await page.getByRole('group', { name: 'Start or switch' }).getByRole('button', { name: 'Work', exact: true }).click();
    const toasts = page.getByRole('region', { name: 'Messages' });
    const nudge = toasts.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Stop timer' }) });
    await expect.poll(() => nudge.count(), { timeout: 10_000 }).toBe(1);
    await page.waitForTimeout(3000);
    expect(await nudge.count()).toBe(1);
    expect(await nudge.textContent()).toMatch(/ Also: /);
    const log = (await host.call('nudges.log', { from: now - 60_000, to: Date.now() + 60_000 })).value as Array<{ kind: string; at: number; choice?: string }>;
    expect(log.length).toBeGreaterThan(1);
    expect(log.filter((n) => n.choice !== 'folded')).toHaveLength(1);
    expect(new Set(log.map((n) => n.at)).size).toBe(1);

    // The toast strip lies below the views' pane, and every control shown in the pane is the one a click there hits.
    const strip = (await toasts.boundingBox())!;
    const pane = (await page.locator('.app-scroll').boundingBox())!;
    expect(pane.y + pane.height).toBeLessThanOrEqual(strip.y + 1);
    const covered = await page.locator('main button, main input, main select, main a').evaluateAll((elements) => {
      const view = document.querySelector('.app-scroll')!.getBoundingClientRect();
      return elements
        .filter((e) => {
          const r = e.getBoundingClientRect();
          const x = r.left + r.width / 2;
          const y = r.top + r.height / 2;
          if (r.width === 0 || y < view.top || y > view.bottom) return false;
          const hit = document.elementFromPoint(x, y);
          return hit !== null && hit !== e && !e.contains(hit);
        })
        .map((e) => e.textContent || e.getAttribute('aria-label') || e.tagName);
    });
    expect(covered).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('by keyboard: Delete puts focus on Undo, Enter undoes, and focus is back on the restored entry', async () => {
    const { page } = await open();
    await page.getByRole('textbox', { name: 'How long' }).fill('15m');
    await page.getByLabel('Started at').fill('00:05');
    await page.getByRole('button', { name: 'Add entry' }).click();
    const logged = page.getByRole('list', { name: 'Logged today' });
    const remove = logged.getByRole('button', { name: /^Delete Work/ });
    await remove.focus();
    await page.keyboard.press('Enter');
    const undo = page.getByRole('region', { name: 'Messages' }).getByRole('button', { name: 'Undo' });
    await expect.poll(() => undo.evaluate((e) => e === document.activeElement)).toBe(true);
    // Still there well after the old 8 s while focus is on it.
    await page.waitForTimeout(9000);
    expect(await undo.count()).toBe(1);
    await page.keyboard.press('Enter');
    const edit = logged.getByRole('button', { name: /^Edit Work/ });
    await expect.poll(() => edit.evaluate((e) => e === document.activeElement).catch(() => false)).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('on the first day the weeks before the first entry are no data, not twelve weeks behind', async () => {
    const { page } = await open();
    await openView(page, 'Balance');
    await page.getByText(/^No finished weeks yet\. \d{4}-W\d\d is in progress and is not counted yet\. The 11 weeks with nothing logged have no data\.$/).waitFor();
    expect(await page.getByText(/behind in 12/).count()).toBe(0);
    await openView(page, 'Insights');
    expect(await page.getByText(/12 weeks in a row/).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('a running timer shows in the header on every other view, with Stop', async () => {
    const { host, page } = await open({ lockMode: 'off' });
    await page.getByRole('group', { name: 'Start or switch' }).getByRole('button', { name: 'Work', exact: true }).click();
    await page.getByRole('timer', { name: 'Elapsed' }).waitFor();
    const header = page.getByRole('banner').getByRole('group', { name: 'Running timer' });
    expect(await header.count()).toBe(0); // Today shows it large
    for (const view of ['Week', 'Plan', 'Balance', 'Insights', 'Settings']) {
      await openView(page, view);
      await header.getByText('Work', { exact: true }).waitFor();
      expect(await header.textContent()).toMatch(/Work\s*\d+:\d\d:\d\d/);
    }
    expect(await seriousAxeViolations(page)).toEqual([]);
    await header.getByRole('button', { name: 'Stop Work' }).click();
    await header.waitFor({ state: 'detached' });
    expect(((await host.call('app.snapshot', {})).value as { timer: unknown }).timer).toBeNull();
  });

  it('Settings has one Save: a change saved, a change left unsaved while away neither lost nor saved, a bad value refused with nothing saved', async () => {
    const { host, page } = await open({ lockMode: 'off' });
    const stored = async () => ((await host.call('app.snapshot', {})).value as { settings: { weeklyCapMinutes: number; dailyCapMinutes: number | null; lockMode: string } }).settings;
    await openView(page, 'Settings');
    const bar = page.locator('.settings-save-bar');
    await bar.getByText('All settings are saved.').waitFor();

    // A change saved with the one Save.
    await page.getByRole('form', { name: 'Weekly cap' }).getByRole('textbox', { name: 'Weekly work cap (hours)' }).fill('30');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await bar.getByText('Saved: Weekly cap.').waitFor();
    expect((await stored()).weeklyCapMinutes).toBe(30 * 60);

    // A change left unsaved while looking at another view: still there on return, still marked, not saved.
    const lock = page.getByRole('form', { name: 'Lock mode' });
    await lock.getByRole('radio', { name: 'Hard' }).check();
    await openView(page, 'Week');
    await openView(page, 'Settings');
    expect(await lock.getByRole('radio', { name: 'Hard' }).isChecked()).toBe(true);
    await lock.getByText('Changed, not saved yet').waitFor();
    await bar.getByText(/^Changed, not saved yet: Lock mode\./).waitFor();
    expect((await stored()).lockMode).toBe('off');

    // A bad value, saved by keys: refused in words, focus on it, and nothing at all is saved (the lock mode waits too).
    const daily = page.getByRole('form', { name: 'Daily cap' });
    const dailyCap = daily.getByRole('textbox', { name: 'Daily work cap (hours)' });
    await daily.getByRole('radio', { name: 'Next week' }).check();
    await dailyCap.fill('soon');
    await page.keyboard.press('Control+s');
    await daily.getByRole('alert').getByText(/daily cap as a number of hours/).waitFor();
    await bar.getByText('Nothing saved: Daily cap needs a fix first.').waitFor();
    await expect.poll(() => dailyCap.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await stored()).toMatchObject({ lockMode: 'off', dailyCapMinutes: null });
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Fixed and saved with Enter: both changes go, the daily cap from next week on as chosen.
    await dailyCap.fill('6');
    await dailyCap.press('Enter');
    await bar.getByText('All 2 changes saved: Lock mode, Daily cap.').waitFor();
    await daily.getByText('Daily cap saved: 6 h, from next week on.').waitFor();
    expect(await stored()).toMatchObject({ lockMode: 'hard', dailyCapMinutes: null });
    const steps = (await host.call('boundaries.history', {})).value as Array<{ state: string; dailyCapMinutes: number | null }>;
    expect(steps.some((step) => step.state === 'upcoming' && step.dailyCapMinutes === 6 * 60)).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('a category rename typed and not saved survives a trip to Week, is marked unsaved, the tab asks before closing, and Enter saves it', async () => {
    const { host, page } = await open();
    const names = async () => ((await host.call('app.snapshot', {})).value as { categories: Category[] }).categories.map((c) => c.name);
    await openView(page, 'Settings');
    const bar = page.locator('.settings-save-bar');
    const name = page.getByRole('form', { name: 'Category Work' }).getByRole('textbox', { name: 'Name' });
    await name.fill('Deep work');
    await openView(page, 'Week');
    const settingsLink = page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Settings', exact: true });
    expect(await settingsLink.getAttribute('aria-describedby')).toBeTruthy();

    await openView(page, 'Settings');
    expect(await name.inputValue()).toBe('Deep work');
    await page.getByRole('form', { name: 'Category Work' }).getByText('Changed, not saved yet').waitFor();
    await bar.getByText(/^Typed, not applied yet: Category “Work” \(each with its own button\)\./).waitFor();
    expect(await names()).toContain('Work');
    expect(await seriousAxeViolations(page)).toEqual([]);

    const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => void dialog.dismiss().then(() => resolve(dialog.type()))));
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(page.isClosed()).toBe(false);

    // By keys: Enter in the name saves the row with its own Save.
    await name.press('Enter');
    await page.getByRole('form', { name: 'Category Deep work' }).getByText('Deep work saved.').waitFor();
    await bar.getByText('All settings are saved.').waitFor();
    expect(await names()).toContain('Deep work');
    expect(await names()).not.toContain('Work');
    expect(await settingsLink.getAttribute('aria-describedby')).toBeNull();
  });
});
