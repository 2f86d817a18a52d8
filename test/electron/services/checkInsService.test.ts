import { afterEach, describe, expect, it } from 'vitest';
import { HOUR, makeTestHost, type TestHost } from '../../support/testHost';

describe('CheckInsService', () => {
  let host: TestHost;
  afterEach(() => host?.cleanup());

  it('a saved check-in is listed with the instant it was saved, and survives a restart', async () => {
    host = makeTestHost();
    const saved = await host.call('checkins.save', { week: '2026-W48', energy: 2, mood: 4, note: 'long week' });
    expect(saved).toEqual({ week: '2026-W48', at: host.clock.now(), energy: 2, mood: 4, note: 'long week' });
    expect(host.events).toContainEqual({ name: 'data.changed', payload: { what: ['checkins'] } });
    await host.app.store.flush();
    expect(await host.reopen().call('checkins.list', {})).toEqual([saved]);
  });

  it('one check-in per week: saving the same week again replaces it', async () => {
    host = makeTestHost();
    await host.call('checkins.save', { week: '2026-W48', energy: 2, mood: 2 });
    host.clock.advance(HOUR);
    await host.call('checkins.save', { week: '2026-W48', energy: 4, mood: 5, note: 'better' });
    const listed = await host.call('checkins.list', {});
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ energy: 4, mood: 5, note: 'better' });
  });

  it('lists weeks oldest first', async () => {
    host = makeTestHost();
    await host.call('checkins.save', { week: '2026-W48', energy: 3, mood: 3 });
    await host.call('checkins.save', { week: '2026-W46', energy: 1, mood: 1 });
    expect((await host.call('checkins.list', {})).map((c) => c.week)).toEqual(['2026-W46', '2026-W48']);
  });

  it('a date inside a week is stored under that week’s label; a label naming no week is refused in words', async () => {
    host = makeTestHost();
    expect((await host.call('checkins.save', { week: '2026-11-26', energy: 3, mood: 3 })).week).toBe('2026-W48');
    const refused = await host.app.router.call('checkins.save', { week: '2026-W60', energy: 3, mood: 3 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    if (!refused.ok) expect(refused.error.message).toContain("'2026-W60' is not a week label");
    expect(await host.call('checkins.list', {})).toHaveLength(1);
  });
});
