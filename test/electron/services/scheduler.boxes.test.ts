// A planned day driven through the real scheduler on fake timers: each box's nudges come once, at their instants, with
// the box they are about; Start on a nudge starts that box's timer, through the locks.
import { afterEach, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../shared/contract';
import { addDays, fromLocal } from '../../../shared/domain/time';
import { MINUTE, makeTestHost, type TestHost } from '../../support/testHost';

const TZ = 'Europe/Berlin';
/** Tuesday 24 Nov 2026 (UTC+1), `day` days on, at local h:m. */
const local = (h: number, m = 0, day = 0) => fromLocal(addDays({ year: 2026, month: 11, day: 24 }, day), h, m, TZ);

type Nudge = EventPayload<'nudge'>;
const shownOf = (host: TestHost) => host.events.filter((e) => e.name === 'nudge').map((e) => e.payload as Nudge);
const boxNudges = (host: TestHost) => shownOf(host).filter((n) => n.kind.startsWith('box-'));
const lastOf = (host: TestHost, kind: Nudge['kind']) => shownOf(host).filter((n) => n.kind === kind).at(-1)!;

/**
 * A run at 07:00, work 09:00–12:00 and 13:00–17:00 (a weekday series), family 18:00–20:00, planned before the app
 * starts at 05:30. Quiet hours end at 06:00 here, so the run's nudge is not held back to the end of the default 07:00.
 */
async function plannedDay(): Promise<TestHost> {
  const host = makeTestHost({ start: local(5, 30), storage: 'memory' });
  await host.call('settings.update', { quietHours: { start: '22:00', end: '06:00' } });
  await host.call('plan.add', { categoryId: 'fitness', start: local(7), end: local(7, 45), title: 'Run' });
  await host.call('plan.add', { categoryId: 'work', start: local(9), end: local(12), repeat: [1, 2, 3, 4, 5] });
  await host.call('plan.add', { categoryId: 'work', start: local(13), end: local(17), repeat: [1, 2, 3, 4, 5] });
  await host.call('plan.add', { categoryId: 'family', start: local(18), end: local(20) });
  host.app.start();
  return host;
}

describe('box nudges through a planned day', () => {
  let host: TestHost;
  afterEach(() => host?.cleanup());

  it('run 07:00, work 09–12 and 13–17, family 18–20, each box started from its nudge but family: 4 box-starting 5 min before, 2 box-ending at 12:00 and 17:00 while working, 1 box-missed for family at 20:05', async () => {
    host = await plannedDay();
    const act = (kind: Nudge['kind'], action: 'start' | 'stop') => host.call('nudges.act', { id: lastOf(host, kind).id, action });

    host.timers.runTo(local(6, 58));
    await act('box-starting', 'start');
    host.timers.runTo(local(7, 45));
    await host.call('timer.stop', {});
    host.timers.runTo(local(9));
    await act('box-starting', 'start');
    host.timers.runTo(local(12));
    await act('box-ending', 'stop');
    host.timers.runTo(local(13));
    await act('box-starting', 'start');
    host.timers.runTo(local(17, 5));
    await host.call('timer.stop', {});
    host.timers.runTo(local(23, 59));

    expect(boxNudges(host).map((n) => [n.kind, n.at])).toEqual([
      ['box-starting', local(6, 55)],
      ['box-starting', local(8, 55)],
      ['box-ending', local(12)],
      ['box-starting', local(12, 55)],
      // 17:00 is 10 minutes after the window-ending nudge: it waits out the spacing, the wrap-up folded into it.
      ['box-ending', local(17, 5)],
      ['box-starting', local(17, 55)],
      ['box-missed', local(20, 5)],
    ]);
    const [run, morning, ...rest] = boxNudges(host);
    expect(run).toMatchObject({ text: '“Run” (Fitness, 07:00–07:45) starts in 5 minutes.', actions: ['start', 'snooze-day'], ref: { categoryId: 'fitness', start: local(7) } });
    expect(morning).toMatchObject({ text: 'Your Work box (09:00–12:00) starts in 5 minutes.', ref: { boxId: expect.stringMatching(/@2026-11-24$/), categoryId: 'work' } });
    expect(rest.find((n) => n.kind === 'box-ending')).toMatchObject({ text: 'Your Work box (09:00–12:00) ends now and the work timer is still running. Time to wrap up.', actions: ['stop', 'snooze-15'] });
    expect(rest.find((n) => n.kind === 'box-missed')).toMatchObject({
      text: 'Your Family box (18:00–20:00) passed with no family time logged. Log it if it happened, or plan another time.',
      actions: ['open', 'snooze-day'],
    });
    // What the Starts did: the run and both work blocks logged from the moment chosen; the choices kept on the nudges.
    expect(host.app.store.getEntries().map((e) => [e.categoryId, e.start, e.end])).toEqual([
      ['fitness', local(6, 58), local(7, 45)],
      ['work', local(9), local(12)],
      ['work', local(13), local(17, 5)],
    ]);
    expect(host.app.store.getNudgeLog().filter((r) => r.kind.startsWith('box-')).map((r) => r.choice ?? '-')).toEqual(['start', 'start', 'stop', 'start', '-', '-', '-']);
    // The day's other nudges are the window's own: nothing else was said about the boxes, and nothing in quiet hours.
    expect(host.app.store.getNudgeLog().filter((n) => !n.kind.startsWith('box-')).map((n) => [n.kind, n.choice ?? '-'])).toEqual([
      ['window-ending', '-'],
      ['wrap-up', 'folded'],
      ['off-hours-work', 'folded'],
    ]);
    expect(host.timers.pending).toBe(1);
  });

  it('the run skipped, no work timer at 12:00 or 17:00, family time logged in its box: 4 box-starting, 0 box-ending, 1 box-missed (the run’s, at 07:50)', async () => {
    host = await plannedDay();
    host.timers.runTo(local(9, 30));
    await host.call('timer.start', { categoryId: 'work' });
    host.timers.runTo(local(11, 30));
    await host.call('timer.stop', {});
    host.timers.runTo(local(14));
    await host.call('timer.start', { categoryId: 'fitness' });
    host.timers.runTo(local(17, 30));
    await host.call('timer.stop', {});
    await host.call('entries.add', { categoryId: 'family', start: local(18, 30), end: local(19, 30) });
    host.timers.runTo(local(23, 59));
    const counts = (kind: string) => boxNudges(host).filter((n) => n.kind === kind).length;
    expect([counts('box-starting'), counts('box-ending'), counts('box-missed')]).toEqual([4, 0, 1]);
    expect(boxNudges(host).find((n) => n.kind === 'box-missed')).toMatchObject({ at: local(7, 50), text: expect.stringContaining('“Run” (Fitness, 07:00–07:45) passed with no fitness logged') });
  });
});

describe('nudges.act start', () => {
  let host: TestHost;
  afterEach(() => host?.cleanup());

  it('starts the box’s category, switching from another timer; the choice and the occurrence are kept on the nudge', async () => {
    host = await plannedDay();
    host.timers.runTo(local(8, 30));
    await host.call('timer.start', { categoryId: 'fitness' });
    host.timers.runTo(local(8, 56));
    const nudge = lastOf(host, 'box-starting');
    const answered = await host.call('nudges.act', { id: nudge.id, action: 'start' });
    expect(answered).toMatchObject({ id: nudge.id, choice: 'start', ref: nudge.ref });
    expect(host.app.store.getTimer()).toMatchObject({ categoryId: 'work', start: local(8, 56) });
    expect(host.app.store.getEntries().at(-1)).toMatchObject({ categoryId: 'fitness', start: local(8, 30), end: local(8, 56) });
    // A second Start while that box's category runs leaves the timer as it is.
    const running = host.app.store.getTimer();
    host.timers.advance(MINUTE);
    await host.call('nudges.act', { id: nudge.id, action: 'start' });
    expect(host.app.store.getTimer()).toEqual(running);
  });

  it('a hard-lock refusal is answered as the lock’s error: no timer, the nudge unanswered, and why in words', async () => {
    host = await plannedDay();
    await host.call('settings.update', { lockMode: 'hard' });
    host.timers.runTo(local(9));
    // Under the hard lock the work box's nudge waits for the window to open: its Start is allowed then.
    const nudge = lastOf(host, 'box-starting');
    expect(nudge).toMatchObject({ at: local(9), text: 'Your Work box (09:00–12:00) starts now.' });
    // Answered only in the evening, from the notification centre: the window has closed.
    host.timers.runTo(local(17, 30));
    const result = await host.app.router.call('nudges.act', { id: nudge.id, action: 'start' });
    expect(result).toMatchObject({ ok: false, error: { code: 'locked', message: expect.stringContaining("It's outside your work windows; the next one opens tomorrow at 09:00.") } });
    expect(host.app.store.getTimer()).toBeNull();
    expect(host.app.store.getNudgeLog().find((r) => r.id === nudge.id)?.choice).toBeUndefined();
  });

  it('Start on a nudge that is not about a box is a bad request and changes nothing', async () => {
    host = makeTestHost({ start: local(16), storage: 'memory' });
    host.app.start();
    await host.call('timer.start', { categoryId: 'work' });
    host.timers.runTo(local(16, 50));
    const nudge = lastOf(host, 'window-ending');
    expect(await host.app.router.call('nudges.act', { id: nudge.id, action: 'start' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(host.app.store.getTimer()).toMatchObject({ categoryId: 'work', start: local(16) });
  });
});
