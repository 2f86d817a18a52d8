import { afterEach, describe, expect, it } from 'vitest';
import { HOUR, MINUTE, makeTestHost, type TestHost } from '../../support/testHost';

// Tuesday 24 Nov 2026 in Berlin (UTC+1): the default window is 09:00–17:00.
const EVENING = Date.UTC(2026, 10, 24, 19, 0); // 20:00 local
const MORNING = Date.UTC(2026, 10, 24, 9, 0); // 10:00 local

describe('LockGate through the router', () => {
  let host: TestHost;
  afterEach(() => host?.cleanup());

  it('soft mode: work off-hours needs a typed reason, which is kept on the entry', async () => {
    host = makeTestHost({ start: EVENING });
    await host.call('settings.update', { lockMode: 'soft' });
    const bare = await host.app.router.call('timer.start', { categoryId: 'work' });
    expect(bare).toMatchObject({ ok: false, error: { code: 'needs-reason' } });
    expect(host.app.store.getTimer()).toBeNull();
    const timer = await host.call('timer.start', { categoryId: 'work', reason: 'server is down' });
    expect(timer.overrideReason).toBe('server is down');
    host.clock.advance(30 * MINUTE);
    const entry = await host.call('timer.stop', {});
    expect(entry?.overrideReason).toBe('server is down');
  });

  it('hard mode: an off-hours start is refused with the next allowed instant, and nothing is written', async () => {
    host = makeTestHost({ start: EVENING });
    await host.call('settings.update', { lockMode: 'hard' });
    const refused = await host.app.router.call('timer.start', { categoryId: 'work', reason: 'please' });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('locked');
    expect(refused.error.details?.nextAllowedAt).toBe(Date.UTC(2026, 10, 25, 8, 0)); // Wednesday 09:00 local
    expect(refused.error.message.length).toBeGreaterThan(10);
    expect(host.app.store.getTimer()).toBeNull();
    const fitness = await host.call('timer.start', { categoryId: 'fitness' });
    expect(fitness.categoryId).toBe('fitness');
  });

  it('hard mode: a manual work entry off-hours is refused, inside the window accepted', async () => {
    host = makeTestHost({ start: MORNING + 6 * HOUR });
    await host.call('settings.update', { lockMode: 'hard' });
    const late = await host.app.router.call('entries.add', { categoryId: 'work', start: EVENING - 2 * HOUR, end: EVENING - HOUR });
    expect(late).toMatchObject({ ok: false, error: { code: 'locked' } });
    const inside = await host.call('entries.add', { categoryId: 'work', start: MORNING, end: MORNING + HOUR });
    expect(inside.end - inside.start).toBe(HOUR);
    expect(host.app.store.getEntries()).toHaveLength(1);
  });

  it('an edit is judged by what it adds: a note fix on an off-hours entry passes a hard lock', async () => {
    host = makeTestHost({ start: EVENING });
    const entry = await host.call('entries.add', { categoryId: 'work', start: EVENING - HOUR, end: EVENING - 30 * MINUTE });
    await host.call('settings.update', { lockMode: 'hard' });
    const fixed = await host.call('entries.update', { id: entry.id, note: 'incident' });
    expect(fixed.note).toBe('incident');
    const longer = await host.app.router.call('entries.update', { id: entry.id, end: EVENING });
    expect(longer).toMatchObject({ ok: false, error: { code: 'locked' } });
  });

  it('locks.check answers the decision without doing anything', async () => {
    host = makeTestHost({ start: EVENING });
    await host.call('settings.update', { lockMode: 'hard' });
    const decision = await host.call('locks.check', { action: 'start', categoryId: 'work' });
    expect(decision.verdict).toBe('blocked');
    expect(decision.reasons.length).toBeGreaterThan(0);
    expect(host.app.store.getTimer()).toBeNull();
  });
});

describe('a work run carried past the hard lock by an unlock asked mid-run', () => {
  let host: TestHost;
  afterEach(() => host?.cleanup());

  // Tuesday 16:00 Berlin, inside the 09:00–17:00 window, hard mode, no cool-down.
  const running = async () => {
    host = makeTestHost({ start: Date.UTC(2026, 10, 24, 15, 0) });
    await host.call('settings.update', { lockMode: 'hard', unlockCooldownSeconds: 0 });
    const timer = await host.call('timer.start', { categoryId: 'work' });
    expect(timer.overrideReason).toBeUndefined();
  };

  it('keeps the unlock’s reason on the saved entry, as a run started under one does', async () => {
    await running();
    host.clock.advance(30 * MINUTE); // 16:30
    await host.call('locks.unlock', { reason: 'finish the release', minutes: 60, lifts: ['windows'] });
    host.clock.advance(HOUR); // 17:30, past the window's end, inside the unlock
    const entry = await host.call('timer.stop', {});
    expect(entry).toMatchObject({ start: Date.UTC(2026, 10, 24, 15, 0), end: Date.UTC(2026, 10, 24, 16, 30), overrideReason: 'finish the release' });
  });

  it('a run stopped before the window’s end keeps no reason, though an unlock was asked', async () => {
    await running();
    await host.call('locks.unlock', { reason: 'just in case', minutes: 60, lifts: ['windows'] });
    host.clock.advance(30 * MINUTE);
    const entry = await host.call('timer.stop', {});
    expect(entry?.overrideReason).toBeUndefined();
  });

  it('an unlock of another rule (the weekly cap) is not the reason a run went past the window', async () => {
    await running();
    await host.call('locks.unlock', { reason: 'cap only', minutes: 120, lifts: ['weekly-cap'] });
    host.clock.advance(90 * MINUTE);
    const entry = await host.call('timer.stop', {});
    // Saved to 17:30 (no app here makes the stop at 17:00), past the window: no unlock of the windows let it.
    expect(entry).toMatchObject({ end: Date.UTC(2026, 10, 24, 16, 30) });
    expect(entry?.overrideReason).toBeUndefined();
  });
});
