// Time away from a running timer: noticed from the idle probe, sleep and the lock screen, or a gap in the heartbeat
// (the app closed); asked when the person is back; answered keep, discard or move.
import { afterEach, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../shared/contract';
import { addDays, fromLocal } from '../../../shared/domain/time';
import type { IdleQuestion } from '../../../shared/model';
import { HOUR, MINUTE, makeTestHost, type TestHost } from '../../support/testHost';

const TZ = 'Europe/Berlin';
/** Tuesday 24 Nov 2026 (UTC+1), `day` days on, at local h:m. */
const local = (h: number, m = 0, day = 0) => fromLocal(addDays({ year: 2026, month: 11, day: 24 }, day), h, m, TZ);

/** A person at the keyboard except during the stretches given: the probe answers like powerMonitor.getSystemIdleTime(). */
function person(away: Array<[number, number]>) {
  let host: TestHost | null = null;
  let asked = 0;
  return {
    attach: (h: TestHost) => (host = h),
    get asked() {
      return asked;
    },
    probe: {
      idleSeconds() {
        asked++;
        const now = host!.clock.now();
        const stretch = away.find(([from, to]) => from <= now && now < to);
        return stretch ? Math.floor((now - stretch[0]) / 1000) : 0;
      },
    },
  };
}

const questionsOf = (host: TestHost) => host.events.filter((e) => e.name === 'idle.question').map((e) => e.payload as IdleQuestion);

/** A work timer from 10:00 ('report'), the person away 10:20–11:05, the host run to 11:10. */
async function awayFromWork(storage: 'disk' | 'memory' = 'memory'): Promise<TestHost> {
  const someone = person([[local(10, 20), local(11, 5)]]);
  const host = makeTestHost({ start: local(10), idleProbe: someone.probe, storage });
  someone.attach(host);
  host.app.start();
  await host.call('timer.start', { categoryId: 'work', note: 'report' });
  host.timers.runTo(local(11, 10));
  return host;
}

describe('IdleService', () => {
  let host: TestHost;
  afterEach(() => host?.cleanup());

  it('past the 10-minute threshold the question comes when the person is back: 45 min away, 10:20 to 11:05, kept across a restart', async () => {
    host = await awayFromWork('disk');
    const asked = questionsOf(host);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ idleStart: local(10, 20), idleEnd: local(11, 5), minutes: 45, cause: 'idle', timer: { categoryId: 'work', start: local(10) } });
    expect(await host.call('idle.pending', {})).toEqual(asked[0]);
    const restarted = host.reopen();
    try {
      expect(await restarted.call('idle.pending', {})).toEqual(asked[0]);
    } finally {
      restarted.app.dispose();
    }
  });

  it('keep: nothing changes, the timer runs on from 10:00 and no entry is written', async () => {
    host = await awayFromWork();
    const answer = await host.call('idle.resolve', { choice: 'keep' });
    expect(answer).toMatchObject({ choice: 'keep', entries: [], timer: { start: local(10) } });
    expect(host.app.store.getEntries()).toEqual([]);
    expect(await host.call('idle.pending', {})).toBeNull();
    expect(host.events.some((e) => e.name === 'idle.resolved')).toBe(true);
  });

  it('discard: the entry ends at 10:20, when the person left, and no timer runs (a new start is theirs to make, through the lock)', async () => {
    host = await awayFromWork();
    const answer = await host.call('idle.resolve', { choice: 'discard' });
    expect(answer.timer).toBeNull();
    expect(host.app.store.getTimer()).toBeNull();
    expect(host.app.store.getEntries().map((e) => [e.categoryId, e.start, e.end, e.note])).toEqual([['work', local(10), local(10, 20), 'report']]);
    expect(answer.entries).toEqual(host.app.store.getEntries());
  });

  it('discard with an entry logged ahead inside the run: the entry is saved as a stop would save it, up to that entry', async () => {
    const someone = person([[local(10, 20), local(11, 5)]]);
    host = makeTestHost({ start: local(10), idleProbe: someone.probe });
    someone.attach(host);
    host.app.start();
    const ahead = await host.call('entries.add', { categoryId: 'family', start: local(10, 10), end: local(10, 15) });
    await host.call('timer.start', { categoryId: 'work', note: 'report' });
    host.timers.runTo(local(11, 10));
    const answer = await host.call('idle.resolve', { choice: 'discard' });
    expect(answer.timer).toBeNull();
    expect(host.app.store.getEntries().map((e) => [e.categoryId, e.start, e.end])).toEqual([
      ['work', local(10), local(10, 10)],
      ['family', ahead.start, ahead.end],
    ]);
  });

  it.each([
    // Past the entry, the rest of the time away moves too: the run no longer counted it, but the person was away.
    ['inside the time away', [10, 30, 10, 40], [['work', local(10), local(10, 20)], ['fitness', local(10, 20), local(10, 30)], ['fitness', local(10, 40), local(11, 5)]]],
    ['over the return', [11, 0, 11, 30], [['work', local(10), local(10, 20)], ['fitness', local(10, 20), local(11)]]],
    ['before the time away', [10, 10, 10, 15], [['work', local(10), local(10, 10)], ['fitness', local(10, 20), local(11, 5)]]],
  ] as const)('move with an entry logged ahead %s: every stretch of the time away no entry holds moves, and the timer runs on from the return', async (_, [h1, m1, h2, m2], expected) => {
    const someone = person([[local(10, 20), local(11, 5)]]);
    host = makeTestHost({ start: local(10), idleProbe: someone.probe });
    someone.attach(host);
    host.app.start();
    const ahead = await host.call('entries.add', { categoryId: 'family', start: local(h1, m1), end: local(h2, m2) });
    await host.call('timer.start', { categoryId: 'work', note: 'report' });
    host.timers.runTo(local(11, 10));
    const answer = await host.call('idle.resolve', { choice: 'move', categoryId: 'fitness' });
    expect(answer.timer).toMatchObject({ categoryId: 'work', start: local(11, 5) });
    const rows = host.app.store.getEntries().map((e) => [e.categoryId, e.start, e.end]);
    expect(rows).toEqual([...expected, ['family', ahead.start, ahead.end]].sort((a, b) => (a[1] as number) - (b[1] as number)));
  });

  it('moved into work in stretches (an entry inside the time away), the lock judges them together: 2 × 20 min over a 30-min daily cap is refused, and nothing changes', async () => {
    const someone = person([[local(10, 10), local(11)]]);
    host = makeTestHost({ start: local(10), idleProbe: someone.probe, storage: 'memory' });
    someone.attach(host);
    await host.call('settings.update', { lockMode: 'hard', dailyCapMinutes: 30 });
    host.app.start();
    await host.call('entries.add', { categoryId: 'family', start: local(10, 30), end: local(10, 40) });
    await host.call('timer.start', { categoryId: 'fitness' });
    host.timers.runTo(local(11, 5));
    const refused = await host.app.router.call('idle.resolve', { choice: 'move', categoryId: 'work' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(host.app.store.getEntries().map((e) => e.categoryId)).toEqual(['family']);
    expect(host.app.services.idle.pending()).not.toBeNull();
  });

  it('a zero-length entry inside the time away does not split the move', async () => {
    const someone = person([[local(10, 20), local(11, 5)]]);
    host = makeTestHost({ start: local(10), idleProbe: someone.probe, storage: 'memory' });
    someone.attach(host);
    host.app.start();
    await host.call('timer.start', { categoryId: 'work' });
    host.app.store.applyEntries({ put: [{ id: 'blink', categoryId: 'family', start: local(10, 40), end: local(10, 40), note: '', tags: [], source: 'manual' }] });
    host.timers.runTo(local(11, 10));
    await host.call('idle.resolve', { choice: 'move', categoryId: 'fitness' });
    expect(host.app.store.getEntries().filter((e) => e.categoryId === 'fitness').map((e) => [e.start, e.end])).toEqual([[local(10, 20), local(11, 5)]]);
  });

  it('move: 10:20–11:05 becomes a Fitness entry, the work before it is saved, and the work timer runs on from 11:05', async () => {
    host = await awayFromWork();
    const answer = await host.call('idle.resolve', { choice: 'move', categoryId: 'fitness' });
    expect(host.app.store.getEntries().map((e) => [e.categoryId, e.start, e.end, e.source])).toEqual([
      ['work', local(10), local(10, 20), 'timer'],
      ['fitness', local(10, 20), local(11, 5), 'idle'],
    ]);
    expect(answer.timer).toMatchObject({ categoryId: 'work', start: local(11, 5), note: 'report' });
    expect(host.app.store.getTimer()).toEqual(answer.timer);
    host.timers.advance(MINUTE);
    expect((await host.call('summary.week', {})).minutes).toMatchObject({ fitness: 45, work: 20 + 6 });
  });

  it('move needs an active category other than the timer’s, and a hard lock refusing the work it would add changes nothing', async () => {
    host = await awayFromWork();
    expect(await host.app.router.call('idle.resolve', { choice: 'move' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await host.app.router.call('idle.resolve', { choice: 'move', categoryId: 'work' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await host.app.router.call('idle.resolve', { choice: 'move', categoryId: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(host.app.services.idle.pending()).not.toBeNull();
    expect(host.app.store.getTimer()?.start).toBe(local(10));

    // An evening walk timer, left running; the time away moved into work, off-hours, under a hard lock.
    const walker = person([[local(19, 10), local(19, 40)]]);
    const evening = makeTestHost({ start: local(19), idleProbe: walker.probe, storage: 'memory' });
    walker.attach(evening);
    try {
      await evening.call('settings.update', { lockMode: 'hard' });
      evening.app.start();
      await evening.call('timer.start', { categoryId: 'fitness' });
      evening.timers.runTo(local(19, 45));
      const refused = await evening.app.router.call('idle.resolve', { choice: 'move', categoryId: 'work' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'locked' } });
      expect(evening.app.store.getEntries()).toEqual([]);
      expect(evening.app.store.getTimer()?.start).toBe(local(19));
      expect(evening.app.services.idle.pending()).toMatchObject({ idleStart: local(19, 10), idleEnd: local(19, 40) });
    } finally {
      evening.cleanup();
    }
  });

  it('stopped by the hard lock at 17:00 while the person was away from 16:30: asked on return about 16:30–17:00; move splits the saved entry, no timer restarts', async () => {
    const someone = person([[local(16, 30), local(18)]]);
    host = makeTestHost({ start: local(15), idleProbe: someone.probe, storage: 'memory' });
    someone.attach(host);
    await host.call('settings.update', { lockMode: 'hard' });
    host.app.start();
    await host.call('timer.start', { categoryId: 'work' });
    host.timers.runTo(local(18, 5));
    expect(host.app.store.getTimer()).toBeNull();
    expect(questionsOf(host).map((q) => [q.idleStart, q.idleEnd, q.minutes])).toEqual([[local(16, 30), local(17), 30]]);
    const answer = await host.call('idle.resolve', { choice: 'move', categoryId: 'fitness' });
    expect(answer.timer).toBeNull();
    expect(host.app.store.getEntries().map((e) => [e.categoryId, e.start, e.end])).toEqual([
      ['work', local(15), local(16, 30)],
      ['fitness', local(16, 30), local(17)],
    ]);
  });

  it('shorter than the threshold asks nothing: 8 minutes without input, a 5-minute screen lock', async () => {
    const someone = person([[local(10, 20), local(10, 28)]]);
    host = makeTestHost({ start: local(10), idleProbe: someone.probe, storage: 'memory' });
    someone.attach(host);
    host.app.start();
    await host.call('timer.start', { categoryId: 'work' });
    host.timers.runTo(local(10, 40));
    host.app.services.idle.onLockScreen(local(10, 40));
    host.timers.runTo(local(10, 45));
    host.app.services.idle.onUnlockScreen(local(10, 45));
    host.timers.runTo(local(11));
    expect(questionsOf(host)).toEqual([]);
    expect(await host.call('idle.pending', {})).toBeNull();
  });

  it('the probe is asked only while a timer runs: 0 times in an hour without one, once a minute with one', async () => {
    const someone = person([]);
    host = makeTestHost({ start: local(10), idleProbe: someone.probe, storage: 'memory' });
    someone.attach(host);
    host.app.start();
    host.timers.runTo(local(11));
    expect(someone.asked).toBe(0);
    await host.call('timer.start', { categoryId: 'work' });
    host.timers.runTo(local(12));
    expect(someone.asked).toBe(60);
    await host.call('timer.stop', {});
    host.timers.runTo(local(13));
    expect(someone.asked).toBe(60);
    expect(host.timers.peak).toBe(1);
  });

  it('asleep with a timer running (suspend 12:00, resume 13:00): the question comes on resume, cause sleep', async () => {
    host = makeTestHost({ start: local(10), storage: 'memory' });
    host.app.start();
    await host.call('timer.start', { categoryId: 'work' });
    host.timers.runTo(local(12));
    host.app.services.idle.onSuspend();
    host.timers.jump(HOUR);
    host.app.services.idle.onResume();
    host.app.services.scheduler.onResume();
    host.timers.advance(5 * MINUTE);
    expect(questionsOf(host).map((q) => [q.idleStart, q.idleEnd, q.cause])).toEqual([[local(12), local(13), 'sleep']]);
  });

  it('a sleep the host did not report shows as a gap in the heartbeat: asked at the first tick after waking (the browser host’s case)', async () => {
    host = makeTestHost({ start: local(10), storage: 'memory' });
    host.app.start();
    await host.call('timer.start', { categoryId: 'work' });
    host.timers.runTo(local(12));
    host.timers.jump(40 * MINUTE);
    host.timers.advance(MINUTE);
    const asked = questionsOf(host);
    expect(asked.map((q) => [q.idleStart, q.idleEnd, q.cause])).toEqual([[local(12), local(12, 41), 'sleep']]);
  });

  it('the app closed with a timer running: at the next start the question comes from the last heartbeat, and discard ends the entry there', async () => {
    host = makeTestHost({ start: local(10) });
    host.app.start();
    const timer = await host.call('timer.start', { categoryId: 'work' });
    host.timers.runTo(local(11, 30) + 20_000);
    // Killed at 11:30:20; the last heartbeat was the 11:30 tick. Started again at 14:00.
    host.app.dispose();
    host.clock.set(local(14));
    const next = host.reopen();
    try {
      const asked: IdleQuestion[] = [];
      next.app.bus.subscribe((name, payload) => {
        if (name === 'idle.question') asked.push(payload as EventPayload<'idle.question'>);
      });
      next.app.start();
      expect(asked).toEqual([expect.objectContaining({ idleStart: local(11, 30), idleEnd: local(14), minutes: 150, cause: 'closed' })]);
      await next.call('idle.resolve', { choice: 'discard' });
      expect(next.app.store.getEntries().map((e) => [e.id, e.start, e.end])).toEqual([[timer.id, local(10), local(11, 30)]]);
    } finally {
      next.app.dispose();
    }
  });

  it('a closed gap under the threshold asks nothing, and no timer means no heartbeat at all', async () => {
    host = makeTestHost({ start: local(10) });
    host.app.start();
    host.timers.runTo(local(11));
    expect(host.app.store.getPresence().heartbeat).toBeNull();
    await host.call('timer.start', { categoryId: 'work' });
    host.timers.runTo(local(11, 5));
    host.app.dispose();
    host.clock.set(local(11, 12));
    const next = host.reopen();
    try {
      next.app.start();
      expect(next.app.services.idle.pending()).toBeNull();
      expect(next.app.store.getPresence().heartbeat).toMatchObject({ at: local(11, 12) });
    } finally {
      next.app.dispose();
    }
  });

  it('answering when nothing is asked is not-found', async () => {
    host = makeTestHost({ start: local(10) });
    expect(await host.app.router.call('idle.resolve', { choice: 'keep' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
