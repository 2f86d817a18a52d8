// A timer running on this computer and stopped from another one: when the stop syncs in, the timer goes from here
// without anyone here stopping it, so the host says where it went and what was saved, once.
import { afterEach, expect, it } from 'vitest';
import { cleanupRoutedComputers, routedPair } from '../../support/routedComputers';
import { HOUR } from '../../support/testHost';

afterEach(cleanupRoutedComputers);

it('the timer stopped on the desktop: the laptop takes the stop in and says so', async () => {
  const { laptop, desktop } = await routedPair();
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
