import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestHost, type TestHost } from '../../support/testHost';
import { at } from './importFixtures';

// The host's clock: Tuesday 24 Nov 2026 (2026-W48), Berlin.
describe('dated boundaries and days off through the service channels', () => {
  let host: TestHost;
  afterEach(() => host?.cleanup());

  const capOf = async (isoInWeek: string) => (await host.call('summary.week', { at: at(isoInWeek) })).capMinutes;

  it('the story: 20 h, 8 h logged in 2026-W48, 35 h from a later week: W48 still says 20 h, the later week 35 h', async () => {
    host = makeTestHost();
    await host.call('settings.update', { weeklyCapMinutes: 1200 });
    await host.call('entries.add', { categoryId: 'work', start: at('2026-11-24T09:00:00+01:00'), end: at('2026-11-24T17:00:00+01:00') });
    await host.call('boundaries.set', { values: { weeklyCapMinutes: 2100 }, from: '2026-W50' });
    expect(await capOf('2026-11-24T12:00:00+01:00')).toBe(1200);
    expect(await capOf('2026-12-08T12:00:00+01:00')).toBe(2100);
    // settings.get shows what is in force this week; the upcoming step is in the timeline.
    expect((await host.call('settings.get', {})).weeklyCapMinutes).toBe(1200);
    expect((await host.call('boundaries.history', {})).map((s) => [s.from, s.weeklyCapMinutes, s.state])).toEqual([
      ['2026-W48', 1200, 'current'],
      ['2026-W50', 2100, 'upcoming'],
    ]);
    // When the step's week comes, it is what settings.get shows.
    host.clock.set(at('2026-12-08T10:00:00+01:00'));
    expect((await host.call('settings.get', {})).weeklyCapMinutes).toBe(2100);
    expect(await capOf('2026-11-24T12:00:00+01:00')).toBe(1200);
  });

  it('a step set while weeks started on Sunday stays with its own week after weeks start on Monday: the week before keeps its cap', async () => {
    host = makeTestHost();
    await host.call('settings.update', { weeklyCapMinutes: 1200, weekStartsOn: 0 });
    // From the week starting Sunday 13 Dec: 35 h.
    await host.call('boundaries.set', { values: { weeklyCapMinutes: 2100 }, from: '2026-12-13' });
    expect([await capOf('2026-12-12T12:00:00+01:00'), await capOf('2026-12-13T12:00:00+01:00')]).toEqual([1200, 2100]);
    await host.call('settings.update', { weekStartsOn: 1 });
    // Monday 7 to Sunday 13 Dec holds the step's date on its last day: it keeps 20 h, and 35 h starts the next Monday
    // (the week whose start is nearest the step's date), not a whole week early.
    expect([await capOf('2026-12-09T12:00:00+01:00'), await capOf('2026-12-14T12:00:00+01:00')]).toEqual([1200, 2100]);
    expect((await host.call('boundaries.history', {})).map((s) => [s.from, s.weeklyCapMinutes])).toEqual([
      ['2026-W48', 1200],
      ['2026-W51', 2100],
    ]);
    // The step is that week's: changed there in place, not joined by a second step, and removed by naming it.
    await host.call('boundaries.set', { values: { weeklyCapMinutes: 1800 }, from: '2026-W51' });
    expect((await host.call('boundaries.history', {})).map((s) => [s.from, s.weeklyCapMinutes])).toEqual([
      ['2026-W48', 1200],
      ['2026-W51', 1800],
    ]);
    // Named by the date it was set with (a Sunday, in the Monday week before), it is found in the week it starts; the
    // Saturday before names that week before, which has no step.
    expect(await host.app.router.call('boundaries.removeStep', { week: '2026-12-12' })).toMatchObject({ ok: false, error: { code: 'conflict', message: 'No step starts in 2026-W50.' } });
    await host.call('boundaries.removeStep', { week: '2026-12-13' });
    expect((await host.call('boundaries.history', {})).map((s) => s.from)).toEqual(['2026-W48']);
    // And back to Sunday weeks: nothing moved.
    await host.call('boundaries.set', { values: { weeklyCapMinutes: 2100 }, from: '2026-W51' });
    await host.call('settings.update', { weekStartsOn: 0 });
    expect([await capOf('2026-12-12T12:00:00+01:00'), await capOf('2026-12-13T12:00:00+01:00')]).toEqual([1200, 2100]);
  });

  it('a ramp of three steps, the middle one removed: the first span runs on to the last step', async () => {
    host = makeTestHost();
    await host.call('settings.update', { weeklyCapMinutes: 1200 });
    await host.call('boundaries.set', { values: { weeklyCapMinutes: 1680 }, from: '2027-W10' });
    await host.call('boundaries.set', { values: { weeklyCapMinutes: 2100 }, from: '2027-W30' });
    expect((await host.call('boundaries.history', {})).map((s) => [s.from, s.weeklyCapMinutes])).toEqual([
      ['2026-W48', 1200],
      ['2027-W10', 1680],
      ['2027-W30', 2100],
    ]);
    expect((await host.call('boundaries.inForce', { week: '2027-W20' })).weeklyCapMinutes).toBe(1680);

    const after = await host.call('boundaries.removeStep', { week: '2027-W10' });
    expect(after.map((s) => [s.from, s.weeklyCapMinutes])).toEqual([
      ['2026-W48', 1200],
      ['2027-W30', 2100],
    ]);
    expect(await host.call('boundaries.inForce', { week: '2027-W20' })).toMatchObject({ week: '2027-W20', since: '2026-W48', weeklyCapMinutes: 1200 });

    const first = await host.app.router.call('boundaries.removeStep', { week: '2026-W48' });
    expect(first).toEqual({ ok: false, error: { code: 'conflict', message: expect.stringContaining('first span (from 2026-W48) cannot be removed') } });
    const bad = await host.app.router.call('boundaries.set', { values: { weeklyCapMinutes: 60 }, from: 'someday' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    // A week before 1970, or one that can only be a slip of the keyboard, is refused in words; nothing changes.
    expect(await host.app.router.call('boundaries.set', { values: { weeklyCapMinutes: 60 }, from: '1969-W52' })).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: "'1969-W52' is before 1970, where Timelock's weeks begin." },
    });
    expect(await host.app.router.call('boundaries.set', { values: { weeklyCapMinutes: 60 }, from: '9999-W01' })).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: "'9999-W01' is more than 10 years ahead: a step can be planned up to 2036." },
    });
    expect((await host.call('boundaries.set', { values: { weeklyCapMinutes: 1500 }, from: '2036-W10' })).at(-1)).toMatchObject({ from: '2036-W10', weeklyCapMinutes: 1500 });
    expect((await host.call('boundaries.history', {})).length).toBe(3);
    // 1970-W01 begins on Monday 29 December 1969, and is 1970's.
    expect(await host.app.router.call('boundaries.set', { values: { dailyCapMinutes: 480 }, from: '1970-W01' })).toMatchObject({ ok: true });
    // Only setting is bounded: a week far ahead can be read, and a step kept from before the bound removed.
    expect(await host.call('boundaries.inForce', { week: '2040-W01' })).toMatchObject({ week: '2040-W01', weeklyCapMinutes: 1500 });
    const kept = { ...(await host.call('settings.get', {})) };
    host.app.store.setSettings({ ...host.app.store.getSettings(), timeline: [...(host.app.store.getSettings().timeline ?? []), { ...kept.timeline!.at(-1)!, from: '9999-01-04' }] });
    expect(await host.app.router.call('boundaries.removeStep', { week: '9999-W01' })).toMatchObject({ ok: true });
  });

  it('days off across a week boundary lower each week’s cap by its own share, and make its work off-hours', async () => {
    host = makeTestHost();
    const added = await host.call('daysOff.add', { from: '2026-12-24', to: '2026-12-29', kind: 'vacation', note: 'family' });
    expect(added.map((d) => d.date)).toEqual(['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-27', '2026-12-28', '2026-12-29']);
    await host.call('entries.add', { categoryId: 'work', start: at('2026-12-28T10:00:00+01:00'), end: at('2026-12-28T11:00:00+01:00') });
    const w52 = await host.call('summary.week', { at: at('2026-12-22T12:00:00+01:00') });
    const w53 = await host.call('summary.week', { at: at('2026-12-29T12:00:00+01:00') });
    // Thu and Fri off in W52 (2 of 5 window days), Mon and Tue in W53; the weekend days reduce nothing.
    expect([w52.week, w52.baseCapMinutes, w52.capMinutes]).toEqual(['2026-W52', 2100, 1260]);
    expect([w53.week, w53.capMinutes, w53.offHoursWorkMinutes]).toEqual(['2026-W53', 1260, 60]);
    expect(w53.days.map((d) => d.dayOff)).toEqual(['vacation', 'vacation', null, null, null, null, null]);
    expect(await host.call('daysOff.list', { from: '2026-12-28' })).toEqual([
      { date: '2026-12-28', kind: 'vacation', note: 'family' },
      { date: '2026-12-29', kind: 'vacation', note: 'family' },
    ]);
    expect(await host.call('daysOff.remove', { date: '2026-12-29' })).toEqual({ date: '2026-12-29', kind: 'vacation', note: 'family' });
    expect((await host.call('summary.week', { at: at('2026-12-29T12:00:00+01:00') })).capMinutes).toBe(1680);
    expect(await host.app.router.call('daysOff.remove', { date: '2026-12-29' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('a day off across the autumn DST change keeps the day’s real window time', async () => {
    host = makeTestHost();
    const night = [{ start: '01:00', end: '05:00' }];
    // Windows 01:00–05:00 on Sundays and Mondays: in 2026-W43, Mon 19 Oct (4 h) and Sun 25 Oct, 5 h long as the clocks go back.
    await host.call('boundaries.set', { values: { workWindows: [night, night, [], [], [], [], []], weeklyCapMinutes: 540 }, from: '2026-W43' });
    await host.call('daysOff.add', { from: '2026-10-25', kind: 'sick' });
    const week = await host.call('summary.week', { at: at('2026-10-22T12:00:00+02:00') });
    expect([week.week, week.baseCapMinutes, week.capMinutes]).toEqual(['2026-W43', 540, 240]);
  });

  it('the hard lock refuses a start on a day off; soft mode asks for a reason', async () => {
    host = makeTestHost();
    await host.call('daysOff.add', { from: '2026-11-24', kind: 'sick' });
    await host.call('settings.update', { lockMode: 'hard' });
    const refused = await host.app.router.call('timer.start', { categoryId: 'work' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'locked' } });
    await host.call('settings.update', { lockMode: 'soft' });
    expect(await host.call('locks.check', { action: 'start', categoryId: 'work' })).toMatchObject({ verdict: 'warn', needsReason: true });
  });

  it('the timeline and the days off come back after a restart, a restore and in the JSON export', async () => {
    host = makeTestHost();
    await host.call('entries.add', { categoryId: 'work', start: at('2026-11-23T09:00:00+01:00'), end: at('2026-11-23T12:00:00+01:00') });
    await host.call('boundaries.set', { values: { weeklyCapMinutes: 1200 } });
    await host.call('boundaries.set', { values: { weeklyCapMinutes: 2100 }, from: '2027-W02' });
    await host.call('daysOff.add', { from: '2026-12-24', kind: 'holiday' });
    const timeline = await host.call('boundaries.history', {});
    const daysOff = await host.call('daysOff.list', {});

    const again = host.reopen();
    expect(await again.call('boundaries.history', {})).toEqual(timeline);
    expect(await again.call('daysOff.list', {})).toEqual(daysOff);

    const exported = await host.call('export.data', { format: 'json' });
    const data = JSON.parse(exported.content) as { settings: { timeline: unknown[]; daysOff: unknown[] } };
    expect(data.settings.timeline).toHaveLength(2);
    expect(data.settings.daysOff).toEqual(daysOff);

    const backup = await host.call('backup.create', {});
    await host.call('boundaries.removeStep', { week: '2027-W02' });
    await host.call('daysOff.remove', { date: '2026-12-24' });
    await host.call('backup.restore', { id: backup.id });
    expect(await host.call('boundaries.history', {})).toEqual(timeline);
    expect(await host.call('daysOff.list', {})).toEqual(daysOff);

    // A restore from the exported file, as `timelock restore FILE` does.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-boundaries-'));
    const file = path.join(dir, 'export.json');
    fs.writeFileSync(file, exported.content);
    await host.call('boundaries.removeStep', { week: '2027-W02' });
    await host.call('backup.restoreFile', { path: file });
    expect(await host.call('boundaries.history', {})).toEqual(timeline);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
