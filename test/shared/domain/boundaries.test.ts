import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BoundarySpan, Entry, Settings } from '../../../shared/model';
import { boundariesInForce, carryValues, removeStep, setBoundariesFrom, spanLabel, stepContent, valuesOf } from '../../../shared/domain/boundaries';
import { weekRange, weekSummary } from '../../../shared/domain/weekSummary';
import { decideLock } from '../../../shared/domain/locks';
import { addDays, formatDate, parseWeek } from '../../../shared/domain/time';
import { CATEGORIES, entry, settings, t } from './helpers';

const BERLIN = 'Europe/Berlin';
const at = (text: string) => t(BERLIN, text);
const week = (label: string) => parseWeek(label, 1)!;
const base = valuesOf(settings(BERLIN));
const span = (from: string | null, weeklyCapMinutes: number, extra: Partial<BoundarySpan> = {}): BoundarySpan => ({
  ...base,
  from: from === null ? null : formatDate(week(from)),
  weeklyCapMinutes,
  ...extra,
});
/** A span without the record of what it set: its values as every figure reads them. */
const values = ({ sets: _sets, ...rest }: BoundarySpan): BoundarySpan => rest;
/** The return-to-work ramp of the issue: 20 h now, 28 h from 2027-W10, 35 h from 2027-W30. */
const RAMP = [span(null, 1200), span('2027-W10', 1680), span('2027-W30', 2100)];

describe('the boundaries in force in a week', () => {
  it.each([
    ['2026-W41', 1200],
    ['2027-W09', 1200],
    ['2027-W10', 1680],
    ['2027-W29', 1680],
    ['2027-W30', 2100],
    ['2028-W01', 2100],
    // The first span holds for every week before the second, even before it was set.
    ['2020-W01', 1200],
  ])('a ramp holds in %s a cap of %i minutes', (label, cap) => {
    expect(boundariesInForce(RAMP, week(label)).weeklyCapMinutes).toBe(cap);
  });

  it('a step dated inside a week (weeks starting on Sunday) is in force from that week', () => {
    const timeline = [span(null, 1200), { ...span(null, 2100), from: '2026-10-07' }]; // a Wednesday
    expect(boundariesInForce(timeline, { year: 2026, month: 10, day: 4 }).weeklyCapMinutes).toBe(2100);
    expect(boundariesInForce(timeline, { year: 2026, month: 9, day: 27 }).weeklyCapMinutes).toBe(1200);
  });
});

describe('changing the timeline', () => {
  const firstWeek = week('2026-W41');

  it('a change from a later week is a new step; the weeks before keep their values', () => {
    const next = setBoundariesFrom([span(null, 1200)], week('2026-W45'), { weeklyCapMinutes: 2100 }, firstWeek);
    expect(next.map((s) => [s.from, s.weeklyCapMinutes])).toEqual([
      [null, 1200],
      ['2026-11-02', 2100],
    ]);
    expect(boundariesInForce(next, week('2026-W44')).weeklyCapMinutes).toBe(1200);
  });

  it('a change from a week a step starts in changes that step, and runs on through the steps that only carried the old value', () => {
    const next = setBoundariesFrom(RAMP, week('2027-W10'), { dailyCapMinutes: 360 }, firstWeek);
    expect(next.map((s) => s.dailyCapMinutes)).toEqual([null, 360, 360]);
    expect(next.map((s) => s.weeklyCapMinutes)).toEqual([1200, 1680, 2100]);
    // A cap changed at a step stops at the next step, which set a cap of its own.
    expect(setBoundariesFrom(RAMP, week('2027-W10'), { weeklyCapMinutes: 1500 }, firstWeek).map((s) => s.weeklyCapMinutes)).toEqual([1200, 1500, 2100]);
  });

  it('windows changed this week hold through a planned cap ramp, and stop at a step that set windows of its own', () => {
    const fourDays = [[], ...Array.from({ length: 4 }, () => [{ start: '08:00', end: '16:00' }]), [], []];
    const afternoons = [[], ...Array.from({ length: 5 }, () => [{ start: '12:00', end: '18:00' }]), []];
    const next = setBoundariesFrom(RAMP, week('2026-W50'), { workWindows: fourDays }, firstWeek);
    expect(next.map((s) => s.from)).toEqual([null, formatDate(week('2026-W50')), formatDate(week('2027-W10')), formatDate(week('2027-W30'))]);
    expect(next.map((s) => s.workWindows)).toEqual([base.workWindows, fourDays, fourDays, fourDays]);
    expect(next.map((s) => s.weeklyCapMinutes)).toEqual([1200, 1200, 1680, 2100]);
    // With afternoons planned from 2027-W30, the four days stop there.
    const planned = [RAMP[0]!, RAMP[1]!, { ...RAMP[2]!, workWindows: afternoons }];
    expect(setBoundariesFrom(planned, week('2026-W50'), { workWindows: fourDays }, firstWeek).map((s) => s.workWindows)).toEqual([base.workWindows, fourDays, fourDays, afternoons]);
  });

  it('each target runs on by itself: a later step that set the family target still takes a new fitness target', () => {
    const planned = [RAMP[0]!, { ...RAMP[1]!, targets: { ...base.targets, familyMinutes: 900 } }, RAMP[2]!];
    const next = setBoundariesFrom(planned, week('2026-W50'), { targets: { ...base.targets, fitnessMinutes: 200 } }, firstWeek);
    expect(next.map((s) => [s.targets.fitnessMinutes, s.targets.familyMinutes])).toEqual([
      [base.targets.fitnessMinutes, base.targets.familyMinutes],
      [200, base.targets.familyMinutes],
      [200, 900],
      [200, base.targets.familyMinutes],
    ]);
  });

  it('a change from a week between steps splits the span in force; the next step still follows', () => {
    const next = setBoundariesFrom(RAMP, week('2027-W20'), { weeklyCapMinutes: 1500 }, firstWeek);
    expect(next.map((s) => s.weeklyCapMinutes)).toEqual([1200, 1680, 1500, 2100]);
    expect(boundariesInForce(next, week('2027-W19')).weeklyCapMinutes).toBe(1680);
    expect(boundariesInForce(next, week('2027-W30')).weeklyCapMinutes).toBe(2100);
  });

  it('values already in force from that week make no step', () => {
    expect(setBoundariesFrom(RAMP, week('2027-W20'), { weeklyCapMinutes: 1680 }, firstWeek)).toEqual(RAMP);
    expect(setBoundariesFrom(RAMP, week('2027-W20'), { dailyCapMinutes: null, targets: base.targets }, firstWeek)).toEqual(RAMP);
    // One value that differs makes the step.
    expect(setBoundariesFrom(RAMP, week('2027-W20'), { dailyCapMinutes: null, weeklyCapMinutes: 1700 }, firstWeek)).toHaveLength(4);
  });

  it('a step that set a value on purpose keeps it, even the value a change before it replaces', () => {
    // 30 h now, 35 h planned from 2027-W10; the 35 h moved earlier to 2027-W05, then that step changed to 32 h.
    let timeline = setBoundariesFrom([span(null, 1800)], week('2027-W10'), { weeklyCapMinutes: 2100 }, firstWeek);
    timeline = setBoundariesFrom(timeline, week('2027-W05'), { weeklyCapMinutes: 2100 }, firstWeek);
    timeline = setBoundariesFrom(timeline, week('2027-W05'), { weeklyCapMinutes: 1920 }, firstWeek);
    expect(timeline.map((s) => s.weeklyCapMinutes)).toEqual([1800, 1920, 2100]);
    expect(timeline.map((s) => s.sets)).toEqual([expect.arrayContaining(['weeklyCapMinutes', 'workWindows']), ['weeklyCapMinutes'], ['weeklyCapMinutes']]);
  });

  it('removing a step takes back what it carried on through the steps after it', () => {
    const fourDays = [[], ...Array.from({ length: 4 }, () => [{ start: '08:00', end: '16:00' }]), [], []];
    const changed = setBoundariesFrom(RAMP, week('2026-W50'), { workWindows: fourDays }, firstWeek);
    expect(changed.map((s) => s.workWindows)).toEqual([base.workWindows, fourDays, fourDays, fourDays]);
    const removed = removeStep(changed, week('2026-W50'), 1, firstWeek);
    expect(removed.ok && removed.timeline.map((s) => s.workWindows)).toEqual([base.workWindows, base.workWindows, base.workWindows]);
    expect(removed.ok && removed.timeline.map((s) => s.weeklyCapMinutes)).toEqual([1200, 1680, 2100]);
  });

  it('a change from the first week shown (no figures before it) changes the first span in place', () => {
    expect(setBoundariesFrom([span(null, 2100)], firstWeek, { weeklyCapMinutes: 1200 }, firstWeek).map(values)).toEqual([span(null, 1200)]);
  });

  it('removing the middle step of a ramp joins its neighbours: the 20 h span runs on to the 35 h step', () => {
    const removed = removeStep(RAMP, week('2027-W10'), 1, firstWeek);
    expect(removed.ok && removed.timeline.map(values)).toEqual([RAMP[0], RAMP[2]]);
    if (!removed.ok) return;
    expect(boundariesInForce(removed.timeline, week('2027-W20')).weeklyCapMinutes).toBe(1200);
    expect(boundariesInForce(removed.timeline, week('2027-W30')).weeklyCapMinutes).toBe(2100);
  });

  it('the first span cannot be removed, and a week with no step says so', () => {
    expect(removeStep(RAMP, firstWeek, 1, firstWeek)).toEqual({ ok: false, reason: expect.stringContaining('first span (from 2026-W41) cannot be removed') });
    expect(removeStep(RAMP, week('2027-W11'), 1, firstWeek)).toEqual({ ok: false, reason: 'No step starts in 2027-W11.' });
  });

  it('a span is labelled like summary weeks: the first one from the week given for it', () => {
    expect(RAMP.map((s) => spanLabel(s, firstWeek, 1))).toEqual(['2026-W41', '2027-W10', '2027-W30']);
    expect(spanLabel(RAMP[1]!, firstWeek, 0)).toBe('2027-03-07');
  });
});

describe('steps set on two computers, put together', () => {
  const firstWeek = week('2026-W41');
  const byFrom = (a: BoundarySpan, b: BoundarySpan) => (a.from === b.from ? 0 : a.from === null ? -1 : b.from === null ? 1 : a.from < b.from ? -1 : 1);

  it("each step keeps what it set and carries the rest from the step before, not the values its computer had", () => {
    const start = [span(null, 2100)];
    const laptop = setBoundariesFrom(start, week('2026-W47'), { weeklyCapMinutes: 1800 }, firstWeek);
    const desktop = setBoundariesFrom(start, week('2026-W48'), { targets: { ...base.targets, familyMinutes: 200 } }, firstWeek);
    const merged = [...laptop, desktop[1]!].sort(byFrom);
    expect(merged.map((s) => s.weeklyCapMinutes)).toEqual([2100, 1800, 2100]);
    const carried = carryValues(merged);
    expect(carried.map((s) => [s.weeklyCapMinutes, s.targets.familyMinutes])).toEqual([[2100, base.targets.familyMinutes], [1800, base.targets.familyMinutes], [1800, 200]]);
    expect(carried.map((s) => s.sets)).toEqual(merged.map((s) => s.sets));
  });

  it('a timeline changed on one computer is already carried: carrying again changes nothing', () => {
    const changeArb = fc.record({ week: fc.integer({ min: 0, max: 30 }), cap: fc.integer({ min: 1, max: 60 }).map((h) => h * 60), family: fc.option(fc.integer({ min: 0, max: 20 }).map((h) => h * 60)) });
    fc.assert(
      fc.property(fc.array(changeArb, { maxLength: 6 }), (changes) => {
        let timeline = [span(null, 2100)];
        for (const c of changes) {
          const values = c.family === null ? { weeklyCapMinutes: c.cap } : { targets: { ...base.targets, familyMinutes: c.family } };
          timeline = setBoundariesFrom(timeline, addDays(firstWeek, c.week * 7), values, firstWeek);
        }
        expect(carryValues(timeline)).toEqual(timeline);
      }),
    );
  });

  it('two versions of a step compare by what they set: a value carried from another step is not its own', () => {
    const step = { ...span('2026-W48', 1800), sets: ['weeklyCapMinutes' as const] };
    expect(stepContent({ ...step, targets: { ...base.targets, familyMinutes: 200 } })).toEqual(stepContent(step));
    expect(stepContent({ ...step, weeklyCapMinutes: 1680 })).not.toEqual(stepContent(step));
    // The first span sets every value, whether it says so or not.
    expect(stepContent(span(null, 2100))).toEqual(stepContent({ ...span(null, 2100), sets: ['weeklyCapMinutes'] }));
  });
});

describe('every figure of a week uses the values in force in it', () => {
  const lived: Settings = { ...settings(BERLIN), timeline: [span(null, 1200), span('2026-W45', 2100)] };
  const eight = [entry('work', at('2026-10-06 09:00'), at('2026-10-06 17:00'))];

  it('the story: 8 h logged in 2026-W41 under a 20 h cap, 35 h from a later week: W41 still says 20 h', () => {
    const s = weekSummary({ entries: eight, categories: CATEGORIES, settings: lived, timer: null, now: at('2026-12-01 12:00'), at: at('2026-10-06 12:00') });
    expect(s.week).toBe('2026-W41');
    expect([s.capMinutes, s.baseCapMinutes, s.remainingMinutes, s.balance.targets.workMaxMinutes]).toEqual([1200, 1200, 720, 1200]);
    const later = weekSummary({ entries: [], categories: CATEGORIES, settings: lived, timer: null, now: at('2026-12-01 12:00'), at: at('2026-11-03 12:00') });
    expect(later.capMinutes).toBe(2100);
  });

  it('"weeks over cap" counts each week against its own cap', () => {
    // 30 h in W44 (cap 20 h: over) and in W45 (cap 35 h: under).
    const days = (monday: string) => [0, 1, 2, 3, 4].map((i) => {
      const d = formatDate(addDays(week(monday), i));
      return entry('work', at(`${d} 09:00`), at(`${d} 15:00`));
    });
    const range = weekRange({ entries: [...days('2026-W44'), ...days('2026-W45')], categories: CATEGORIES, settings: lived, timer: null, now: at('2026-12-01 12:00'), at: at('2026-11-03 12:00'), weeks: 2 });
    expect(range.weeks.map((w) => [w.week, w.capMinutes, w.signals.overCap])).toEqual([
      ['2026-W44', 1200, true],
      ['2026-W45', 2100, false],
    ]);
    expect(range.trend.consecutiveWeeksOverCap).toBe(0);
  });

  it('off-hours work follows the windows in force in each week', () => {
    const early = [[], ...Array.from({ length: 5 }, () => [{ start: '06:00', end: '14:00' }]), []];
    const s = { ...lived, timeline: [span(null, 1200), span('2026-W45', 2100, { workWindows: early })] };
    const work = (d: string) => [entry('work', at(`${d} 07:00`), at(`${d} 08:00`))];
    const sum = (d: string) => weekSummary({ entries: work(d), categories: CATEGORIES, settings: s, timer: null, now: at('2026-12-01 12:00'), at: at(`${d} 12:00`) });
    expect(sum('2026-10-06').offHoursWorkMinutes).toBe(60);
    expect(sum('2026-11-03').offHoursWorkMinutes).toBe(0);
  });

  it('the lock judges a start against the cap in force that week', () => {
    const hard: Settings = { ...lived, lockMode: 'hard' };
    const logged = [0, 1, 2].map((i) => {
      const d = formatDate(addDays(week('2026-W45'), i));
      return entry('work', at(`${d} 08:00`), at(`${d} 17:00`));
    });
    const now = at('2026-11-05 10:00');
    const decision = decideLock({ action: 'start', categoryId: 'work', at: now, now, settings: hard, categories: CATEGORIES, entries: logged, timer: null, unlocks: [] });
    // 27 h logged: past the old 20 h cap, under the 35 h one in force that week.
    expect(decision.verdict).toBe('allowed');
  });
});

describe('a week depends only on the spans in force in it', () => {
  const weekArb = fc.integer({ min: 0, max: 30 });
  const capArb = fc.integer({ min: 0, max: 60 }).map((h) => h * 60);
  const stepsArb = fc.array(fc.record({ week: weekArb, cap: capArb, daily: fc.option(fc.integer({ min: 1, max: 12 }).map((h) => h * 60)) }), { maxLength: 5 });
  const origin = week('2026-W40');
  const build = (steps: { week: number; cap: number; daily: number | null }[]): BoundarySpan[] => {
    const sorted = [...new Map(steps.map((s) => [s.week, s])).values()].sort((a, b) => a.week - b.week);
    return [span(null, 1200), ...sorted.filter((s) => s.week > 0).map((s) => ({ ...span(null, s.cap), dailyCapMinutes: s.daily, from: formatDate(addDays(origin, 7 * s.week)) }))];
  };

  it('changing or adding spans after a week never changes that week’s summary', () => {
    fc.assert(
      fc.property(stepsArb, stepsArb, weekArb, fc.integer({ min: 0, max: 6 }), (steps, later, target, weekday) => {
        const before = build(steps);
        const cut = formatDate(addDays(origin, 7 * target + 6));
        // Keep every span that starts up to the target week; replace all later ones with other steps.
        const kept = before.filter((s) => s.from === null || s.from <= cut);
        const after = [...kept, ...build(later).slice(1).filter((s) => s.from! > cut)];
        const day = formatDate(addDays(origin, 7 * target + weekday));
        const entries: Entry[] = [entry('work', at(`${day} 08:00`), at(`${day} 19:00`))];
        const summary = (timeline: BoundarySpan[]) =>
          weekSummary({ entries, categories: CATEGORIES, settings: { ...settings(BERLIN), timeline }, timer: null, now: at('2027-06-01 12:00'), at: at(`${day} 12:00`) });
        const a = summary(before);
        const b = summary(after);
        expect({ ...b, now: 0 }).toEqual({ ...a, now: 0 });
      }),
      { numRuns: 60 },
    );
  });
});
