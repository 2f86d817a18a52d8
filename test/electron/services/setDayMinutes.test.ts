import { afterEach, describe, expect, it } from 'vitest';
import { folderFingerprint, HOUR, makeTestHost, type TestHost } from '../../support/testHost';

// Monday 23 Nov 2026 in Berlin (UTC+1); the host's clock is Tuesday 10:00. The default work window is 09:00–17:00.
const MONDAY = Date.UTC(2026, 10, 22, 23);
const at = (hours: number) => MONDAY + hours * HOUR;

let host: TestHost;
afterEach(() => host.cleanup());

const spans = (h: TestHost) => h.app.store.getEntries().map((e) => [e.categoryId, (e.start - MONDAY) / HOUR, (e.end - MONDAY) / HOUR]);

describe('entries.setDayMinutes', () => {
  it('typing a larger total adds the time inside the work window, says where it went, and is on disk', async () => {
    host = makeTestHost();
    const result = await host.call('entries.setDayMinutes', { date: '2026-11-23', categoryId: 'work', minutes: 90 });
    expect(result).toMatchObject({ applied: true, previousMinutes: 0, minutes: 90, insideWindowsMinutes: 90, trimmed: [], removed: [] });
    expect(result.added.map((e) => [e.start, e.end, e.source])).toEqual([[at(9), at(10.5), 'day-total']]);
    const again = host.reopen();
    expect(spans(again)).toEqual([['work', 9, 10.5]]);
    again.cleanup();
  });

  it('work that overflows the window is placed after it, never over other entries; fitness goes outside the window', async () => {
    host = makeTestHost();
    await host.call('entries.add', { categoryId: 'family', start: at(9), end: at(16) });
    const work = await host.call('entries.setDayMinutes', { date: '2026-11-23', categoryId: 'work', minutes: 120 });
    expect(work.added.map((e) => [(e.start - MONDAY) / HOUR, (e.end - MONDAY) / HOUR])).toEqual([[16, 18]]);
    expect(work.insideWindowsMinutes).toBe(60);
    const fitness = await host.call('entries.setDayMinutes', { date: '2026-11-23', categoryId: 'fitness', minutes: 60 });
    expect(fitness.added.map((e) => [(e.start - MONDAY) / HOUR, (e.end - MONDAY) / HOUR])).toEqual([[18, 19]]);
    expect(fitness.insideWindowsMinutes).toBe(0);
  });

  it('a smaller total trims and deletes the latest entries in one write, answering what was removed (for undo)', async () => {
    host = makeTestHost();
    await host.call('entries.add', { categoryId: 'work', start: at(8), end: at(12) });
    const late = await host.call('entries.add', { categoryId: 'work', start: at(13), end: at(17) });
    await host.call('entries.add', { categoryId: 'family', start: at(18), end: at(19) });
    const events = host.events.length;
    const result = await host.call('entries.setDayMinutes', { date: '2026-11-23', categoryId: 'work', minutes: 180 });
    expect(result.removed).toEqual([late]);
    expect(result.trimmed.map((e) => [(e.start - MONDAY) / HOUR, (e.end - MONDAY) / HOUR])).toEqual([[8, 11]]);
    expect(spans(host)).toEqual([
      ['work', 8, 11],
      ['family', 18, 19],
    ]);
    // One change, one event.
    expect(host.events.slice(events).filter((e) => e.name === 'data.changed')).toHaveLength(1);
  });

  it('preview says what it would do and writes nothing', async () => {
    host = makeTestHost();
    await host.call('entries.add', { categoryId: 'work', start: at(9), end: at(12) });
    const before = folderFingerprint(host.dataDir);
    const result = await host.call('entries.setDayMinutes', { date: '2026-11-23', categoryId: 'work', minutes: 0, preview: true });
    expect(result).toMatchObject({ applied: false, previousMinutes: 180, minutes: 0 });
    expect(result.removed).toHaveLength(1);
    expect(folderFingerprint(host.dataDir)).toBe(before);
    expect(spans(host)).toEqual([['work', 9, 12]]);
  });

  it('a day with no room, or a total below what a running timer counts, is refused in words and changes nothing', async () => {
    host = makeTestHost();
    await host.call('entries.add', { categoryId: 'family', start: MONDAY, end: at(23.5) });
    const before = folderFingerprint(host.dataDir);
    const full = await host.app.router.call('entries.setDayMinutes', { date: '2026-11-23', categoryId: 'work', minutes: 60 });
    expect(full).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('only 30 min free') } });

    await host.call('timer.start', { categoryId: 'work' });
    const afterStart = folderFingerprint(host.dataDir);
    expect(afterStart).not.toBe(before);
    host.clock.advance(HOUR);
    const timer = await host.app.router.call('entries.setDayMinutes', { date: '2026-11-24', categoryId: 'work', minutes: 0 });
    expect(timer).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('Stop the timer first') } });
    expect(folderFingerprint(host.dataDir)).toBe(afterStart);
  });

  it('the lock applies to added work: a soft lock asks for a reason and keeps it; a hard lock refuses and writes nothing', async () => {
    host = makeTestHost();
    await host.call('entries.add', { categoryId: 'family', start: at(9), end: at(17) });
    await host.call('settings.update', { lockMode: 'soft' });
    const asked = await host.app.router.call('entries.setDayMinutes', { date: '2026-11-23', categoryId: 'work', minutes: 60 });
    expect(asked).toMatchObject({ ok: false, error: { code: 'needs-reason', message: expect.stringContaining('outside your work windows') } });
    const kept = await host.call('entries.setDayMinutes', { date: '2026-11-23', categoryId: 'work', minutes: 60, reason: 'release night' });
    expect(kept.added.map((e) => e.overrideReason)).toEqual(['release night']);

    await host.call('settings.update', { lockMode: 'hard' });
    const before = folderFingerprint(host.dataDir);
    const blocked = await host.app.router.call('entries.setDayMinutes', { date: '2026-11-23', categoryId: 'work', minutes: 120, reason: 'more' });
    expect(blocked).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(folderFingerprint(host.dataDir)).toBe(before);
  });

  it('pieces of one total are counted together against the daily cap', async () => {
    host = makeTestHost();
    await host.call('settings.update', { dailyCapMinutes: 120, lockMode: 'soft' });
    // The window's free time comes in two stretches of 1.5 h: each alone stays under the 2 h cap, together they do not.
    await host.call('entries.add', { categoryId: 'family', start: at(10.5), end: at(15.5) });
    await host.call('entries.add', { categoryId: 'family', start: at(17), end: at(24) });
    await host.call('entries.add', { categoryId: 'family', start: MONDAY, end: at(9) });
    const asked = await host.app.router.call('entries.setDayMinutes', { date: '2026-11-23', categoryId: 'work', minutes: 180 });
    expect(asked).toMatchObject({ ok: false, error: { code: 'needs-reason', message: expect.stringContaining('daily cap') } });
  });

  it('an archived or unknown category is refused', async () => {
    host = makeTestHost();
    await host.call('categories.update', { id: 'fitness', archived: true });
    expect(await host.app.router.call('entries.setDayMinutes', { date: '2026-11-23', categoryId: 'fitness', minutes: 30 })).toMatchObject({ ok: false });
    expect(await host.app.router.call('entries.setDayMinutes', { date: '2026-11-23', categoryId: 'nope', minutes: 30 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('entries.setDayMinutes and what it takes back', () => {
  it('a lower total takes back the time a day total placed before an entry the person typed, even one outside the windows', async () => {
    host = makeTestHost();
    // An early call, typed: outside the 09:00–17:00 window.
    const call = await host.call('entries.add', { categoryId: 'work', start: at(7), end: at(8) });
    await host.call('entries.setDayMinutes', { date: '2026-11-23', categoryId: 'work', minutes: 180 });
    expect(spans(host)).toEqual([
      ['work', 7, 8],
      ['work', 9, 11],
    ]);
    const lower = await host.call('entries.setDayMinutes', { date: '2026-11-23', categoryId: 'work', minutes: 60 });
    expect(lower.removed.map((e) => e.source)).toEqual(['day-total']);
    expect(host.app.store.getEntries()).toEqual([call]);
  });

  it('with a timer run past an entry logged ahead, the day counts what its stop will save: a higher total adds, never trims', async () => {
    host = makeTestHost();
    await host.call('entries.add', { categoryId: 'work', start: at(9), end: at(12) });
    host.clock.set(at(17));
    await host.call('entries.add', { categoryId: 'family', start: at(19), end: at(21) });
    await host.call('timer.start', { categoryId: 'work' });
    host.clock.set(at(22));
    // 3 h logged and 2 h run (17:00 to the family evening): 5 h, as the week shows.
    expect((await host.call('summary.week', { at: at(12) })).days[0]!.minutes.work).toBe(300);
    const preview = await host.call('entries.setDayMinutes', { date: '2026-11-23', categoryId: 'work', minutes: 360, preview: true });
    expect(preview).toMatchObject({ previousMinutes: 300, trimmed: [], removed: [] });
    expect(preview.added.map((e) => (e.end - e.start) / HOUR)).toEqual([1]);
  });
});

describe('time a day total placed, changed by hand', () => {
  it('is the person’s own entry then: a lower total takes the latest entry first, not that one', async () => {
    host = makeTestHost();
    await host.call('entries.setDayMinutes', { date: '2026-11-23', categoryId: 'work', minutes: 60 });
    const [placed] = host.app.store.getEntries();
    expect(placed!.source).toBe('day-total');
    // Saved as it was, it is still placed time; given a note, it is the person's.
    expect((await host.call('entries.update', { id: placed!.id })).source).toBe('day-total');
    const edited = await host.call('entries.update', { id: placed!.id, note: 'standup and review' });
    expect(edited.source).toBe('manual');
    const late = await host.call('entries.add', { categoryId: 'work', start: at(14), end: at(15) });
    const lower = await host.call('entries.setDayMinutes', { date: '2026-11-23', categoryId: 'work', minutes: 60 });
    expect(lower.removed).toEqual([late]);
  });
});

describe('what a lower total answers, for undo', () => {
  it('each shortened entry as it is now and as it was, so entries.restore of both lists puts the day back', async () => {
    host = makeTestHost();
    const early = await host.call('entries.add', { categoryId: 'work', start: at(8), end: at(12) });
    const late = await host.call('entries.add', { categoryId: 'work', start: at(13), end: at(17) });
    const lower = await host.call('entries.setDayMinutes', { date: '2026-11-23', categoryId: 'work', minutes: 180 });
    expect(lower.removed).toEqual([late]);
    expect(lower.trimmed).toEqual([{ ...early, end: at(11) }]);
    expect(lower.trimmedFrom).toEqual([early]);
    await host.call('entries.restore', { entries: [...lower.removed, ...lower.trimmedFrom!] });
    expect(host.app.store.getEntries()).toEqual([early, late]);
  });
});
