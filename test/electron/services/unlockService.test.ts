// Unlocks through the router: a reason, the cool-down, the chosen length, the log — and the hard lock back in force
// when the unlock ends.
import { afterEach, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../shared/contract';
import { addDays, fromLocal } from '../../../shared/domain/time';
import { MINUTE, makeTestHost, type TestHost } from '../../support/testHost';

const TZ = 'Europe/Berlin';
/** Tuesday 24 Nov 2026 (UTC+1), `day` days on, at local h:m. */
const local = (h: number, m = 0, day = 0) => fromLocal(addDays({ year: 2026, month: 11, day: 24 }, day), h, m, TZ);

async function hardHost(start: number): Promise<TestHost> {
  const host = makeTestHost({ start });
  await host.call('settings.update', { lockMode: 'hard' });
  host.app.start();
  return host;
}

describe('UnlockService', () => {
  let host: TestHost;
  afterEach(() => host?.cleanup());

  it('hard lock: a start outside the windows is refused with the reason and the next allowed instant (Wednesday 09:00)', async () => {
    host = await hardHost(local(18));
    const refused = await host.app.router.call('timer.start', { categoryId: 'work' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'locked', details: { nextAllowedAt: local(9, 0, 1) } } });
    if (!refused.ok) expect(refused.error.message).toMatch(/outside your work windows/);
    expect(host.app.store.getTimer()).toBeNull();
  });

  it('an unlock needs a reason: a blank one is refused and nothing is logged', async () => {
    host = await hardHost(local(18));
    const blank = await host.app.router.call('locks.unlock', { reason: '   ' });
    expect(blank).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(host.app.store.getUnlocks()).toEqual([]);
  });

  it('before the 60 s cool-down it is still locked (next allowed: when the unlock starts); after it, work starts with the unlock’s reason and stops when the 45 min end, to the second', async () => {
    host = await hardHost(local(18));
    const unlock = await host.call('locks.unlock', { reason: 'release tonight', minutes: 45 });
    expect(unlock).toMatchObject({ reason: 'release tonight', requestedAt: local(18), activeFrom: local(18, 1), activeUntil: local(18, 46) });
    expect(host.events.some((e) => e.name === 'data.changed' && (e.payload as EventPayload<'data.changed'>).what.includes('unlocks'))).toBe(true);

    host.timers.runTo(local(18) + 30_000);
    const early = await host.app.router.call('timer.start', { categoryId: 'work' });
    expect(early).toMatchObject({ ok: false, error: { code: 'locked', details: { nextAllowedAt: local(18, 1) } } });

    host.timers.runTo(local(18, 1));
    const timer = await host.call('timer.start', { categoryId: 'work' });
    expect(timer.overrideReason).toBe('release tonight');
    host.timers.runTo(local(20));

    const entry = host.app.store.getEntries().find((e) => e.id === timer.id);
    expect(entry).toMatchObject({ start: local(18, 1), end: local(18, 46), overrideReason: 'release tonight' });
    const stopped = host.events.filter((e) => e.name === 'nudge').map((e) => e.payload as EventPayload<'nudge'>).filter((n) => n.kind === 'lock-stopped');
    expect(stopped.map((n) => n.at)).toEqual([local(18, 46)]);
    expect(stopped[0]!.text).toMatch(/unlock ended at 18:46/);
  });

  it('the unlock log: locks.unlocks answers the waiting, then the active unlock, and every one asked for, newest first', async () => {
    host = await hardHost(local(18));
    const first = await host.call('locks.unlock', { reason: 'deploy' });
    expect(await host.call('locks.unlocks', {})).toEqual({ active: null, pending: first, unlocks: [first] });
    host.timers.runTo(local(18, 10));
    const second = await host.call('locks.unlock', { reason: 'hotfix', minutes: 5 });
    expect(first.activeUntil - first.activeFrom).toBe(30 * MINUTE);
    expect(await host.call('locks.unlocks', {})).toEqual({ active: first, pending: second, unlocks: [second, first] });
    const reopened = host.reopen();
    try {
      expect((await reopened.call('locks.unlocks', {})).unlocks).toEqual([second, first]);
    } finally {
      reopened.app.dispose();
    }
  });

  it('an unlock asked for a start outside the windows lifts only the windows: a day that would pass the cap is refused again', async () => {
    host = await hardHost(local(18));
    const refused = await host.app.router.call('timer.start', { categoryId: 'work' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'locked', details: { rules: 'windows' } } });
    const unlock = await host.call('locks.unlock', { reason: 'release tonight', lifts: ['windows'] });
    expect(unlock.lifts).toEqual(['windows']);
    host.timers.runTo(local(18, 1));
    // A cap of 20 h, 16 h of it already logged inside the windows on Monday and Tuesday.
    await host.call('settings.update', { weeklyCapMinutes: 20 * 60 });
    await host.call('entries.add', { categoryId: 'work', start: local(9, 0, -1), end: local(17, 0, -1) });
    await host.call('entries.add', { categoryId: 'work', start: local(9), end: local(17) });
    // Half an hour tonight, outside the windows: the unlock lets it through with its reason.
    const tonight = await host.call('entries.add', { categoryId: 'work', start: local(18, 2), end: local(18, 30) });
    expect(tonight.overrideReason).toBe('release tonight');
    // 5 h more on Monday evening would take the week to 21.5 h of 20: the unlock does not lift the cap.
    const past = await host.app.router.call('entries.add', { categoryId: 'work', start: local(17, 0, -1), end: local(22, 0, -1) });
    expect(past).toMatchObject({ ok: false, error: { code: 'locked', details: { rules: 'windows,weekly-cap' } } });
    if (!past.ok) expect(past.error.message).toMatch(/Your unlock lifts only the work windows, not the weekly cap\./);
  });

  it('End now ends an unlock at once: the lock is back, a running work timer stops, and the log keeps the unlock, ended', async () => {
    host = await hardHost(local(18));
    const unlock = await host.call('locks.unlock', { reason: 'deploy', lifts: ['windows'] });
    host.timers.runTo(local(18, 1));
    const timer = await host.call('timer.start', { categoryId: 'work' });
    host.timers.runTo(local(18, 10));
    const ended = await host.call('locks.endUnlock', { id: unlock.id });
    expect(ended).toMatchObject({ id: unlock.id, activeFrom: local(18, 1), activeUntil: local(18, 10) });
    host.timers.runTo(local(18, 11));
    expect(host.app.store.getTimer()).toBeNull();
    expect(host.app.store.getEntries().find((e) => e.id === timer.id)).toMatchObject({ end: local(18, 10) });
    expect(await host.call('locks.unlocks', {})).toEqual({ active: null, pending: null, unlocks: [ended] });
    expect(await host.app.router.call('timer.start', { categoryId: 'work' })).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await host.app.router.call('locks.endUnlock', { id: 'no-such-unlock' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
