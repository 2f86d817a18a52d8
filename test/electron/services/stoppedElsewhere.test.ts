// A timer running on this computer and stopped from another one: when the stop syncs in, the timer goes from here
// without anyone here stopping it, so the host says where it went and what was saved, once.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { HOUR, makeTestHost, type TestHost } from '../../support/testHost';

const hosts: TestHost[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const h of hosts.splice(0)) h.cleanup();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

it('the timer stopped on the desktop: the laptop takes the stop in and says so', async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-stopped-elsewhere-'));
  dirs.push(folder);
  const laptop = makeTestHost({ idPrefix: 'lap-', timeZone: 'Europe/Berlin' });
  const desktop = makeTestHost({ idPrefix: 'desk-', timeZone: 'Europe/Berlin', start: laptop.clock.now() });
  hosts.push(laptop, desktop);
  await laptop.call('sync.setup', { folder, deviceName: 'Laptop' });
  await desktop.call('sync.setup', { folder, deviceName: 'Desktop' });
  const timer = await laptop.call('timer.start', { categoryId: 'work' });
  await laptop.call('sync.now', {});
  await desktop.call('sync.now', {});
  desktop.clock.advance(HOUR);
  laptop.clock.advance(HOUR);
  const [running] = await desktop.call('sync.otherTimers', {});
  await desktop.call('sync.stopOtherTimer', { device: running!.device.id });
  const before = laptop.events.length;
  await laptop.call('sync.now', {});
  expect(laptop.app.store.getTimer()).toBeNull();
  const notices = laptop.events.slice(before).filter((e) => e.name === 'notice').map((e) => e.payload);
  expect(notices).toEqual([{ level: 'info', message: expect.stringMatching(/^The Work timer running here was stopped on Desktop: it is saved as an entry of 1:00, \d\d:\d\d–\d\d:\d\d\. Start a timer again if you are still at it\.$/) }]);
  expect(laptop.app.store.getEntries()).toEqual([expect.objectContaining({ id: timer.id, end: timer.start + HOUR })]);
  // Stopped here, it says nothing of the kind.
  await laptop.call('timer.start', { categoryId: 'work' });
  laptop.clock.advance(HOUR);
  const again = laptop.events.length;
  await laptop.call('timer.stop', {});
  await laptop.call('sync.now', {});
  expect(laptop.events.slice(again).filter((e) => e.name === 'notice')).toEqual([]);
});
