// Two computers as two running browser hosts on two data folders, sharing one sync folder: what one does reaches the
// other's week by the hosts' own watching, with no command run in between.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startWebHost, type RunningHost } from './webHost';
import { openViewsBrowser, seriousAxeViolations } from './support/viewsBrowser';

const scratch: string[] = [];
const hosts: RunningHost[] = [];
afterAll(async () => {
  for (const host of hosts) await host.stop();
  for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true });
});

function folder(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}

async function value<T>(host: RunningHost, channel: string, payload: unknown): Promise<T> {
  const result = await host.call(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error?.code} ${result.error?.message}`);
  return result.value as T;
}

interface Week {
  start: number;
  end: number;
  minutes: { work: number };
}

/** Two hosts on their own data folders, sync set up on both through one fresh sync folder. */
async function syncedPair(): Promise<{ laptop: RunningHost; desktop: RunningHost }> {
  const syncFolder = folder('tl-sync-');
  const laptop = await startWebHost(folder('tl-laptop-'));
  hosts.push(laptop);
  const desktop = await startWebHost(folder('tl-desktop-'));
  hosts.push(desktop);
  await value(laptop, 'sync.setup', { folder: syncFolder, deviceName: 'Laptop' });
  await value(desktop, 'sync.setup', { folder: syncFolder, deviceName: 'Desktop' });
  return { laptop, desktop };
}

describe('two browser hosts syncing through one folder', () => {
  it("a timer stopped on one shows in the other's week within seconds", async () => {
    const { laptop, desktop } = await syncedPair();

    await value(laptop, 'timer.start', { categoryId: 'work' });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const entry = await value<{ id: string; start: number; end: number }>(laptop, 'timer.stop', {});
    const laptopWeek = await value<Week>(laptop, 'summary.week', { at: entry.start });
    expect(laptopWeek.minutes.work).toBeGreaterThan(0);

    const stoppedAt = Date.now();
    let seen: { id: string }[] = [];
    while (Date.now() - stoppedAt < 20_000) {
      seen = await value<{ id: string }[]>(desktop, 'entries.list', { from: entry.start, to: entry.end });
      if (seen.some((e) => e.id === entry.id)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // The 20 s window closes before the watcher's first slow poll (30 s after setup): only the folder watch, whose
    // round runs ~2 s after the files change, can have brought the entry in time.
    expect(seen.map((e) => e.id), `the desktop never took in the entry:\n${desktop.output()}`).toContain(entry.id);
    const desktopWeek = await value<Week>(desktop, 'summary.week', { at: entry.start });
    expect(desktopWeek.minutes.work).toBe(laptopWeek.minutes.work);
    expect((await value<{ timer: unknown }>(desktop, 'app.snapshot', {})).timer).toBeNull();
  }, 60_000);

  it("a timer running on two computers at once: both shown in one window, the other's stopped from there, and both weeks count it up to the stop", async () => {
    const { laptop, desktop } = await syncedPair();
    const laptopWindow = await openViewsBrowser(laptop.url);
    const desktopWindow = await openViewsBrowser(desktop.url);
    try {
      const desktopPage = desktopWindow.page;
      const laptopPage = laptopWindow.page;
      await desktopPage.getByRole('heading', { level: 2, name: 'Today' }).waitFor();
      await laptopPage.getByRole('heading', { level: 2, name: 'Today' }).waitFor();

      const work = await value<{ start: number }>(laptop, 'timer.start', { categoryId: 'work' });
      await value(desktop, 'timer.start', { categoryId: 'fitness' });

      // The desktop's Today shows its own timer and, by the folder watch alone, the laptop's with the laptop's name.
      const today = desktopPage.locator('#today');
      await today.getByRole('status').filter({ hasText: 'Fitness timer running since' }).waitFor({ state: 'attached' });
      const onToday = today.getByRole('group', { name: 'Timer running on Laptop' });
      await onToday.waitFor({ timeout: 20_000 });
      expect(await onToday.textContent()).toMatch(/^Work on Laptop\s*\d/);

      // On another view the header shows it, and stops it there.
      await desktopPage.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Week', exact: true }).click();
      const inHeader = desktopPage.locator('header').getByRole('group', { name: 'Timer running on Laptop' });
      await inHeader.waitFor();
      const beforeStop = Date.now();
      await inHeader.getByRole('button', { name: 'Stop Work on Laptop' }).click();
      await inHeader.waitFor({ state: 'detached' });
      const afterStop = Date.now();
      // Only the laptop's timer stopped: the desktop's own still runs.
      expect((await value<{ timer: { categoryId: string } | null }>(desktop, 'app.snapshot', {})).timer?.categoryId).toBe('fitness');

      // The laptop's window takes the stop in: no timer of its own, the entry in today's list, the desktop's timer shown.
      await laptopPage.locator('#today').getByRole('status').filter({ hasText: 'No timer running.' }).waitFor({ state: 'attached', timeout: 20_000 });
      await laptopPage.getByRole('list', { name: 'Logged today' }).getByRole('button', { name: /^Edit Work, / }).waitFor();
      await laptopPage.locator('#today').getByRole('group', { name: 'Timer running on Desktop' }).waitFor();
      expect((await value<{ timer: unknown }>(laptop, 'app.snapshot', {})).timer).toBeNull();

      const entries = await value<{ id: string; categoryId: string; start: number; end: number }[]>(laptop, 'entries.list', { from: work.start, to: afterStop + 1 });
      const stopped = entries.filter((e) => e.categoryId === 'work');
      expect(stopped).toHaveLength(1);
      expect(stopped[0]!.start).toBe(work.start);
      expect(stopped[0]!.end).toBeGreaterThanOrEqual(beforeStop);
      expect(stopped[0]!.end).toBeLessThanOrEqual(afterStop);
      const laptopWeek = await value<Week>(laptop, 'summary.week', { at: work.start });
      expect(laptopWeek.minutes.work).toBeCloseTo((stopped[0]!.end - stopped[0]!.start) / 60_000, 6);
      const desktopWeek = await value<Week>(desktop, 'summary.week', { at: work.start });
      expect(desktopWeek.minutes.work).toBe(laptopWeek.minutes.work);
      expect(desktopWindow.errors).toEqual([]);
      expect(laptopWindow.errors).toEqual([]);
    } finally {
      await desktopWindow.close();
      await laptopWindow.close();
    }
  }, 90_000);

  it('sync set up from the window of one host: the other computer is listed, Sync now says what it did', async () => {
    const syncFolder = folder('tl-sync-');
    const desktop = await startWebHost(folder('tl-desktop-'));
    hosts.push(desktop);
    await value(desktop, 'sync.setup', { folder: syncFolder, deviceName: 'Desktop' });
    const laptop = await startWebHost(folder('tl-laptop-'));
    hosts.push(laptop);
    const browser = await openViewsBrowser(laptop.url);
    try {
      const { page } = browser;
      await page.getByRole('heading', { level: 2, name: 'Today' }).waitFor();
      await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Settings', exact: true }).click();
      const section = page.getByRole('region', { name: 'Sync' });
      const form = section.getByRole('form', { name: 'Set up sync' });
      // No folder dialog in the browser host: the path is typed, and the channel says so if asked anyway.
      await form.getByRole('textbox', { name: 'Sync folder (full path)' }).waitFor();
      expect(await form.getByRole('button', { name: /Choose/ }).count()).toBe(0);
      expect(await laptop.call('sync.chooseFolder', {})).toEqual({ ok: false, error: { code: 'not-found', message: "The browser host has no folder dialog: type the sync folder's full path." } });
      await form.getByRole('textbox', { name: 'Sync folder (full path)' }).fill(syncFolder);
      await form.getByRole('textbox', { name: 'Name of this computer' }).fill('Laptop');
      await form.getByRole('textbox', { name: 'Name of this computer' }).press('Enter');
      await section.getByText(`Sync is on: this computer is “Laptop”, syncing through ${syncFolder}.`).waitFor();
      await section.getByText(/^Desktop: last seen/).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);

      // The desktop takes in the laptop's data and names it.
      await value(desktop, 'sync.now', {});
      const status = await value<{ devices: { name: string }[] }>(desktop, 'sync.status', {});
      expect(status.devices.map((d) => d.name)).toEqual(['Laptop']);

      await section.getByRole('button', { name: 'Sync now' }).click();
      await section.getByText(/^Synced: /).waitFor();
      expect(browser.errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
