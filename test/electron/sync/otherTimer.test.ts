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

  it('stopped on both computers before they sync, it is one entry on both, not the same hours twice', async () => {
    const { laptop, desktop, round } = pair();
    await laptop.host.call('timer.start', { categoryId: 'work', note: 'report' });
    round();
    const [running] = desktop.sync.otherTimers();
    desktop.host.clock.advance(HOUR);
    desktop.sync.stopOtherTimer(running!.device.id);
    laptop.host.clock.advance(HOUR + 10 * 60_000);
    await laptop.host.call('timer.stop', {});
    round();
    round();
    for (const c of [laptop, desktop]) {
      expect(c.store.getTimer()).toBeNull();
      expect(c.store.getEntries()).toEqual([expect.objectContaining({ id: running!.timer.id, categoryId: 'work', start: running!.timer.start })]);
    }
    expect(laptop.store.getEntries()).toEqual(desktop.store.getEntries());
    // The later stop is kept, and the other is offered as an edit made on both computers, for the person to choose.
    expect(laptop.store.getEntries()[0]!.end - running!.timer.start).toBe(HOUR + 10 * 60_000);
    expect(laptop.sync.conflicts()).toEqual([expect.objectContaining({ type: 'edited-twice', recordIds: [running!.timer.id], other: expect.objectContaining({ end: running!.timer.start + HOUR }) })]);
  });

  it('saves what a stop there would save: up to an entry logged ahead here, from the end of one over its start', async () => {
    const MINUTE = 60_000;
    const { laptop, desktop, round } = pair();
    await laptop.host.call('timer.start', { categoryId: 'work', note: 'report' });
    round();
    const [running] = desktop.sync.otherTimers();
    const start = running!.timer.start;
    // On the desktop, a call over the run's first 10 minutes and family time logged ahead, 30 to 45 minutes in.
    await desktop.host.call('entries.add', { categoryId: 'work', start: start - 5 * MINUTE, end: start + 10 * MINUTE, note: 'call' });
    await desktop.host.call('entries.add', { categoryId: 'family', start: start + 30 * MINUTE, end: start + 45 * MINUTE });
    desktop.host.clock.advance(HOUR);
    desktop.sync.stopOtherTimer(running!.device.id);
    round();
    for (const c of [laptop, desktop]) {
      expect(c.store.getTimer()).toBeNull();
      const saved = c.store.getEntries().find((e) => e.id === running!.timer.id);
      expect(saved).toMatchObject({ categoryId: 'work', note: 'report', start: start + 10 * MINUTE, end: start + 30 * MINUTE, source: 'timer' });
      expect(c.store.getEntries()).toHaveLength(3);
      expect(c.sync.conflicts()).toEqual([]);
    }
  });

  it('covered whole by entries this computer knows of, it saves no entry and the timer still stops on both', async () => {
    const { laptop, desktop, round } = pair();
    await laptop.host.call('timer.start', { categoryId: 'work' });
    round();
    const [running] = desktop.sync.otherTimers();
    desktop.host.clock.advance(HOUR);
    await desktop.host.call('entries.add', { categoryId: 'family', start: running!.timer.start - 60_000, end: desktop.host.clock.now() });
    desktop.sync.stopOtherTimer(running!.device.id);
    round();
    for (const c of [laptop, desktop]) {
      expect(c.store.getTimer()).toBeNull();
      expect(c.store.getEntries()).toEqual([expect.objectContaining({ categoryId: 'family' })]);
      expect(c.sync.conflicts()).toEqual([]);
    }
  });
});
