// Two Timelocks on two data folders, one sync folder on disk: the real router, services and storage, with the
// store wrapped for sync as the composition root will do it.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanupComputers, computer, pair, syncFolder } from './syncedComputers';
import { HOUR } from '../../support/testHost';

afterEach(cleanupComputers);

describe('sync over the real data store', () => {
  it("a timer stopped on one computer counts in the other's week, against one cap", async () => {
    const { laptop, desktop, round } = pair();
    await laptop.host.call('timer.start', { categoryId: 'work' });
    laptop.host.clock.advance(2 * HOUR);
    desktop.host.clock.advance(2 * HOUR);
    await laptop.host.call('timer.stop', {});
    await desktop.host.call('entries.add', { categoryId: 'work', start: desktop.host.clock.now() + HOUR, end: desktop.host.clock.now() + 2 * HOUR });
    round();
    const laptopWeek = await laptop.host.call('summary.week', {});
    const desktopWeek = await desktop.host.call('summary.week', {});
    expect(desktopWeek.minutes.work).toBe(180);
    expect(laptopWeek.minutes.work).toBe(180);
    expect(desktopWeek.remainingMinutes).toBe(laptopWeek.remainingMinutes);
    expect(desktop.sync.conflicts()).toEqual([]);
  });

  it('a settings change on one computer reaches the other; sync-state.json sits beside the data', async () => {
    const { laptop, desktop, round } = pair();
    await laptop.host.call('settings.update', { weeklyCapMinutes: 30 * 60 });
    round();
    expect((await desktop.host.call('settings.get', {})).weeklyCapMinutes).toBe(30 * 60);
    expect(fs.existsSync(path.join(desktop.dataDir, 'sync-state.json'))).toBe(true);
  });

  it("a timer running on both: this computer's stays in its store, the other's is held and listed", async () => {
    const { laptop, desktop, round } = pair();
    await laptop.host.call('timer.start', { categoryId: 'work' });
    await desktop.host.call('timer.start', { categoryId: 'family' });
    round();
    expect(desktop.store.getTimer()?.categoryId).toBe('family');
    expect(desktop.sync.conflicts().map((c) => c.type)).toEqual(['timers']);
    desktop.host.clock.advance(HOUR);
    desktop.sync.resolve(desktop.sync.conflicts()[0]!.id, 'other');
    round();
    // The desktop's own timer was stopped into an entry, on both; the laptop's runs on.
    expect(desktop.store.getTimer()).toBeNull();
    expect(laptop.store.getTimer()?.categoryId).toBe('work');
    const entries = await laptop.host.call('entries.list', { from: 0, to: laptop.host.clock.now() + 2 * HOUR });
    expect(entries.map((e) => e.categoryId)).toEqual(['family']);
  });

  it('a computer joining with a copy of the data folder, both edited since, counts by kind what it kept beside theirs', async () => {
    const syncDir = syncFolder();
    const laptop = computer('laptop', syncDir, undefined, { setup: false });
    const now = laptop.host.clock.now();
    const ids: string[] = [];
    for (const hours of [3, 2, 1]) ids.push((await laptop.host.call('entries.add', { categoryId: 'work', start: now - hours * HOUR, end: now - hours * HOUR + 30 * 60_000 })).id);
    await laptop.host.call('daysOff.add', { from: '2026-12-24', kind: 'holiday' });
    laptop.store.flush();
    // The same data folder on the desktop (a temporary folder, removed with the others), each copy edited apart.
    const copied = path.join(syncFolder(), 'copy');
    fs.cpSync(laptop.dataDir, copied, { recursive: true });
    const desktop = computer('desktop', syncDir, copied, { setup: false });
    for (const id of ids) await desktop.host.call('entries.update', { id, note: 'on the desktop' });
    await desktop.host.call('daysOff.remove', { date: '2026-12-24' });
    await desktop.host.call('daysOff.add', { from: '2026-12-24', kind: 'vacation' });
    laptop.sync.setup({ folder: syncDir, deviceName: 'laptop' });
    desktop.sync.setup({ folder: syncDir, deviceName: 'desktop' });
    expect(desktop.joined).toEqual(['Where this computer had another version of their records, theirs holds and its own is kept as a conflict to resolve: 1 day off on 2026-12-24; 3 entries.']);
    expect(desktop.sync.conflicts()).toHaveLength(4);
  });
});
