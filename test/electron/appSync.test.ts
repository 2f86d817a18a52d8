import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SYNC_POLL_MS } from '../../electron/sync/syncWatcher';
import { HOUR, makeTestHost, type TestHost } from '../support/testHost';

// The composition root's part in sync: two hosts on two data folders and one sync folder, each started as a host
// starts it. The watcher's rounds run on the fake timers (its slow poll), so the test decides when one happens.
describe('a started host syncs through the folder', () => {
  let hosts: TestHost[] = [];
  let folder = '';
  afterEach(() => {
    for (const host of hosts) host.cleanup();
    hosts = [];
    fs.rmSync(folder, { recursive: true, force: true });
  });

  async function pair() {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-syncfolder-'));
    const laptop = makeTestHost({ idPrefix: 'laptop-' });
    const desktop = makeTestHost({ idPrefix: 'desktop-' });
    hosts = [laptop, desktop];
    await laptop.call('sync.setup', { folder, deviceName: 'Laptop' });
    await desktop.call('sync.setup', { folder, deviceName: 'Desktop' });
    laptop.app.start();
    desktop.app.start();
    return { laptop, desktop };
  }

  const workMinutes = async (host: TestHost) => (await host.call('summary.week', {})).minutes.work;

  it("a timer stopped on one computer reaches the other's week at its next round, with data.changed for the window", async () => {
    const { laptop, desktop } = await pair();
    await laptop.call('timer.start', { categoryId: 'work' });
    laptop.clock.advance(2 * HOUR);
    await laptop.call('timer.stop', {});
    expect(await workMinutes(desktop)).toBe(0);

    desktop.events.length = 0;
    desktop.timers.advance(SYNC_POLL_MS);
    expect(await workMinutes(desktop)).toBe(120);
    const changed = desktop.events.filter((e) => e.name === 'data.changed').map((e) => (e.payload as { what: string[] }).what);
    expect(changed.flat()).toContain('entries');
    const rounds = desktop.events.filter((e) => e.name === 'sync.changed').map((e) => e.payload as { applied: number; conflicts: number });
    expect(rounds).toHaveLength(1);
    expect(rounds[0]!.applied).toBeGreaterThanOrEqual(1);

    // A round that finds nothing new tells the window nothing.
    desktop.events.length = 0;
    desktop.timers.advance(SYNC_POLL_MS);
    expect(desktop.events.filter((e) => e.name === 'sync.changed' || e.name === 'data.changed')).toEqual([]);
  });

  it("a time zone changed on the other computer reaches the window in a notice naming it, at the round the folder's watch runs", async () => {
    const { laptop, desktop } = await pair();
    await laptop.call('settings.update', { timeZone: 'America/New_York' });
    desktop.events.length = 0;
    desktop.timers.advance(SYNC_POLL_MS);
    expect((await desktop.call('settings.get', {})).timeZone).toBe('America/New_York');
    const notices = desktop.events.filter((e) => e.name === 'notice').map((e) => e.payload);
    expect(notices).toEqual([{ level: 'info', message: 'Laptop changed the time zone to America/New York: weeks already lived are read with it now.' }]);
    // The computer that made the change hears nothing of it from its own rounds.
    expect(laptop.events.filter((e) => e.name === 'notice')).toEqual([]);
  });

  it("a running timer on the other computer is announced as timer.changed and this computer's own timer is untouched", async () => {
    const { laptop, desktop } = await pair();
    await laptop.call('timer.start', { categoryId: 'work' });
    desktop.events.length = 0;
    desktop.timers.advance(SYNC_POLL_MS);
    expect(desktop.events.some((e) => e.name === 'timer.changed')).toBe(true);
    expect(desktop.app.store.getTimer()).toBeNull();
  });

  it('after sync.off the host stops watching: nothing more comes in, and what is here stays', async () => {
    const { laptop, desktop } = await pair();
    await laptop.call('entries.add', { categoryId: 'work', start: laptop.clock.now() - 3 * HOUR, end: laptop.clock.now() - 2 * HOUR });
    desktop.timers.advance(SYNC_POLL_MS);
    expect(await workMinutes(desktop)).toBe(60);

    await desktop.call('sync.off', {});
    await laptop.call('entries.add', { categoryId: 'work', start: laptop.clock.now() - 5 * HOUR, end: laptop.clock.now() - 4 * HOUR });
    desktop.timers.advance(5 * SYNC_POLL_MS);
    expect(await workMinutes(desktop)).toBe(60);
    expect(await desktop.call('sync.status', {})).toBeNull();
  });

  it('a host started with sync on takes in what arrived while it was closed before anyone looks', async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-syncfolder-'));
    const laptop = makeTestHost({ idPrefix: 'laptop-' });
    const desktop = makeTestHost({ idPrefix: 'desktop-' });
    hosts = [laptop, desktop];
    await laptop.call('sync.setup', { folder, deviceName: 'Laptop' });
    await desktop.call('sync.setup', { folder, deviceName: 'Desktop' });
    await laptop.call('entries.add', { categoryId: 'work', start: laptop.clock.now() - 3 * HOUR, end: laptop.clock.now() - 2 * HOUR });
    const reopened = desktop.reopen();
    hosts = [laptop, reopened];
    reopened.app.start();
    expect(await workMinutes(reopened)).toBe(60);
  });
});
