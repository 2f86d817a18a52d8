import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DayOff, Settings, WorkWindow } from '../../../shared/model';
import { addDaysOff, datesFromTo, weekCap, windowMinutesOn } from '../../../shared/domain/daysOff';
import { decideLock } from '../../../shared/domain/locks';
import { planCheck } from '../../../shared/domain/planCheck';
import { weekSummary } from '../../../shared/domain/weekSummary';
import { addDays, formatDate, parseDate, parseWeek, weekFromStartDate } from '../../../shared/domain/time';
import { CATEGORIES, entry, settings, t } from './helpers';

const BERLIN = 'Europe/Berlin';
const at = (text: string) => t(BERLIN, text);
const off = (date: string, kind: DayOff['kind'] = 'holiday'): DayOff => ({ date, kind, note: '' });
const weekOf = (label: string, s: Pick<Settings, 'timeZone' | 'weekStartsOn'>) => weekFromStartDate(parseWeek(label, s.weekStartsOn)!, s.timeZone, s.weekStartsOn);

describe('the cap after days off', () => {
  // 2026-W52: Monday 21 to Sunday 27 December. Windows 09:00–17:00 Monday to Friday, cap 35 h.
  it.each([
    ['no day off', [], 2100],
    ['Christmas Eve (a Thursday): a fifth of the window time', [off('2026-12-24')], 1680],
    ['two weekdays', [off('2026-12-24'), off('2026-12-25')], 1260],
    ['a Sunday, which has no windows, reduces nothing', [off('2026-12-27')], 2100],
    ['the whole week', datesFromTo(parseDate('2026-12-21')!, parseDate('2026-12-27')!).map((d) => off(d, 'vacation')), 0],
  ])('%s', (_name, daysOff, cap) => {
    const s = { ...settings(BERLIN), daysOff };
    const result = weekCap(s, weekOf('2026-W52', s));
    expect([result.baseCapMinutes, result.capMinutes]).toEqual([2100, cap]);
  });

  it('rounds each week to the minute: 25 h over windows of 8, 8, 8, 8 and 7 h, a 7 h day off', () => {
    const eight = [{ start: '09:00', end: '17:00' }];
    const s = { ...settings(BERLIN), weeklyCapMinutes: 1500, workWindows: [[], eight, eight, eight, eight, [{ start: '09:00', end: '16:00' }], []], daysOff: [off('2026-12-25')] };
    // 1500 × 420 / 2340 = 269.23…
    expect(weekCap(s, weekOf('2026-W52', s)).capMinutes).toBe(1500 - 269);
  });

  it('a DST night shortens that day’s window: 01:00–05:00 on the spring-forward Sunday is 3 h', () => {
    const night = [{ start: '01:00', end: '05:00' }];
    const s = { ...settings(BERLIN), workWindows: [night, night, [], [], [], [], []] };
    expect(windowMinutesOn(s, parseDate('2026-03-29')!)).toBe(180);
    expect(windowMinutesOn(s, parseDate('2026-10-25')!)).toBe(300);
    expect(windowMinutesOn(s, parseDate('2026-03-30')!)).toBe(240);
    // That Sunday off takes 3 h of the week's 7 h of windows off a 7 h cap.
    const week = weekOf('2026-W13', s);
    expect(weekCap({ ...s, weeklyCapMinutes: 420, daysOff: [off('2026-03-29')] }, week).capMinutes).toBe(240);
  });

  it('overlapping windows count their shared time once: 09:00–17:00 and 12:00–13:00 on a Monday off take a fifth of the cap', () => {
    const eight = [{ start: '09:00', end: '17:00' }];
    const overlapping = [...eight, { start: '12:00', end: '13:00' }];
    const s = { ...settings(BERLIN), workWindows: [[], overlapping, eight, eight, eight, eight, []], daysOff: [off('2026-12-21')] };
    expect(windowMinutesOn(s, parseDate('2026-12-21')!)).toBe(480);
    // The same hours as five plain 09:00–17:00 days: 35 h less 7 h, as without the inner window.
    expect(weekCap(s, weekOf('2026-W52', s)).capMinutes).toBe(1680);
  });

  const windowArb: fc.Arbitrary<WorkWindow> = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 1, max: 12 }))
    .map(([h, len]) => ({ start: `${String(h).padStart(2, '0')}:00`, end: `${String((h + len) % 24).padStart(2, '0')}:00` }));
  const zoneArb = fc.constantFrom('Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC');
  // Weeks around the DST changes of both hemispheres.
  const weekArb = fc.constantFrom('2026-W13', '2026-W14', '2026-W43', '2026-W44', '2026-W10', '2026-W15', '2026-W40', '2026-W27');

  it('every windowed day off takes the whole cap, and each part stays within it, in every zone and DST week', () => {
    fc.assert(
      fc.property(zoneArb, weekArb, fc.array(fc.array(windowArb, { maxLength: 2 }), { minLength: 7, maxLength: 7 }), fc.integer({ min: 0, max: 168 * 60 }), fc.constantFrom(0, 1, 6) as fc.Arbitrary<0 | 1 | 6>, fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }), (zone, label, workWindows, cap, weekStartsOn, picks) => {
        const s = { ...settings(zone), weekStartsOn, workWindows, weeklyCapMinutes: cap };
        const week = weekOf(label, s);
        const all = weekCap({ ...s, daysOff: week.days.map((d) => off(d.date)) }, week);
        const windowed = week.days.some((d) => windowMinutesOn(s, d.calendarDate) > 0);
        expect(all.capMinutes).toBe(windowed ? 0 : cap);
        const some = weekCap({ ...s, daysOff: week.days.filter((_, i) => picks[i]).map((d) => off(d.date)) }, week);
        expect(some.capMinutes).toBeGreaterThanOrEqual(0);
        expect(some.capMinutes).toBeLessThanOrEqual(cap);
      }),
      { numRuns: 150 },
    );
  });
});

describe('a day off in the figures, the lock and the plan check', () => {
  const s: Settings = { ...settings(BERLIN), daysOff: [off('2026-12-24')] };

  it('work on a day off is off-hours work; the day and the week say it is off', () => {
    const summary = weekSummary({ entries: [entry('work', at('2026-12-24 10:00'), at('2026-12-24 12:00'))], categories: CATEGORIES, settings: s, timer: null, now: at('2027-01-10 12:00'), at: at('2026-12-24 12:00') });
    expect(summary.offHoursWorkMinutes).toBe(120);
    expect(summary.days.map((d) => d.dayOff)).toEqual([null, null, null, 'holiday', null, null, null]);
    expect(summary.daysOff).toEqual([{ date: '2026-12-24', kind: 'holiday' }]);
    expect([summary.baseCapMinutes, summary.capMinutes]).toEqual([2100, 1680]);
  });

  it('the hard lock refuses work on a day off; soft mode asks for a reason', () => {
    const now = at('2026-12-24 10:00');
    const ask = (lockMode: Settings['lockMode']) =>
      decideLock({ action: 'start', categoryId: 'work', at: now, now, settings: { ...s, lockMode }, categories: CATEGORIES, entries: [], timer: null, unlocks: [] });
    expect(ask('hard').verdict).toBe('blocked');
    expect(ask('hard').reasons[0]).toMatch(/outside your work windows; the next one opens tomorrow at 09:00/);
    expect(ask('soft')).toMatchObject({ verdict: 'warn', needsReason: true });
  });

  it('a work box on a day off is a finding that names the day off', () => {
    const findings = planCheck({
      occurrences: [{ boxId: 'b', occurrenceDate: '2026-12-24', categoryId: 'work', start: at('2026-12-24 10:00'), end: at('2026-12-24 12:00'), title: null }],
      categories: CATEGORIES,
      settings: s,
      week: weekOf('2026-W52', s),
    });
    expect(findings.filter((f) => f.kind === 'outside-window').map((f) => f.message)).toEqual(['Work plans 2 h of work on Thu 24 Dec, a day off (holiday).']);
  });
});

describe('days off as a list', () => {
  it('a range adds each date once, by date; adding a date again takes the new kind', () => {
    const first = addDaysOff([], datesFromTo(parseDate('2026-12-31')!, parseDate('2027-01-02')!), 'vacation', 'ski');
    const again = addDaysOff(first, ['2027-01-01'], 'holiday', '');
    expect(again).toEqual([
      { date: '2026-12-31', kind: 'vacation', note: 'ski' },
      { date: '2027-01-01', kind: 'holiday', note: '' },
      { date: '2027-01-02', kind: 'vacation', note: 'ski' },
    ]);
    expect(formatDate(addDays(parseDate('2026-12-31')!, 1))).toBe('2027-01-01');
  });
});
