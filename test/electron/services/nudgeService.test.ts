// Nudges shown and answered: every one recorded, notified with the actions that fit its kind, pushed; the choice
// kept on the record and applied (stop, snooze).
import { afterEach, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../shared/contract';
import { addDays, fromLocal } from '../../../shared/domain/time';
import { MINUTE, makeTestHost, type TestHost } from '../../support/testHost';

const TZ = 'Europe/Berlin';
/** Tuesday 24 Nov 2026 (UTC+1), `day` days on, at local h:m. */
const local = (h: number, m = 0, day = 0) => fromLocal(addDays({ year: 2026, month: 11, day: 24 }, day), h, m, TZ);

const shownOf = (host: TestHost) => host.events.filter((e) => e.name === 'nudge').map((e) => e.payload as EventPayload<'nudge'>);

/** A work timer from 16:00; the host run to the window-ending nudge at 16:50. */
async function atWindowEnding(notified: unknown[] = []): Promise<TestHost> {
  const host = makeTestHost({ start: local(16), storage: 'memory', notifier: { notify: (n) => notified.push(n) } });
  host.app.start();
  await host.call('timer.start', { categoryId: 'work' });
  host.timers.runTo(local(16, 50));
  return host;
}

describe('NudgeService', () => {
  let host: TestHost;
  afterEach(() => host?.cleanup());

  it('a nudge shown is recorded, notified with the actions that fit its kind, and pushed, all with one id', async () => {
    const notified: unknown[] = [];
    host = await atWindowEnding(notified);
    const [record] = host.app.store.getNudgeLog();
    expect(record).toMatchObject({ kind: 'window-ending', at: local(16, 50) });
    expect(record!.choice).toBeUndefined();
    expect(notified).toEqual([{ id: record!.id, kind: 'window-ending', text: record!.text, actions: ['stop', 'snooze-15', 'open'] }]);
    expect(shownOf(host)).toEqual([{ ...record, actions: ['stop', 'snooze-15', 'open'] }]);
    expect(await host.call('nudges.log', { from: local(0), to: local(0, 0, 1) })).toEqual([record]);
  });

  it('stop: the running timer ends at the instant chosen, and the nudge records the choice', async () => {
    host = await atWindowEnding();
    const [record] = host.app.store.getNudgeLog();
    host.timers.advance(2 * MINUTE);
    const answered = await host.call('nudges.act', { id: record!.id, action: 'stop' });
    expect(answered).toMatchObject({ id: record!.id, choice: 'stop' });
    expect(host.app.store.getTimer()).toBeNull();
    expect(host.app.store.getEntries()[0]).toMatchObject({ start: local(16), end: local(16, 52) });
    expect(host.app.store.getNudgeLog()[0]!.choice).toBe('stop');
    // Nothing after: the timer that called for the evening's nudges is gone.
    host.timers.runTo(local(20));
    expect(shownOf(host).map((n) => n.kind)).toEqual(['window-ending']);
  });

  it('stop answered after the timer it was about gave way to another (a notification left in the system tray) leaves the new timer running', async () => {
    host = await atWindowEnding();
    const [record] = host.app.store.getNudgeLog();
    host.timers.advance(2 * MINUTE);
    // Switched to fitness at 16:52: the work timer the nudge was about is an entry now.
    await host.call('timer.start', { categoryId: 'fitness' });
    host.timers.advance(5 * MINUTE);
    const answered = await host.call('nudges.act', { id: record!.id, action: 'stop' });
    expect(answered).toMatchObject({ id: record!.id, choice: 'stop' });
    expect(host.app.store.getTimer()).toMatchObject({ categoryId: 'fitness', start: local(16, 52) });
  });

  it('boundaries met together come as one nudge, the most pressing first and the others folded in; the next waits out the spacing', async () => {
    host = makeTestHost({ start: local(16, 59), storage: 'memory' });
    host.app.start();
    await host.call('timer.start', { categoryId: 'work' });
    host.timers.runTo(local(17, 30));
    // 16:59 the window's end; wrap-up and off-hours are due at 17:00 but wait the 15 minutes between two nudges.
    const shown = shownOf(host);
    expect(shown.map((n) => [n.kind, n.at])).toEqual([
      ['window-ending', local(16, 59)],
      ['wrap-up', local(17, 14)],
    ]);
    expect(shown[1]!.text).toMatch(/ Also: .*work timer is still running/i);
    // Each boundary is in the log once, so the folded one does not come again on its own.
    const log = host.app.store.getNudgeLog();
    expect(log.map((n) => [n.kind, n.at, n.choice])).toEqual([
      ['window-ending', local(16, 59), undefined],
      ['wrap-up', local(17, 14), undefined],
      ['off-hours-work', local(17, 14), 'folded'],
    ]);
  });

  it('snooze-60 on a nudge holds back its kind and the kinds folded into it for an hour', async () => {
    host = makeTestHost({ start: local(16, 59), storage: 'memory' });
    host.app.start();
    await host.call('timer.start', { categoryId: 'work' });
    host.timers.runTo(local(17, 14));
    const wrapUp = host.app.store.getNudgeLog().find((n) => n.kind === 'wrap-up')!;
    await host.call('nudges.act', { id: wrapUp.id, action: 'snooze-60' });
    expect(host.app.store.getSnoozes()).toEqual([
      { until: local(18, 14), kind: 'wrap-up' },
      { until: local(18, 14), kind: 'off-hours-work' },
    ]);
    expect(host.app.store.getNudgeLog().find((n) => n.id === wrapUp.id)?.choice).toBe('snooze-60');
    // A new timer in the same off-hours stretch is a new crossing, held back until the snooze ends.
    await host.call('timer.start', { categoryId: 'fitness' });
    host.timers.runTo(local(17, 30));
    await host.call('timer.start', { categoryId: 'work' });
    host.timers.runTo(local(19));
    expect(shownOf(host).filter((n) => n.kind === 'off-hours-work').map((n) => n.at)).toEqual([local(18, 14)]);
  });

  it('snooze-day lasts to local midnight; dismiss and open are recorded as chosen; expired snoozes are dropped', async () => {
    host = await atWindowEnding();
    const [record] = host.app.store.getNudgeLog();
    await host.call('nudges.act', { id: record!.id, action: 'snooze-day' });
    expect(host.app.store.getSnoozes()).toEqual([{ until: local(0, 0, 1), kind: 'window-ending' }]);
    expect((await host.call('nudges.act', { id: record!.id, action: 'dismiss' })).choice).toBe('dismissed');
    expect((await host.call('nudges.act', { id: record!.id, action: 'open' })).choice).toBe('open');
    host.timers.runTo(local(9, 0, 2));
    await host.call('nudges.act', { id: record!.id, action: 'snooze-15' });
    expect(host.app.store.getSnoozes()).toEqual([{ until: local(9, 15, 2), kind: 'window-ending' }]);
  });

  it('acting on a nudge that is not in the log is not-found', async () => {
    host = makeTestHost({ start: local(10), storage: 'memory' });
    expect(await host.app.router.call('nudges.act', { id: 'nope', action: 'stop' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
