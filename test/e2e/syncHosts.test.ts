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

describe('two browser hosts syncing through one folder', () => {
  it("a timer stopped on one shows in the other's week within seconds", async () => {
    const syncFolder = folder('tl-sync-');
    const laptop = await startWebHost(folder('tl-laptop-'));
    hosts.push(laptop);
    const desktop = await startWebHost(folder('tl-desktop-'));
    hosts.push(desktop);
    await value(laptop, 'sync.setup', { folder: syncFolder, deviceName: 'Laptop' });
    await value(desktop, 'sync.setup', { folder: syncFolder, deviceName: 'Desktop' });

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
