import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Settings } from '../../../shared/model';
import type { PlanFinding, Timebox } from '../../../shared/planModel';
import { planCheck } from '../../../shared/domain/planCheck';
import { expandWeek } from '../../../shared/domain/timeboxOccurrences';
import { MINUTE, parseDate, weekFromStartDate } from '../../../shared/domain/time';
import { CATEGORIES, settings, t } from './helpers';
import { once, weekly } from './timeboxFixtures';

const BERLIN = 'Europe/Berlin';
const at = (text: string) => t(BERLIN, text);
const WEEK = weekFromStartDate(parseDate('2026-03-23')!, BERLIN, 1);
// Mon–Fri 09:00–17:00 windows, a 35 h cap, fitness 2 h 30 min and family 10 h a week.
const S = settings(BERLIN);

/** A plan that keeps every rule: 35 h of work in the windows, 3 × 50 min of fitness, 10 h of family. */
const KEPT: Timebox[] = [
  weekly({ id: 'work', startTime: '09:00', endTime: '16:00', title: 'Work' }),
  weekly({ id: 'gym', categoryId: 'fitness', weekdays: [1, 3, 5], startTime: '17:30', durationMinutes: 50 }),
  weekly({ id: 'kids', categoryId: 'family', weekdays: [1, 2, 3, 4, 5], startTime: '18:30', endTime: '20:30' }),
];

function check(boxes: Timebox[], s: Settings = S): PlanFinding[] {
  return planCheck({ occurrences: expandWeek(boxes, WEEK, s), categories: CATEGORIES, settings: s, week: WEEK });
}
const kinds = (findings: PlanFinding[]) => findings.map((f) => f.kind);

describe('the plan check', () => {
  it('a plan within the cap and the windows, meeting both targets, without overlaps, has no findings', () => {
    expect(check(KEPT)).toEqual([]);
  });

  it('an empty plan has no findings', () => {
    expect(check([])).toEqual([]);
  });

  it('planned work over the weekly cap: by how much, and which boxes', () => {
    const findings = check([...KEPT.slice(1), weekly({ id: 'work', startTime: '09:00', endTime: '17:00' })]);
    expect(findings[0]).toEqual({
      kind: 'over-weekly-cap',
      boxIds: ['work@2026-03-23', 'work@2026-03-24', 'work@2026-03-25', 'work@2026-03-26', 'work@2026-03-27'],
      message: 'This plan has 40 h of work, 5 h over the 35 h weekly cap.',
      minutes: 300,
    });
    expect(findings.at(-1)).toEqual({ kind: 'balance', boxIds: findings[0]!.boxIds, message: 'This plan picks 2 of 3: work is 5 h over the cap.' });
  });

  it('overlapping work boxes count their shared time once toward the cap', () => {
    const twice = [...KEPT, weekly({ id: 'copy', startTime: '09:00', endTime: '16:00' })];
    expect(kinds(check(twice)).filter((k) => k !== 'overlap')).toEqual([]);
  });

  it('planned work over the daily cap, per local day', () => {
    const s = settings(BERLIN, { dailyCapMinutes: 8 * 60 });
    const findings = check([...KEPT, once('late', 'meetings', at('2026-03-24 16:00'), at('2026-03-24 18:30'), 'Call')], s);
    const daily = findings.filter((f) => f.kind === 'over-daily-cap');
    expect(daily).toEqual([
      {
        kind: 'over-daily-cap',
        boxIds: ['work@2026-03-24', 'late'],
        message: 'Tue 24 Mar has 9 h 30 min of work planned, 1 h 30 min over the 8 h daily cap.',
        minutes: 90,
        date: '2026-03-24',
      },
    ]);
    expect(kinds(check(KEPT, s))).toEqual([]);
  });

  it('work boxes outside the work windows, with the minutes outside; other areas may be anywhere', () => {
    const boxes = [...KEPT, once('late', 'work', at('2026-03-24 16:00'), at('2026-03-24 19:00'), 'Release'), once('sat', 'meetings', at('2026-03-28 10:00'), at('2026-03-28 12:00'))];
    const outside = check(boxes).filter((f) => f.kind === 'outside-window');
    expect(outside).toEqual([
      { kind: 'outside-window', boxIds: ['late'], message: '“Release” on Tue 24 Mar plans 2 h of work outside your work hours.', minutes: 120, date: '2026-03-24' },
      { kind: 'outside-window', boxIds: ['sat'], message: 'Meetings on Sat 28 Mar plans 2 h of work outside your work hours.', minutes: 120, date: '2026-03-28' },
    ]);
  });

  it('boxes sharing time overlap, whatever their areas; boxes that only touch do not', () => {
    const boxes = [...KEPT, once('standup', 'meetings', at('2026-03-25 15:30'), at('2026-03-25 16:00')), once('pickup', 'family', at('2026-03-26 15:45'), at('2026-03-26 16:15')), once('touch', 'run', at('2026-03-27 16:00'), at('2026-03-27 17:00'))];
    expect(check(boxes).filter((f) => f.kind === 'overlap')).toEqual([
      { kind: 'overlap', boxIds: ['work@2026-03-25', 'standup'], message: '“Work” and Meetings overlap by 30 min on Wed 25 Mar.', minutes: 30, date: '2026-03-25' },
      { kind: 'overlap', boxIds: ['work@2026-03-26', 'pickup'], message: '“Work” and Family overlap by 15 min on Thu 26 Mar.', minutes: 15, date: '2026-03-26' },
    ]);
  });

  it('fitness and family planned short of their targets, and the balance they leave: "this plan picks 2 of 3"', () => {
    const boxes = [KEPT[0]!, KEPT[1]!, weekly({ id: 'kids', categoryId: 'family', weekdays: [1, 2, 3], startTime: '18:30', endTime: '20:30' })];
    const findings = check(boxes);
    expect(findings).toEqual([
      {
        kind: 'area-short',
        boxIds: ['kids@2026-03-23', 'kids@2026-03-24', 'kids@2026-03-25'],
        message: 'Planned family time is 6 h: 4 h short of the 10 h weekly target.',
        minutes: 240,
      },
      { kind: 'balance', boxIds: ['kids@2026-03-23', 'kids@2026-03-24', 'kids@2026-03-25'], message: 'This plan picks 2 of 3: family is 4 h short.' },
    ]);
    expect(check([KEPT[0]!]).map((f) => f.message)).toEqual([
      'No fitness time is planned, against a weekly target of 2 h 30 min.',
      'No family time is planned, against a weekly target of 10 h.',
      'This plan picks 1 of 3: fitness is 2 h 30 min short and family is 10 h short.',
    ]);
    // Work over the cap and nothing else planned: none of the three, said as a word.
    expect(check([weekly({ id: 'work', startTime: '09:00', endTime: '17:00' })]).at(-1)?.message).toBe(
      'This plan picks none of 3: work is 5 h over the cap, fitness is 2 h 30 min short and family is 10 h short.',
    );
  });

  it('a box crossing the week’s edge counts only its part inside the week', () => {
    const s = settings(BERLIN, { weeklyCapMinutes: 60 });
    const findings = check([once('night', 'work', at('2026-03-29 23:00'), at('2026-03-30 03:00'))], s);
    expect(findings.find((f) => f.kind === 'over-weekly-cap')).toBeUndefined();
    expect(findings.find((f) => f.kind === 'outside-window')?.minutes).toBe(60);
  });

  it('without a week, boxes count whole over the days they touch', () => {
    const s = settings(BERLIN, { dailyCapMinutes: 60 });
    const occurrences = expandWeek([once('night', 'work', at('2026-03-29 22:00'), at('2026-03-30 03:00'))], WEEK, s);
    const findings = planCheck({ occurrences, categories: CATEGORIES, settings: s });
    expect(findings.filter((f) => f.kind === 'over-daily-cap').map((f) => [f.date, f.minutes])).toEqual([
      ['2026-03-29', 60],
      ['2026-03-30', 120],
    ]);
  });
});

describe('plan check invariants', () => {
  const CATEGORY_IDS = CATEGORIES.map((c) => c.id);
  const boxes = fc.array(
    fc.record({ day: fc.integer({ min: -1, max: 7 }), startMinute: fc.integer({ min: 0, max: 24 * 4 - 1 }), quarters: fc.integer({ min: 1, max: 40 }), categoryId: fc.constantFrom(...CATEGORY_IDS) }),
    { maxLength: 25 },
  ).map((raw) =>
    raw.map((r, i) => {
      const start = WEEK.start + r.day * 24 * 60 * MINUTE + r.startMinute * 15 * MINUTE;
      return once(`b${i}`, r.categoryId, start, start + r.quarters * 15 * MINUTE);
    }),
  );

  it('overlaps are exactly the pairs sharing time in the week, and the cap finding says exactly how far planned work goes over', () => {
    fc.assert(
      fc.property(boxes, fc.integer({ min: 0, max: 60 }), (plan, capHours) => {
        const s = settings(BERLIN, { weeklyCapMinutes: capHours * 60 });
        const findings = check(plan, s);
        const inWeek = plan.filter((b) => b.start < WEEK.end && b.end > WEEK.start);
        const pairs: string[] = [];
        for (const a of inWeek) for (const b of inWeek) if (a.id < b.id && Math.min(a.end, b.end, WEEK.end) > Math.max(a.start, b.start, WEEK.start)) pairs.push(`${a.id} ${b.id}`);
        const found = findings.filter((f) => f.kind === 'overlap').map((f) => [...f.boxIds].sort().join(' '));
        expect(found.sort()).toEqual(pairs.sort());
        // Planned work, counted by quarter hour: each quarter once, however many work boxes cover it.
        const workIds = new Set(CATEGORIES.filter((c) => c.area === 'work').map((c) => c.id));
        let workQuarters = 0;
        for (let q = WEEK.start; q < WEEK.end; q += 15 * MINUTE) if (inWeek.some((b) => workIds.has(b.categoryId) && b.start <= q && q < b.end)) workQuarters++;
        const over = findings.find((f) => f.kind === 'over-weekly-cap');
        expect(over?.minutes ?? 0).toBe(Math.max(0, workQuarters * 15 - capHours * 60));
      }),
      { numRuns: 150 },
    );
  });
});
