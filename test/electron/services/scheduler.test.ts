// The scheduler's timing rules: one pending timer and no polling, a tick a minute only while a timer runs, and a
// fresh schedule after a sleep, a clock jump and at midnight. In-memory storage: hours of ticks, and storage is not the subject.
import { afterEach, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../shared/contract';
import { addDays, fromLocal } from '../../../shared/domain/time';
import { HOUR, MINUTE, makeTestHost, type TestHost } from '../../support/testHost';

const TZ = 'Europe/Berlin';
/** Tuesday 24 Nov 2026 (UTC+1), `day` days on, at local h:m. */
const local = (h: number, m = 0, day = 0) => fromLocal(addDays({ year: 2026, month: 11, day: 24 }, day), h, m, TZ);

const shownOf = (host: TestHost) => host.events.filter((e) => e.name === 'nudge').map((e) => e.payload as EventPayload<'nudge'>);

describe('Scheduler', () => {
  let host: TestHost;
  afterEach(() => host?.cleanup());

  it('no polling: with nothing due and no timer running, exactly 1 pending timer and 24 wakes in 24 hours (the hourly cap)', () => {
    host = makeTestHost({ start: local(10), storage: 'memory' });
    host.app.start();
    for (let h = 1; h <= 24; h++) {
      host.timers.runTo(local(10) + h * HOUR - 1);
      expect(host.timers.pending, `hour ${h}`).toBe(1);
    }
    host.timers.runTo(local(10, 0, 1));
    expect(host.timers.fired).toBe(24);
    expect(host.timers.peak).toBe(1);
    expect(host.app.services.scheduler.status().nextNudge).toBeNull();
    expect(host.events.filter((e) => e.name === 'timer.tick' || e.name === 'nudge')).toEqual([]);
  });

  it('while a work timer runs: 120 ticks in 2 hours, one on each whole minute of the timer, still 1 pending timer', async () => {
    host = makeTestHost({ start: local(10, 0) + 20_000, storage: 'memory' });
    host.app.start();
    const timer = await host.call('timer.start', { categoryId: 'work' });
    host.timers.runTo(timer.start + 2 * HOUR);
    const ticks = host.events.filter((e) => e.name === 'timer.tick').map((e) => (e.payload as EventPayload<'timer.tick'>).now);
    expect(ticks).toHaveLength(120);
    expect(ticks.every((t, i) => t === timer.start + (i + 1) * MINUTE)).toBe(true);
    expect(host.timers.peak).toBe(1);
    await host.call('timer.stop', {});
    host.timers.advance(10 * MINUTE);
    expect(host.events.filter((e) => e.name === 'timer.tick')).toHaveLength(120);
    expect(host.timers.pending).toBe(1);
  });

  it('the wait is capped at an hour, and ends at local midnight when that comes first', () => {
    host = makeTestHost({ start: local(12), storage: 'memory' });
    host.app.start();
    expect(host.app.services.scheduler.status().wakeAt).toBe(local(13));
    host.timers.runTo(local(23, 30));
    expect(host.app.services.scheduler.status().wakeAt).toBe(local(0, 0, 1));
  });

  it('a new local day is told once, at midnight, and once more after sleeping through the next midnight', () => {
    host = makeTestHost({ start: local(12), storage: 'memory' });
    const days: number[] = [];
    host.app.services.scheduler.onNewDay((now) => days.push(now));
    host.app.start();
    host.timers.runTo(local(12, 0, 1));
    expect(days).toEqual([local(0, 0, 1)]);
    host.timers.runTo(local(23, 30, 1));
    host.timers.jump(2 * HOUR);
    host.timers.advance(HOUR);
    expect(days).toHaveLength(2);
    expect(days[1]).toBeGreaterThan(local(0, 0, 2));
    expect(host.app.services.scheduler.status().lastWake).toEqual({ at: local(2, 0, 2), reason: 'clock-jump' });
  });

  it('a timer waking 2 h late (the machine slept) reschedules: the window reminder that lapsed is dropped, the wrap-up and off-hours nudges come at the wake', async () => {
    host = makeTestHost({ start: local(15), storage: 'memory' });
    host.app.start();
    await host.call('timer.start', { categoryId: 'work' });
    host.timers.runTo(local(16, 30));
    host.timers.jump(2 * HOUR);
    host.timers.advance(MINUTE);
    const shown = shownOf(host);
    // Both due at the wake: one nudge, the off-hours one folded into the wrap-up.
    expect(shown.map((n) => [n.kind, n.at])).toEqual([['wrap-up', local(18, 31)]]);
    expect(host.app.store.getNudgeLog().map((n) => [n.kind, n.at, n.choice])).toEqual([
      ['wrap-up', local(18, 31), undefined],
      ['off-hours-work', local(18, 31), 'folded'],
    ]);
  });

  it('the wall clock set back an hour: the pending timer fires early by the clock, the schedule is asked again, and the nudge still comes at its own instant', async () => {
    host = makeTestHost({ start: local(16), storage: 'memory' });
    host.app.start();
    await host.call('timer.start', { categoryId: 'work' });
    host.timers.runTo(local(16, 45));
    host.timers.jump(-HOUR);
    host.timers.runTo(local(16, 50) + 30_000);
    const shown = shownOf(host);
    expect(shown.map((n) => [n.kind, n.at])).toEqual([['window-ending', local(16, 50)]]);
  });

  it('onResume and onClockJump reschedule at once, before the late timer fires', async () => {
    host = makeTestHost({ start: local(16), storage: 'memory' });
    host.app.start();
    await host.call('timer.start', { categoryId: 'work' });
    host.timers.runTo(local(16, 40));
    host.timers.jump(15 * MINUTE);
    host.app.services.scheduler.onResume();
    expect(shownOf(host).map((n) => [n.kind, n.at])).toEqual([['window-ending', local(16, 55)]]);
    host.timers.jump(HOUR);
    host.app.services.scheduler.onClockJump();
    expect(shownOf(host).map((n) => [n.kind, n.at])).toEqual([
      ['window-ending', local(16, 55)],
      ['wrap-up', local(17, 55)],
    ]);
    expect(host.app.store.getNudgeLog().find((n) => n.kind === 'off-hours-work')).toMatchObject({ at: local(17, 55), choice: 'folded' });
    expect(host.timers.pending).toBe(1);
  });

  it('a change of settings reschedules: a cap lowered under what is logged brings cap-reached at once', async () => {
    host = makeTestHost({ start: local(10), storage: 'memory' });
    host.app.start();
    await host.call('timer.start', { categoryId: 'work' });
    host.timers.runTo(local(12));
    expect(shownOf(host)).toEqual([]);
    await host.call('settings.update', { weeklyCapMinutes: 60 });
    host.timers.advance(0);
    expect(shownOf(host).map((n) => [n.kind, n.at])).toEqual([['cap-reached', local(12)]]);
  });

  it('dispose clears the pending timer: nothing fires after', async () => {
    host = makeTestHost({ start: local(10), storage: 'memory' });
    host.app.start();
    await host.call('timer.start', { categoryId: 'work' });
    host.app.dispose();
    expect(host.timers.pending).toBe(0);
    host.timers.runTo(local(18));
    expect(host.events.filter((e) => e.name === 'timer.tick' || e.name === 'nudge')).toEqual([]);
  });
});
