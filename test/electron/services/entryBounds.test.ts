// The bounds of an entry a person adds or changes (checkEntryBounds), as the service holds every client to them: a
// timer's long run is saved whole and stays editable, but no edit makes an entry longer than a day or further ahead.
import { afterEach, describe, expect, it } from 'vitest';
import { HOUR, MINUTE, makeTestHost, type TestHost } from '../../support/testHost';

let host: TestHost | undefined;
afterEach(() => host?.cleanup());

describe('entry bounds in the entries service', () => {
  it('a timer left running over a weekend is saved whole, and can be shortened or noted, not lengthened', async () => {
    host = makeTestHost();
    await host.call('timer.start', { categoryId: 'work' });
    host.clock.advance(60 * HOUR);
    const run = await host.call('timer.stop', {});
    expect(run!.end - run!.start).toBe(60 * HOUR);

    const noted = await host.call('entries.update', { id: run!.id, note: 'forgot to stop' });
    expect(noted).toMatchObject({ note: 'forgot to stop', start: run!.start, end: run!.end });
    const longer = await host.app.router.call('entries.update', { id: run!.id, end: run!.end + HOUR });
    expect(longer).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(/^An entry is at most 25 hours long/) } });
    const shorter = await host.call('entries.update', { id: run!.id, end: run!.start + 8 * HOUR });
    expect(shorter.end - shorter.start).toBe(8 * HOUR);
    // Once within the bound, it is held to it like any other.
    const again = await host.app.router.call('entries.update', { id: run!.id, end: run!.start + 26 * HOUR });
    expect(again).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(host.app.store.getEntries().map((e) => e.end - e.start)).toEqual([8 * HOUR]);
  });

  it('refuses an entry added by hand that is longer than 25 h or ends more than a year ahead, and saves nothing', async () => {
    host = makeTestHost();
    const now = host.clock.now();
    const long = await host.app.router.call('entries.add', { categoryId: 'work', start: now - 30 * HOUR, end: now - 4 * HOUR });
    expect(long).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(/^An entry is at most 25 hours long/) } });
    const far = await host.app.router.call('entries.add', { categoryId: 'family', start: now + 400 * 24 * HOUR, end: now + 400 * 24 * HOUR + HOUR });
    expect(far).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(/^An entry ends at most a year from now/) } });
    expect(host.app.store.getEntries()).toEqual([]);
  });

  it('refuses an entry added or changed by hand under a minute, from any client; a timer\'s short run is saved and stays editable, not shorter', async () => {
    host = makeTestHost();
    const now = host.clock.now();
    for (const length of [0, 30_000, MINUTE - 1]) {
      const short = await host.app.router.call('entries.add', { categoryId: 'work', start: now - HOUR, end: now - HOUR + length });
      expect(short, String(length)).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(/^An entry is at least a minute long: this one is \d+ seconds?, /) } });
    }
    expect(host.app.store.getEntries()).toEqual([]);
    const minute = await host.call('entries.add', { categoryId: 'work', start: now - HOUR, end: now - HOUR + MINUTE });
    expect(minute.end - minute.start).toBe(MINUTE);
    const cut = await host.app.router.call('entries.update', { id: minute.id, end: minute.start + 20_000 });
    expect(cut).toMatchObject({ ok: false, error: { message: 'An entry is at least a minute long: this one is 20 seconds, Tue 24 Nov 2026 09:00–09:00.' } });

    await host.call('timer.start', { categoryId: 'family' });
    host.clock.advance(20_000);
    const run = (await host.call('timer.stop', {}))!;
    expect(run.end - run.start).toBe(20_000);
    expect(await host.call('entries.update', { id: run.id, note: 'a call' })).toMatchObject({ note: 'a call', start: run.start, end: run.end });
    const shorter = await host.app.router.call('entries.update', { id: run.id, end: run.start + 10_000 });
    expect(shorter).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(/^An entry is at least a minute long: this one is 10 seconds/) } });
    expect(host.app.store.getEntries().map((e) => e.end - e.start)).toEqual([MINUTE, 20_000]);
  });
});
