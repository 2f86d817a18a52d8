import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Timebox } from '../../../shared/planModel';
import { folderFingerprint, makeTestHost, type TestHost } from '../../support/testHost';
import { at, refusal, wall } from './timeboxFixtures';

// The test host's clock: Tuesday 24 Nov 2026, 10:00 in Berlin; week 2026-W48 runs Mon 23 to Sun 29 Nov.
const W48 = '2026-W48';
const W49 = '2026-W49';

async function weekWalls(host: TestHost, week: string): Promise<string[]> {
  const plan = await host.call('plan.week', { week });
  return plan.occurrences.map((o) => `${wall(o.start)}–${wall(o.end).slice(11)} ${o.categoryId}${o.title ? ` ${o.title}` : ''}`);
}

/** A one-off work box on Wednesday morning and a Mon/Wed/Fri fitness series at 07:00 from Monday 23 Nov. */
async function seedPlan(host: TestHost): Promise<{ deep: Timebox; run: Timebox }> {
  const deep = await host.call('plan.add', { categoryId: 'work', start: at('2026-11-25', '09:00'), end: at('2026-11-25', '12:00'), title: 'Deep work' });
  const run = await host.call('plan.add', { categoryId: 'fitness', start: at('2026-11-23', '07:00'), end: at('2026-11-23', '08:00'), title: 'Run', repeat: [1, 3, 5] });
  return { deep, run };
}

describe('timebox service', () => {
  let host: TestHost;
  afterEach(() => host?.cleanup());

  it('a repeating box is read off the one-off it was given as: its local date, times and weekdays, in the settings zone', async () => {
    host = makeTestHost();
    const { deep, run } = await seedPlan(host);
    expect(deep).toEqual({ kind: 'once', id: 'id-1', categoryId: 'work', title: 'Deep work', start: at('2026-11-25', '09:00'), end: at('2026-11-25', '12:00') });
    expect(run).toEqual({
      kind: 'weekly', id: 'id-2', categoryId: 'fitness', title: 'Run', firstDate: '2026-11-23', startTime: '07:00', endTime: '08:00',
      weekdays: [1, 3, 5], until: null, overrides: {}, cancelled: [],
    });
    expect(host.events).toContainEqual({ name: 'data.changed', payload: { what: ['timeboxes'] } });
    expect(await weekWalls(host, W48)).toEqual([
      '2026-11-23 07:00–08:00 fitness Run',
      '2026-11-25 07:00–08:00 fitness Run',
      '2026-11-25 09:00–12:00 work Deep work',
      '2026-11-27 07:00–08:00 fitness Run',
    ]);
    const plan = await host.call('plan.week', {});
    expect(plan).toMatchObject({ week: W48, timeZone: 'Europe/Berlin', start: at('2026-11-23', '00:00'), end: at('2026-11-30', '00:00') });
    expect(plan.timeboxes.map((b) => b.id)).toEqual(['id-1', 'id-2']);
    expect(await host.call('plan.week', { at: at('2026-11-29', '23:59') })).toEqual(plan);
    // The one-off is not in the next week; the series is.
    expect((await host.call('plan.week', { week: W49 })).timeboxes.map((b) => b.id)).toEqual(['id-2']);
  });

  it('a week that names no week, an archived or unknown category, or an until before the first day is refused and writes nothing', async () => {
    host = makeTestHost();
    await seedPlan(host);
    const before = JSON.stringify(host.app.store.getTimeboxes());
    expect(await refusal(host, 'plan.week', { week: '2026-W60' })).toMatchObject({ code: 'bad-request', message: expect.stringMatching(/names no week/) });
    await host.call('categories.update', { id: 'family', archived: true });
    expect(await refusal(host, 'plan.add', { categoryId: 'family', start: at('2026-11-28', '10:00'), end: at('2026-11-28', '12:00') })).toMatchObject({ code: 'bad-request', message: expect.stringMatching(/archived/) });
    expect(await refusal(host, 'plan.add', { categoryId: 'garden', start: at('2026-11-28', '10:00'), end: at('2026-11-28', '12:00') })).toMatchObject({ code: 'not-found' });
    expect(await refusal(host, 'plan.add', { categoryId: 'work', start: at('2026-11-23', '09:00'), end: at('2026-11-23', '10:00'), repeat: [1], until: '2026-11-01' })).toMatchObject({ code: 'bad-request', message: expect.stringMatching(/before its first day/) });
    expect(await refusal(host, 'plan.add', { categoryId: 'work', start: at('2026-11-23', '09:00') + 30_000, end: at('2026-11-23', '10:00'), repeat: [1] })).toMatchObject({ code: 'bad-request', message: expect.stringMatching(/whole minute/) });
    expect(await refusal(host, 'plan.update', { id: 'nope', scope: 'series', patch: { title: 'x' } })).toMatchObject({ code: 'not-found' });
    expect(await refusal(host, 'plan.update', { id: 'id-2', scope: 'occurrence', patch: { title: 'x' } })).toMatchObject({ code: 'bad-request', message: expect.stringMatching(/occurrenceDate/) });
    expect(await refusal(host, 'plan.update', { id: 'id-2', scope: 'occurrence', occurrenceDate: '2026-11-24', patch: { title: 'x' } })).toMatchObject({ code: 'not-found' });
    expect(await refusal(host, 'plan.remove', { id: 'id-1', occurrenceDate: '2026-11-26' })).toMatchObject({ code: 'not-found' });
    expect(JSON.stringify(host.app.store.getTimeboxes())).toBe(before);
  });

  it('editing one occurrence moves only that day; the series and the next week keep their times', async () => {
    host = makeTestHost();
    await seedPlan(host);
    const change = await host.call('plan.update', {
      id: 'id-2', scope: 'occurrence', occurrenceDate: '2026-11-25', patch: { start: at('2026-11-25', '18:00'), title: 'Evening run' },
    });
    expect(change.previous).toEqual([expect.objectContaining({ id: 'id-2', overrides: {} })]);
    expect(change.boxes).toEqual([expect.objectContaining({ id: 'id-2', overrides: { '2026-11-25': { startTime: '18:00', endTime: '19:00', title: 'Evening run' } } })]);
    expect(await weekWalls(host, W48)).toEqual([
      '2026-11-23 07:00–08:00 fitness Run',
      '2026-11-25 09:00–12:00 work Deep work',
      '2026-11-25 18:00–19:00 fitness Evening run',
      '2026-11-27 07:00–08:00 fitness Run',
    ]);
    // Moved to another day, then resized there: the occurrence keeps its key, the date it came from.
    await host.call('plan.update', { id: 'id-2', scope: 'occurrence', occurrenceDate: '2026-11-25', patch: { start: at('2026-11-26', '18:00') } });
    await host.call('plan.update', { id: 'id-2', scope: 'occurrence', occurrenceDate: '2026-11-25', patch: { end: at('2026-11-26', '20:00') } });
    expect((await host.call('plan.week', { week: W48 })).occurrences.filter((o) => o.occurrenceDate === '2026-11-25' && o.seriesId).map((o) => `${wall(o.start)}–${wall(o.end)}`)).toEqual([
      '2026-11-26 18:00–2026-11-26 20:00',
    ]);
    expect((await weekWalls(host, W49)).filter((w) => w.includes('fitness'))).toEqual([
      '2026-11-30 07:00–08:00 fitness Run',
      '2026-12-02 07:00–08:00 fitness Run',
      '2026-12-04 07:00–08:00 fitness Run',
    ]);
  });

  it('a new category for one occurrence takes it out of the series: cancelled there, a one-off in the other category', async () => {
    host = makeTestHost();
    await seedPlan(host);
    const change = await host.call('plan.update', { id: 'id-2', scope: 'occurrence', occurrenceDate: '2026-11-27', patch: { categoryId: 'family' } });
    expect(change.boxes).toEqual([
      expect.objectContaining({ id: 'id-2', cancelled: ['2026-11-27'] }),
      { kind: 'once', id: 'id-3', categoryId: 'family', title: 'Run', start: at('2026-11-27', '07:00'), end: at('2026-11-27', '08:00') },
    ]);
    expect((await weekWalls(host, W48)).at(-1)).toBe('2026-11-27 07:00–08:00 family Run');
  });

  it('editing the series changes every occurrence but those edited on their own; dragging it to another day moves its weekdays', async () => {
    host = makeTestHost();
    await seedPlan(host);
    await host.call('plan.update', { id: 'id-2', scope: 'occurrence', occurrenceDate: '2026-11-25', patch: { start: at('2026-11-25', '18:00') } });
    await host.call('plan.update', { id: 'id-2', scope: 'series', occurrenceDate: '2026-11-23', patch: { start: at('2026-11-23', '06:30'), end: at('2026-11-23', '07:15') } });
    expect((await weekWalls(host, W48)).filter((w) => w.includes('fitness'))).toEqual([
      '2026-11-23 06:30–07:15 fitness Run',
      '2026-11-25 18:00–19:00 fitness Run',
      '2026-11-27 06:30–07:15 fitness Run',
    ]);
    // Monday's occurrence dragged to Tuesday for the whole series: Mon/Wed/Fri become Tue/Thu/Sat, the edit travels too.
    const change = await host.call('plan.update', { id: 'id-2', scope: 'series', occurrenceDate: '2026-11-23', patch: { start: at('2026-11-24', '06:30') } });
    expect(change.boxes[0]).toMatchObject({ firstDate: '2026-11-24', weekdays: [2, 4, 6], overrides: { '2026-11-26': { startTime: '18:00', endTime: '19:00' } } });
    expect((await weekWalls(host, W48)).filter((w) => w.includes('fitness'))).toEqual([
      '2026-11-24 06:30–07:15 fitness Run',
      '2026-11-26 18:00–19:00 fitness Run',
      '2026-11-28 06:30–07:15 fitness Run',
    ]);
    await host.call('plan.update', { id: 'id-2', scope: 'series', patch: { title: null, categoryId: 'family' } });
    expect((await weekWalls(host, W48)).filter((w) => !w.includes('work'))).toEqual(['2026-11-24 06:30–07:15 family', '2026-11-26 18:00–19:00 family', '2026-11-28 06:30–07:15 family']);
  });

  it('"this and following" splits the series: earlier occurrences keep the old times, later ones get the new', async () => {
    host = makeTestHost();
    await seedPlan(host);
    const change = await host.call('plan.update', {
      id: 'id-2', scope: 'following', occurrenceDate: '2026-11-27', patch: { end: at('2026-11-27', '09:00'), title: 'Long run' },
    });
    expect(change.previous.map((b) => b.id)).toEqual(['id-2']);
    expect(change.boxes).toEqual([
      expect.objectContaining({ id: 'id-2', firstDate: '2026-11-23', until: '2026-11-26', endTime: '08:00', title: 'Run' }),
      expect.objectContaining({ id: 'id-3', firstDate: '2026-11-27', until: null, endTime: '09:00', title: 'Long run' }),
    ]);
    expect((await weekWalls(host, W48)).filter((w) => w.includes('fitness'))).toEqual([
      '2026-11-23 07:00–08:00 fitness Run',
      '2026-11-25 07:00–08:00 fitness Run',
      '2026-11-27 07:00–09:00 fitness Long run',
    ]);
    expect((await weekWalls(host, W49))[0]).toBe('2026-11-30 07:00–09:00 fitness Long run');
    // Split on the first occurrence, nothing is left before it: the series keeps its id.
    const whole = await host.call('plan.update', { id: 'id-3', scope: 'following', occurrenceDate: '2026-11-27', patch: { title: 'Runs' } });
    expect(whole.boxes.map((b) => b.id)).toEqual(['id-3']);
  });

  it("a series' weekdays and end change for the whole series, or from an occurrence on", async () => {
    host = makeTestHost();
    await seedPlan(host);
    const whole = await host.call('plan.update', { id: 'id-2', scope: 'series', patch: { weekdays: [4, 2], until: '2026-12-10' } });
    expect(whole.boxes).toEqual([expect.objectContaining({ id: 'id-2', firstDate: '2026-11-23', weekdays: [2, 4], until: '2026-12-10', startTime: '07:00' })]);
    expect((await weekWalls(host, W48)).filter((w) => w.includes('fitness'))).toEqual(['2026-11-24 07:00–08:00 fitness Run', '2026-11-26 07:00–08:00 fitness Run']);
    expect((await weekWalls(host, '2026-W51')).filter((w) => w.includes('fitness'))).toEqual([]);

    const following = await host.call('plan.update', { id: 'id-2', scope: 'following', occurrenceDate: '2026-12-01', patch: { weekdays: [6], until: null } });
    expect(following.boxes).toEqual([
      expect.objectContaining({ id: 'id-2', weekdays: [2, 4], until: '2026-11-30' }),
      expect.objectContaining({ id: 'id-3', firstDate: '2026-12-01', weekdays: [6], until: null }),
    ]);
    expect((await weekWalls(host, W49)).filter((w) => w.includes('fitness'))).toEqual(['2026-12-05 07:00–08:00 fitness Run']);
    expect((await weekWalls(host, '2026-W51')).filter((w) => w.includes('fitness'))).toEqual(['2026-12-19 07:00–08:00 fitness Run']);
  });

  it('a one-off made to repeat becomes a weekly series in place: the same id, its local times, one write', async () => {
    host = makeTestHost();
    const { deep } = await seedPlan(host);
    const write = vi.spyOn(host.app.store, 'setTimeboxes');
    const change = await host.call('plan.update', { id: deep.id, scope: 'occurrence', patch: { title: 'Focus', repeat: { weekdays: [4, 3], until: '2026-12-10' } } });
    expect(write).toHaveBeenCalledTimes(1);
    expect(change).toEqual({
      boxes: [{
        kind: 'weekly', id: 'id-1', categoryId: 'work', title: 'Focus', firstDate: '2026-11-25', startTime: '09:00', endTime: '12:00',
        weekdays: [3, 4], until: '2026-12-10', overrides: {}, cancelled: [],
      }],
      previous: [deep],
    });
    expect(host.app.store.getTimeboxes().map((b) => `${b.id} ${b.kind}`)).toEqual(['id-1 weekly', 'id-2 weekly']);
    expect((await weekWalls(host, W49)).filter((w) => w.includes('work'))).toEqual(['2026-12-02 09:00–12:00 work Focus', '2026-12-03 09:00–12:00 work Focus']);
    // Without until it goes on; a new start in the same patch sets its times.
    const other = await host.call('plan.add', { categoryId: 'family', start: at('2026-11-28', '15:00'), end: at('2026-11-28', '16:00') });
    const moved = await host.call('plan.update', { id: other.id, scope: 'series', patch: { start: at('2026-11-28', '17:00'), repeat: { weekdays: [6] } } });
    expect(moved.boxes).toEqual([expect.objectContaining({ id: other.id, kind: 'weekly', firstDate: '2026-11-28', startTime: '17:00', endTime: '18:00', until: null })]);
  });

  it('weekdays, until or repeat where they do not belong are refused as bad requests and write nothing', async () => {
    host = makeTestHost();
    await seedPlan(host);
    await host.app.store.flush();
    const before = folderFingerprint(host.dataDir);
    const boxes = JSON.stringify(host.app.store.getTimeboxes());
    const bad = async (payload: unknown, message: RegExp) => expect(await refusal(host, 'plan.update', payload)).toMatchObject({ code: 'bad-request', message: expect.stringMatching(message) });
    await bad({ id: 'id-1', scope: 'series', patch: { weekdays: [1] } }, /one-off box has no weekdays or until/);
    await bad({ id: 'id-1', scope: 'occurrence', patch: { until: '2026-12-10' } }, /one-off box has no weekdays or until/);
    await bad({ id: 'id-1', scope: 'occurrence', patch: { repeat: { weekdays: [3] }, weekdays: [3] } }, /not valid/);
    await bad({ id: 'id-1', scope: 'occurrence', patch: { repeat: { weekdays: [] } } }, /not valid/);
    await bad({ id: 'id-1', scope: 'occurrence', patch: { repeat: { weekdays: [3], until: '2026-11-01' } } }, /before its first day 2026-11-25/);
    await bad({ id: 'id-2', scope: 'occurrence', occurrenceDate: '2026-11-25', patch: { weekdays: [2] } }, /belong to the series/);
    await bad({ id: 'id-2', scope: 'occurrence', occurrenceDate: '2026-11-25', patch: { until: null } }, /belong to the series/);
    await bad({ id: 'id-2', scope: 'series', patch: { repeat: { weekdays: [2] } } }, /repeats already/);
    await bad({ id: 'id-2', scope: 'series', patch: { weekdays: [1, 1] } }, /not valid/);
    await bad({ id: 'id-2', scope: 'series', patch: { until: '2026-11-01' } }, /before its first day 2026-11-23/);
    await bad({ id: 'id-2', scope: 'following', occurrenceDate: '2026-11-27', patch: { until: '2026-11-26' } }, /before its first day 2026-11-27/);
    await bad({ id: 'id-2', scope: 'series', patch: { weekdays: [0], until: '2026-11-24' } }, /no day between 2026-11-23 and 2026-11-24/);
    await host.app.store.flush();
    expect(folderFingerprint(host.dataDir)).toBe(before);
    expect(JSON.stringify(host.app.store.getTimeboxes())).toBe(boxes);
  });

  it('removing answers what was removed, and plan.restore puts it back exactly (undo)', async () => {
    host = makeTestHost();
    const { deep, run } = await seedPlan(host);
    const one = await host.call('plan.remove', { id: run.id, occurrenceDate: '2026-11-25' });
    expect(one).toEqual({ removed: 'occurrence', box: run, occurrenceDate: '2026-11-25' });
    expect((await weekWalls(host, W48)).filter((w) => w.includes('fitness'))).toHaveLength(2);
    await host.call('plan.restore', { box: one.box });
    expect((await weekWalls(host, W48)).filter((w) => w.includes('fitness'))).toHaveLength(3);

    const gone = await host.call('plan.remove', { id: deep.id });
    expect(gone).toEqual({ removed: 'box', box: deep });
    expect(host.app.store.getTimeboxes().map((b) => b.id)).toEqual([run.id]);
    expect(await host.call('plan.restore', { box: gone.box })).toEqual(deep);
    expect(host.app.store.getTimeboxes()).toEqual([run, deep]);
    const series = await host.call('plan.remove', { id: run.id });
    expect(series).toEqual({ removed: 'box', box: run });
    expect(await refusal(host, 'plan.restore', { box: { ...deep, categoryId: 'garden' } })).toMatchObject({ code: 'not-found' });
  });

  it('an occurrence already removed is not removed again: the refusal says so and nothing is written', async () => {
    host = makeTestHost();
    const { run } = await seedPlan(host);
    await host.call('plan.remove', { id: run.id, occurrenceDate: '2026-11-25' });
    await host.app.store.flush();
    const before = folderFingerprint(host.dataDir);
    expect(await refusal(host, 'plan.remove', { id: run.id, occurrenceDate: '2026-11-25' })).toMatchObject({ code: 'not-found', message: expect.stringMatching(/on 2026-11-25 is already removed/) });
    await host.app.store.flush();
    expect(folderFingerprint(host.dataDir)).toBe(before);
  });

  it("copying last week's plan copies its one-offs at the same local times, skips series, and never copies twice", async () => {
    host = makeTestHost();
    await seedPlan(host);
    const copied = await host.call('plan.copyWeek', { fromWeekAt: at('2026-11-24', '12:00'), toWeekAt: at('2026-12-01', '12:00') });
    expect(copied).toEqual({
      added: [{ kind: 'once', id: 'id-3', categoryId: 'work', title: 'Deep work', start: at('2026-12-02', '09:00'), end: at('2026-12-02', '12:00') }],
      duplicates: 0,
      seriesSkipped: 1,
    });
    expect(await host.call('plan.copyWeek', { fromWeekAt: at('2026-11-24', '12:00'), toWeekAt: at('2026-12-01', '12:00') })).toEqual({ added: [], duplicates: 1, seriesSkipped: 1 });
    expect(await refusal(host, 'plan.copyWeek', { fromWeekAt: at('2026-11-24', '12:00'), toWeekAt: at('2026-11-29', '12:00') })).toMatchObject({ code: 'bad-request' });
  });

  it('a copy across the end of summer time keeps the wall clock: Tuesday 09:00 stays 09:00', async () => {
    host = makeTestHost({ start: at('2026-10-20', '08:00') });
    await host.call('plan.add', { categoryId: 'work', start: at('2026-10-20', '09:00'), end: at('2026-10-20', '10:00') });
    const { added } = await host.call('plan.copyWeek', { fromWeekAt: at('2026-10-20', '12:00'), toWeekAt: at('2026-10-27', '12:00') });
    expect(added.map((b) => (b.kind === 'once' ? `${wall(b.start)}–${wall(b.end).slice(11)}` : ''))).toEqual(['2026-10-27 09:00–10:00']);
    expect(added[0]!.kind === 'once' && added[0]!.start - at('2026-10-20', '09:00')).toBe(7 * 24 * 3_600_000 + 3_600_000);
  });

  it("the week's findings follow the plan: a work box outside the windows, an overlap, then gone when removed", async () => {
    host = makeTestHost();
    await seedPlan(host);
    const kinds = async () => (await host.call('plan.week', { week: W48 })).findings.map((f) => f.kind);
    expect(await kinds()).toEqual(['area-short', 'balance']);
    const saturday = await host.call('plan.add', { categoryId: 'work', start: at('2026-11-28', '10:00'), end: at('2026-11-28', '12:00') });
    const overlapping = await host.call('plan.add', { categoryId: 'family', start: at('2026-11-28', '11:00'), end: at('2026-11-28', '13:00') });
    const plan = await host.call('plan.week', { week: W48 });
    expect(plan.findings.map((f) => f.kind)).toEqual(['outside-window', 'overlap', 'area-short', 'balance']);
    expect(plan.findings[0]).toMatchObject({ boxIds: [saturday.id], minutes: 120, date: '2026-11-28' });
    expect(plan.findings[1]).toMatchObject({ boxIds: [saturday.id, overlapping.id], minutes: 60 });
    await host.call('plan.remove', { id: saturday.id });
    expect(await kinds()).toEqual(['area-short', 'balance']);
  });
});
