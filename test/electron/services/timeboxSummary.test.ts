import { afterEach, describe, expect, it } from 'vitest';
import { planVsActual } from '../../../shared/domain/planVsActual';
import { expandWeek } from '../../../shared/domain/timeboxOccurrences';
import { makeTestHost, type TestHost } from '../../support/testHost';
import { at } from './timeboxFixtures';

describe('the week summary with the plan against it', () => {
  let host: TestHost;
  afterEach(() => host?.cleanup());

  async function seed(): Promise<void> {
    await host.call('plan.add', { categoryId: 'work', start: at('2026-11-23', '09:00'), end: at('2026-11-23', '12:00') });
    await host.call('plan.add', { categoryId: 'fitness', start: at('2026-11-23', '07:00'), end: at('2026-11-23', '08:00'), repeat: [1, 3, 5] });
    // Work past the box's end, fitness half inside its box, family with no box at all.
    await host.call('entries.add', { categoryId: 'work', start: at('2026-11-23', '08:30'), end: at('2026-11-23', '13:00') });
    await host.call('entries.add', { categoryId: 'fitness', start: at('2026-11-23', '07:30'), end: at('2026-11-23', '08:30') });
    await host.call('entries.add', { categoryId: 'family', start: at('2026-11-23', '18:00'), end: at('2026-11-23', '20:00') });
  }

  it("summary.week carries planVsActual's figures for its week, with adherence at most 1", async () => {
    host = makeTestHost();
    await seed();
    const summary = await host.call('summary.week', {});
    const store = host.app.store;
    const settings = store.getSettings();
    const expected = planVsActual({
      occurrences: expandWeek(store.getTimeboxes(), summary.start, settings),
      entries: [...store.getEntries()],
      timer: null,
      now: host.clock.now(),
      categories: store.getCategories(),
      settings,
      week: summary.start,
    }).planned;
    expect(summary.planned).toEqual(expected);
    expect(summary.planned).toEqual({
      minutes: { work: 180, fitness: 180, family: 0 },
      actualInBoxesMinutes: { work: 180, fitness: 30, family: 0 },
      adherence: (180 + 30) / 360,
      unplannedWorkMinutes: 90,
      // Tuesday: Monday's boxes were due, Wednesday's and Friday's runs are still to come.
      soFar: { minutes: { work: 180, fitness: 60, family: 0 }, adherence: (180 + 30) / 240 },
    });
    // The summary itself is the domain's, unchanged: logged minutes count whole, in boxes or not.
    expect(summary.minutes).toEqual({ work: 270, fitness: 60, family: 120 });
  });

  it('summary.range gives each week its own plan; a week with nothing planned has adherence null', async () => {
    host = makeTestHost();
    await seed();
    // Far more logged than planned still keeps adherence at 1 or below.
    await host.call('entries.add', { categoryId: 'fitness', start: at('2026-11-25', '06:00'), end: at('2026-11-25', '10:00') });
    const range = await host.call('summary.range', { weeks: 2, at: at('2026-11-30', '12:00') });
    expect(range.weeks.map((w) => w.week)).toEqual(['2026-W48', '2026-W49']);
    for (const week of range.weeks) {
      expect(week.planned!.adherence === null || (week.planned!.adherence >= 0 && week.planned!.adherence <= 1)).toBe(true);
    }
    expect(range.weeks[0]!.planned).toMatchObject({ actualInBoxesMinutes: { work: 180, fitness: 90 }, adherence: (180 + 90) / 360 });
    expect(range.weeks[1]!.planned).toMatchObject({ minutes: { work: 0, fitness: 180, family: 0 }, adherence: 0 });
    await host.call('plan.remove', { id: 'id-2' });
    const later = await host.call('summary.week', { at: at('2026-11-30', '12:00') });
    expect(later.planned).toEqual({ minutes: { work: 0, fitness: 0, family: 0 }, actualInBoxesMinutes: { work: 0, fitness: 0, family: 0 }, adherence: null, unplannedWorkMinutes: 0 });
  });
});
