import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Entry, RunningTimer } from '../../../shared/model';
import type { Timebox } from '../../../shared/planModel';
import { planVsActual } from '../../../shared/domain/planVsActual';
import { expandWeek } from '../../../shared/domain/timeboxOccurrences';
import { DAY, MINUTE, parseDate, weekContaining, weekFromStartDate, type WeekStart } from '../../../shared/domain/time';
import { weekSummary } from '../../../shared/domain/weekSummary';
import { CATEGORIES, entry, settings, t, timer } from './helpers';
import { once, weekly, ZONES } from './timeboxFixtures';

const BERLIN = 'Europe/Berlin';
const at = (text: string) => t(BERLIN, text);
const S = settings(BERLIN);
const WEEK = weekFromStartDate(parseDate('2026-03-23')!, BERLIN, 1);
const LATER = at('2026-04-10 12:00');

function compare(boxes: Timebox[], entries: Entry[], running: RunningTimer | null = null, now = LATER) {
  return planVsActual({ occurrences: expandWeek(boxes, WEEK, S), entries, timer: running, now, categories: CATEGORIES, settings: S, week: WEEK });
}

describe('plan against actual', () => {
  it('per area: planned minutes, same-area minutes logged inside the boxes, adherence, and work outside every work box', () => {
    const boxes = [once('focus', 'work', at('2026-03-23 09:00'), at('2026-03-23 12:00'), 'Focus'), once('gym', 'fitness', at('2026-03-24 07:00'), at('2026-03-24 08:00'))];
    const entries = [
      entry('work', at('2026-03-23 09:30'), at('2026-03-23 11:00')),
      entry('meetings', at('2026-03-23 11:30'), at('2026-03-23 13:00')),
      entry('run', at('2026-03-24 07:10'), at('2026-03-24 07:40')),
      entry('family', at('2026-03-25 19:00'), at('2026-03-25 20:00')),
    ];
    const result = compare(boxes, entries);
    expect(result.week).toBe('2026-W13');
    expect(result.planned).toEqual({
      minutes: { work: 180, fitness: 60, family: 0 },
      actualInBoxesMinutes: { work: 120, fitness: 30, family: 0 },
      adherence: 150 / 240,
      unplannedWorkMinutes: 60,
    });
    expect(result.boxes).toEqual([
      { boxId: 'focus', occurrenceDate: '2026-03-23', categoryId: 'work', start: at('2026-03-23 09:00'), end: at('2026-03-23 12:00'), title: 'Focus', area: 'work', plannedMinutes: 180, actualMinutes: 120, adherence: 120 / 180 },
      { boxId: 'gym', occurrenceDate: '2026-03-24', categoryId: 'fitness', start: at('2026-03-24 07:00'), end: at('2026-03-24 08:00'), title: null, area: 'fitness', plannedMinutes: 60, actualMinutes: 30, adherence: 0.5 },
    ]);
  });

  it('time logged in another area does not count for a box: work during a family box is unplanned work', () => {
    const boxes = [once('dinner', 'family', at('2026-03-23 18:00'), at('2026-03-23 20:00'))];
    const result = compare(boxes, [entry('work', at('2026-03-23 18:00'), at('2026-03-23 19:00'))]);
    expect(result.planned).toMatchObject({ actualInBoxesMinutes: { work: 0, fitness: 0, family: 0 }, adherence: 0, unplannedWorkMinutes: 60 });
  });

  it('overlapping boxes of one area: the week counts a shared minute once, each box’s row sees it', () => {
    const boxes = [once('a', 'work', at('2026-03-23 09:00'), at('2026-03-23 12:00')), once('b', 'meetings', at('2026-03-23 11:00'), at('2026-03-23 13:00'))];
    const result = compare(boxes, [entry('work', at('2026-03-23 09:00'), at('2026-03-23 13:00'))]);
    expect(result.planned).toEqual({ minutes: { work: 240, fitness: 0, family: 0 }, actualInBoxesMinutes: { work: 240, fitness: 0, family: 0 }, adherence: 1, unplannedWorkMinutes: 0 });
    expect(result.boxes.map((r) => [r.boxId, r.plannedMinutes, r.actualMinutes, r.adherence])).toEqual([
      ['a', 180, 180, 1],
      ['b', 120, 120, 1],
    ]);
  });

  it('adherence never goes above 1, even when old overlapping entries log the same minutes twice', () => {
    const boxes = [once('a', 'work', at('2026-03-23 09:00'), at('2026-03-23 10:00'))];
    const twice = [entry('work', at('2026-03-23 09:00'), at('2026-03-23 10:00')), entry('meetings', at('2026-03-23 09:00'), at('2026-03-23 10:00'))];
    const result = compare(boxes, twice);
    expect(result.planned.actualInBoxesMinutes.work).toBe(120);
    expect(result.planned.adherence).toBe(1);
    expect(result.boxes[0]!.adherence).toBe(1);
  });

  it('a running timer counts up to now; boxes still ahead count as planned with nothing logged yet', () => {
    const boxes = [weekly({ id: 'w', startTime: '09:00', endTime: '12:00', weekdays: [1, 2] })];
    const now = at('2026-03-23 11:00');
    const result = compare(boxes, [], timer('work', at('2026-03-23 10:00')), now);
    expect(result.boxes.map((r) => [r.boxId, r.actualMinutes])).toEqual([
      ['w@2026-03-23', 60],
      ['w@2026-03-24', 0],
    ]);
    expect(result.planned.adherence).toBe(60 / 360);
  });

  it('nothing planned: adherence is null and all logged work is unplanned', () => {
    const result = compare([], [entry('work', at('2026-03-23 09:00'), at('2026-03-23 10:30'))]);
    expect(result.planned).toEqual({ minutes: { work: 0, fitness: 0, family: 0 }, actualInBoxesMinutes: { work: 0, fitness: 0, family: 0 }, adherence: null, unplannedWorkMinutes: 90 });
    expect(result.boxes).toEqual([]);
  });

  it('a box crossing the week’s edge counts its part inside the week, and the week can be given as an instant', () => {
    const boxes = [once('night', 'work', at('2026-03-29 22:00'), at('2026-03-30 02:00'))];
    const entries = [entry('work', at('2026-03-29 22:00'), at('2026-03-30 02:00'))];
    const occurrences = expandWeek(boxes, WEEK, S);
    const result = planVsActual({ occurrences, entries, timer: null, now: LATER, categories: CATEGORIES, settings: S, week: at('2026-03-25 12:00') });
    expect(result.planned.minutes.work).toBe(120);
    expect(result.planned.actualInBoxesMinutes.work).toBe(120);
    expect(result.boxes[0]!.plannedMinutes).toBe(120);
  });
});

describe('plan against actual, against the week summary', () => {
  const CATEGORY_IDS = CATEGORIES.map((c) => c.id);
  const weekAt = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 11, 20) });
  const config = fc.record({ zone: fc.constantFrom(...ZONES), weekStartsOn: fc.constantFrom<WeekStart>(0, 1, 6), at: weekAt });
  const spans = (at: number, maxLength: number) =>
    fc.array(
      fc.record({ offset: fc.integer({ min: -8 * 24 * 60, max: 8 * 24 * 60 }), length: fc.integer({ min: 0, max: 6 * 60 }), categoryId: fc.constantFrom(...CATEGORY_IDS) }),
      { maxLength },
    ).map((raw) => raw.map((r) => ({ start: Math.floor(at / MINUTE) * MINUTE + r.offset * MINUTE, length: r.length * MINUTE, categoryId: r.categoryId })));
  const scenario = config.chain((c) =>
    fc.record({ entries: spans(c.at, 20), boxes: spans(c.at, 15), timerOffset: fc.option(fc.integer({ min: 1, max: 600 }), { nil: null }) }).map((r) => ({ ...c, ...r })),
  );

  function run(c: { zone: string; weekStartsOn: WeekStart; at: number }, entries: Entry[], boxes: Timebox[], running: RunningTimer | null, now: number) {
    const s = settings(c.zone, { weekStartsOn: c.weekStartsOn });
    const week = weekContaining(c.at, c.zone, c.weekStartsOn);
    const result = planVsActual({ occurrences: expandWeek(boxes, week, s), entries, timer: running, now, categories: CATEGORIES, settings: s, week });
    const summary = weekSummary({ entries, categories: CATEGORIES, settings: s, timer: running, now, at: c.at });
    return { result, summary };
  }

  const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1e-6);

  it('adherence stays within 0..1; unplanned work plus work in boxes is the week’s work; time in boxes never exceeds the logged time', () => {
    fc.assert(
      fc.property(scenario, (c) => {
        const entries = c.entries.map((e, i): Entry => ({ id: `e${i}`, categoryId: e.categoryId, start: e.start, end: e.start + e.length, note: '', tags: [], source: 'manual' }));
        const boxes = c.boxes.filter((b) => b.length > 0).map((b, i) => once(`b${i}`, b.categoryId, b.start, b.start + b.length));
        const now = c.timerOffset === null ? c.at + 30 * DAY : c.at;
        const running = c.timerOffset === null ? null : timer('work', c.at - c.timerOffset * MINUTE);
        const { result, summary } = run(c, entries, boxes, running, now);
        const { planned } = result;
        if (planned.adherence !== null) {
          expect(planned.adherence).toBeGreaterThanOrEqual(0);
          expect(planned.adherence).toBeLessThanOrEqual(1);
        } else expect(planned.minutes).toEqual({ work: 0, fitness: 0, family: 0 });
        for (const row of result.boxes) expect(row.adherence >= 0 && row.adherence <= 1).toBe(true);
        close(planned.unplannedWorkMinutes + planned.actualInBoxesMinutes.work, summary.minutes.work);
        for (const area of ['work', 'fitness', 'family'] as const) expect(planned.actualInBoxesMinutes[area]).toBeLessThanOrEqual(summary.minutes[area] + 1e-6);
      }),
      { numRuns: 150 },
    );
  });

  it('when the boxes are exactly the logged time, planned and actual both equal the week summary’s minutes per area, and adherence is 1', () => {
    fc.assert(
      fc.property(scenario, (c) => {
        // Entries one after another, as entry rules keep them; a box for each.
        let cursor = Math.floor(c.at / MINUTE) * MINUTE - 8 * DAY;
        const entries = c.entries.map((e, i): Entry => {
          const start = cursor + (e.start % (4 * 60 * MINUTE) + 4 * 60 * MINUTE) % (4 * 60 * MINUTE);
          cursor = start + e.length;
          return { id: `e${i}`, categoryId: e.categoryId, start, end: cursor, note: '', tags: [], source: 'manual' };
        });
        const boxes = entries.filter((e) => e.end > e.start).map((e) => once(`box-${e.id}`, e.categoryId, e.start, e.end));
        const { result, summary } = run(c, entries, boxes, null, c.at + 60 * DAY);
        for (const area of ['work', 'fitness', 'family'] as const) {
          close(result.planned.minutes[area], summary.minutes[area]);
          close(result.planned.actualInBoxesMinutes[area], summary.minutes[area]);
        }
        close(result.planned.unplannedWorkMinutes, 0);
        const total = summary.minutes.work + summary.minutes.fitness + summary.minutes.family;
        expect(result.planned.adherence).toBe(total > 0 ? 1 : null);
      }),
      { numRuns: 150 },
    );
  });
});
