// Another computer's running timer, seen and stopped from this one: the stop is a change this computer writes (the
// entry up to now and the timer's deletion), and the other computer takes it in as if stopped there.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanupComputers, pair } from './syncedComputers';
import { HOUR } from '../../support/testHost';

afterEach(cleanupComputers);

describe("another computer's timer", () => {
  it('is listed with the computer’s name, and Stop turns it into an entry on both, the timer gone on both', async () => {
    const { laptop, desktop, round } = pair();
    await laptop.host.call('timer.start', { categoryId: 'work', note: 'report' });
    round();
    const [running] = desktop.sync.otherTimers();
    expect(running).toMatchObject({ device: { name: 'laptop' }, timer: { categoryId: 'work', note: 'report' } });
    expect(desktop.store.getTimer()).toBeNull();
    expect(laptop.sync.otherTimers()).toEqual([]);

    desktop.host.clock.advance(HOUR);
    desktop.sync.stopOtherTimer(running!.device.id);
    expect(desktop.sync.otherTimers()).toEqual([]);
    round();
    expect(laptop.store.getTimer()).toBeNull();
    for (const c of [laptop, desktop]) {
      expect(c.store.getEntries()).toEqual([expect.objectContaining({ categoryId: 'work', note: 'report', start: running!.timer.start, source: 'timer' })]);
    }
    const entry = desktop.store.getEntries()[0]!;
    expect(entry.end - entry.start).toBe(HOUR);
    expect(laptop.sync.conflicts()).toEqual([]);
  });

  it('a timer already stopped there, or this computer’s own, is refused in words and changes nothing', async () => {
    const { laptop, desktop, round } = pair();
    await laptop.host.call('timer.start', { categoryId: 'work' });
    round();
    const laptopId = desktop.sync.otherTimers()[0]!.device.id;
    laptop.host.clock.advance(HOUR);
    await laptop.host.call('timer.stop', {});
    round();
    expect(() => desktop.sync.stopOtherTimer(laptopId)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => desktop.sync.stopOtherTimer(desktop.sync.status().device.id)).toThrow(expect.objectContaining({ code: 'bad-request' }));
    expect(desktop.store.getEntries()).toHaveLength(1);
  });
});
