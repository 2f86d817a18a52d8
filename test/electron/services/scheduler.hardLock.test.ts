// Hard mode through the scheduler: a running work timer ends at the lock's instant, to the second — on time, after
// a late wake, and after the app was closed through it.
import { afterEach, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../shared/contract';
import { addDays, fromLocal } from '../../../shared/domain/time';
import { MINUTE, makeTestHost, type TestHost } from '../../support/testHost';

const TZ = 'Europe/Berlin';
/** Tuesday 24 Nov 2026 (UTC+1), `day` days on, at local h:m. */
const local = (h: number, m = 0, day = 0) => fromLocal(addDays({ year: 2026, month: 11, day: 24 }, day), h, m, TZ);
const SECOND = 1000;

const shownOf = (host: TestHost) => host.events.filter((e) => e.name === 'nudge').map((e) => e.payload as EventPayload<'nudge'>);

describe('Scheduler: the hard lock stops a running work timer', () => {
  let host: TestHost;
  afterEach(() => host?.cleanup());

  it('at the weekly cap to the second, then says so with a lock-stopped nudge', async () => {
    const notified: Array<{ kind: string; actions: string[] }> = [];
    host = makeTestHost({ start: local(9, 0, -1), storage: 'memory', notifier: { notify: (n) => notified.push(n) } });
    // Monday: 90 minutes logged. The cap is 4 h, so Tuesday's timer may run 2 h 30 min.
    await host.call('entries.add', { categoryId: 'work', start: local(9, 0, -1), end: local(10, 30, -1) });
    await host.call('settings.update', { weeklyCapMinutes: 4 * 60, lockMode: 'hard' });
    host.clock.set(local(9, 12) + 34 * SECOND);
    host.app.start();
    const timer = await host.call('timer.start', { categoryId: 'work' });
    host.timers.runTo(local(13));

    const capAt = timer.start + 150 * MINUTE; // 11:42:34
    expect(host.app.store.getTimer()).toBeNull();
    expect(host.app.store.getEntries().find((e) => e.id === timer.id)).toMatchObject({ start: timer.start, end: capAt });
    const stopped = shownOf(host).filter((n) => n.kind === 'lock-stopped');
    expect(stopped).toEqual([expect.objectContaining({ at: capAt, actions: ['open'] })]);
    expect(stopped[0]!.text).toMatch(/weekly cap of 4 h/);
    expect(notified.filter((n) => n.kind === 'lock-stopped')).toHaveLength(1);
    expect(host.app.store.getNudgeLog().filter((r) => r.kind === 'lock-stopped')).toHaveLength(1);
  });

  it("at the window's end to the second, even when the machine slept through it and woke 90 min late", async () => {
    host = makeTestHost({ start: local(15) + 7 * SECOND, storage: 'memory' });
    await host.call('settings.update', { lockMode: 'hard' });
    host.app.start();
    const timer = await host.call('timer.start', { categoryId: 'work' });
    host.timers.runTo(local(16, 30));
    host.timers.jump(90 * MINUTE);
    host.timers.advance(MINUTE);

    expect(host.app.store.getTimer()).toBeNull();
    expect(host.app.store.getEntries().find((e) => e.id === timer.id)?.end).toBe(local(17));
    // Shown when the machine woke (the tick due at 16:30:07 fired 90 min late), recorded then; the entry keeps the true end.
    expect(shownOf(host).filter((n) => n.kind === 'lock-stopped').map((n) => n.at)).toEqual([local(18) + 7 * SECOND]);
  });

  it('when the app was closed while the timer should have stopped, the next start stops it at that instant', async () => {
    host = makeTestHost({ start: local(15) });
    await host.call('settings.update', { lockMode: 'hard' });
    host.app.start();
    const timer = await host.call('timer.start', { categoryId: 'work' });
    host.timers.runTo(local(16));
    host.app.dispose();
    // Closed at 16:00; opened again the next morning.
    host.clock.set(local(8, 0, 1));
    const next = host.reopen();
    try {
      expect(next.app.store.getTimer()?.id).toBe(timer.id);
      next.app.start();
      expect(next.app.store.getTimer()).toBeNull();
      expect(next.app.store.getEntries().find((e) => e.id === timer.id)?.end).toBe(local(17));
      expect(shownOf(next).map((n) => [n.kind, n.at])).toEqual([['lock-stopped', local(8, 0, 1)]]);
      // And the time it was not seen running is asked about, from its last heartbeat.
      expect(next.app.services.idle.pending()).toMatchObject({ idleStart: local(16), idleEnd: local(8, 0, 1), cause: 'closed' });
    } finally {
      next.app.dispose();
    }
  });

  it('a soft lock never stops a timer: it only nudges', async () => {
    host = makeTestHost({ start: local(15), storage: 'memory' });
    await host.call('settings.update', { lockMode: 'soft' });
    host.app.start();
    await host.call('timer.start', { categoryId: 'work' });
    host.timers.runTo(local(19));
    expect(host.app.store.getTimer()).not.toBeNull();
    expect(host.app.store.getNudgeLog().map((n) => n.kind)).toEqual(['window-ending', 'wrap-up', 'off-hours-work']);
    expect(host.timers.pending).toBe(1);
  });
});
