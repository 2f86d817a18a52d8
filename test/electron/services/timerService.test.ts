import { afterEach, describe, expect, it } from 'vitest';
import { HOUR, MINUTE, makeTestHost, type TestHost } from '../../support/testHost';

describe('TimerService', () => {
  let host: TestHost;
  afterEach(() => host?.cleanup());

  it('a started timer is on disk at once: a restart finds it running from its original start', async () => {
    host = makeTestHost();
    const started = await host.call('timer.start', { categoryId: 'work', note: 'report' });
    host.clock.advance(2 * HOUR);
    const restarted = host.reopen();
    const snapshot = await restarted.call('app.snapshot', {});
    expect(snapshot.timer).toEqual(started);
    expect(snapshot.timer?.start).toBe(Date.UTC(2026, 10, 24, 9, 0));
  });

  it('stopping saves one entry with the timer id, its true start and the stop instant', async () => {
    host = makeTestHost();
    const timer = await host.call('timer.start', { categoryId: 'work' });
    host.clock.advance(90 * MINUTE);
    const entry = await host.call('timer.stop', {});
    expect(entry).toMatchObject({ id: timer.id, categoryId: 'work', start: timer.start, end: timer.start + 90 * MINUTE, source: 'timer' });
    expect(host.app.store.getTimer()).toBeNull();
    expect(host.app.store.getEntries()).toHaveLength(1);
    expect(await host.call('timer.stop', {})).toBeNull();
  });

  it('a timer stopped at the instant it started saves no 0-minute entry, so time added by hand ending now fits', async () => {
    host = makeTestHost();
    await host.call('timer.start', { categoryId: 'work' });
    expect(await host.call('timer.stop', {})).toBeNull();
    expect(host.app.store.getTimer()).toBeNull();
    expect(host.app.store.getEntries()).toEqual([]);
    // Switched away at once: the first category leaves nothing behind either.
    await host.call('timer.start', { categoryId: 'work' });
    await host.call('timer.start', { categoryId: 'fitness' });
    await host.call('timer.stop', {});
    expect(host.app.store.getEntries()).toEqual([]);
    const now = host.clock.now();
    const added = await host.call('entries.add', { categoryId: 'work', start: now - 30 * MINUTE, end: now });
    expect(host.app.store.getEntries()).toEqual([added]);
  });

  it('starting another category switches: the running one is saved and the new one starts at the same instant', async () => {
    host = makeTestHost();
    await host.call('timer.start', { categoryId: 'work' });
    host.clock.advance(HOUR);
    const fitness = await host.call('timer.start', { categoryId: 'fitness' });
    const entries = host.app.store.getEntries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ categoryId: 'work', end: fitness.start });
    expect(host.app.store.getTimer()?.categoryId).toBe('fitness');
    expect(host.events.filter((e) => e.name === 'timer.changed')).toHaveLength(3);
  });

  it('refuses to start an unknown or archived category and changes nothing', async () => {
    host = makeTestHost();
    const unknown = await host.app.router.call('timer.start', { categoryId: 'nope' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const climbing = await host.call('categories.add', { name: 'Climbing', area: 'fitness' });
    await host.call('categories.update', { id: climbing.id, archived: true });
    const archived = await host.app.router.call('timer.start', { categoryId: climbing.id });
    expect(archived).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(host.app.store.getTimer()).toBeNull();
  });

  it('a timer that runs into an entry saved ahead of it stops where that entry begins, and a stop is never refused', async () => {
    host = makeTestHost();
    const start = host.clock.now();
    // Logged for later (or synced in from another computer): 10 to 20 minutes from now.
    const ahead = await host.call('entries.add', { categoryId: 'work', start: start + 10 * MINUTE, end: start + 20 * MINUTE });
    const timer = await host.call('timer.start', { categoryId: 'family' });
    host.clock.advance(90 * MINUTE);
    const entry = await host.call('timer.stop', {});
    expect(entry).toMatchObject({ id: timer.id, categoryId: 'family', start, end: ahead.start });
    expect(host.app.store.getTimer()).toBeNull();
    expect(host.app.store.getEntries().map((e) => [e.id, e.start, e.end])).toEqual([
      [timer.id, start, ahead.start],
      [ahead.id, ahead.start, ahead.end],
    ]);
    // The 80 minutes it ran from there on are not saved: said, not found later as a shorter entry.
    expect(host.events.filter((e) => e.name === 'notice').map((e) => e.payload)).toEqual([
      {
        level: 'warning',
        message:
          'The Family timer ran into the Work entry saved ahead of it (logged for later, or from another computer), which begins at 10:10: it is saved up to there, 10 min, and the 1 h 20 min it ran from then on is not (1 h 10 min of it after that entry, which ends at 10:20). Add by hand whatever of that time was Family.',
      },
    ]);
  });

  it('while a timer runs on past an entry saved ahead, the week counts what its stop will save, and no cap is reached by it', async () => {
    host = makeTestHost();
    const start = host.clock.now();
    await host.call('entries.add', { categoryId: 'family', start: start + 30 * MINUTE, end: start + 60 * MINUTE });
    await host.call('timer.start', { categoryId: 'work' });
    host.clock.advance(3 * HOUR);
    const running = await host.call('summary.week', {});
    // 30 minutes of work until the family entry begins; the 2 h 30 min after it are not the run's (the stop says so).
    expect([running.minutes.work, running.minutes.family, running.capReachedAt]).toEqual([30, 30, null]);
    await host.call('timer.stop', {});
    const stopped = await host.call('summary.week', {});
    expect(stopped.minutes).toEqual(running.minutes);
    expect(stopped.remainingMinutes).toBe(running.remainingMinutes);
  });

  it('a timer stopped inside the entry it ran into says that time is the entry’s: nothing to add by hand', async () => {
    host = makeTestHost();
    const start = host.clock.now();
    await host.call('entries.add', { categoryId: 'work', start: start + 10 * MINUTE, end: start + 60 * MINUTE });
    await host.call('timer.start', { categoryId: 'family' });
    host.clock.advance(30 * MINUTE);
    await host.call('timer.stop', {});
    expect(host.events.filter((e) => e.name === 'notice').map((e) => (e.payload as { message: string }).message)).toEqual([
      'The Family timer ran into the Work entry saved ahead of it (logged for later, or from another computer), which begins at 10:10: it is saved up to there, 10 min, and the 20 min it ran from then on is not, all of it within that entry.',
    ]);
  });

  it('a timer stopped before the entry saved ahead of it says nothing of it', async () => {
    host = makeTestHost();
    const start = host.clock.now();
    await host.call('entries.add', { categoryId: 'work', start: start + 10 * MINUTE, end: start + 20 * MINUTE });
    await host.call('timer.start', { categoryId: 'family' });
    host.clock.advance(5 * MINUTE);
    expect(await host.call('timer.stop', {})).toMatchObject({ start, end: start + 5 * MINUTE });
    expect(host.events.filter((e) => e.name === 'notice')).toEqual([]);
  });

  it('an entry synced in over the run’s start: the stop saves the run from where that entry ends, and says so', async () => {
    host = makeTestHost();
    const start = host.clock.now();
    const timer = await host.call('timer.start', { categoryId: 'work' });
    // From another computer, which did not see this timer: family from 30 minutes before the start to 20 after it.
    host.app.store.applyEntries({ put: [{ id: 'synced', categoryId: 'family', start: start - 30 * MINUTE, end: start + 20 * MINUTE, note: '', tags: [], source: 'manual' }] });
    host.clock.advance(60 * MINUTE);
    const entry = await host.call('timer.stop', {});
    expect(entry).toMatchObject({ id: timer.id, categoryId: 'work', start: start + 20 * MINUTE, end: start + 60 * MINUTE });
    expect(host.app.store.getTimer()).toBeNull();
    expect(host.events.filter((e) => e.name === 'notice').map((e) => e.payload)).toEqual([
      {
        level: 'warning',
        message:
          'The Work timer began at 10:00, inside an entry saved over its start (from another computer, or while it ran): it is saved from where that entry ends, at 10:20. Edit that entry if its time was Work.',
      },
    ]);
    // Another timer starts at once: nothing is left stuck.
    expect((await host.call('timer.start', { categoryId: 'fitness' })).categoryId).toBe('fitness');
  });

  it('entries synced in over the whole run: the stop saves nothing, clears the timer and says so', async () => {
    host = makeTestHost();
    const start = host.clock.now();
    await host.call('timer.start', { categoryId: 'work' });
    host.app.store.applyEntries({
      put: [
        { id: 'a', categoryId: 'family', start: start - 30 * MINUTE, end: start + 20 * MINUTE, note: '', tags: [], source: 'manual' },
        { id: 'b', categoryId: 'fitness', start: start + 20 * MINUTE, end: start + 2 * HOUR, note: '', tags: [], source: 'manual' },
      ],
    });
    host.clock.advance(60 * MINUTE);
    expect(await host.call('timer.stop', {})).toBeNull();
    expect(host.app.store.getTimer()).toBeNull();
    expect(host.app.store.getEntries().map((e) => e.id)).toEqual(['a', 'b']);
    expect(host.events.filter((e) => e.name === 'notice').map((e) => (e.payload as { message: string }).message)).toEqual([
      'The Work timer began at 10:00, and entries saved over it (from another computer, or while it ran) hold all of its time, so it saved nothing. Edit those entries if their time was Work.',
    ]);
  });

  it('refuses to start a timer inside an entry, in words, and changes nothing', async () => {
    host = makeTestHost();
    const now = host.clock.now();
    await host.call('entries.add', { categoryId: 'work', start: now - 5 * MINUTE, end: now + 25 * MINUTE });
    const refused = await host.app.router.call('timer.start', { categoryId: 'family' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'A timer cannot start inside another entry: the Work entry runs until 10:25. Start it after that, or edit that entry.' },
    });
    expect(host.app.store.getTimer()).toBeNull();
    expect(host.app.store.getEntries()).toHaveLength(1);
  });

  it('a running work timer counts up to now in the week summary', async () => {
    host = makeTestHost();
    await host.call('timer.start', { categoryId: 'work' });
    host.clock.advance(3 * HOUR);
    const summary = await host.call('summary.week', {});
    expect(summary.minutes.work).toBe(180);
    expect(summary.remainingMinutes).toBe(35 * 60 - 180);
  });

  it('the weekly cap is editable and persists across a restart', async () => {
    host = makeTestHost();
    await host.call('settings.update', { weeklyCapMinutes: 30 * 60 });
    const again = host.reopen();
    expect((await again.call('settings.get', {})).weeklyCapMinutes).toBe(1800);
    expect((await again.call('summary.week', {})).capMinutes).toBe(1800);
  });
});
