import { describe, expect, it } from 'vitest';
import { weekSummarySchema, type Entry, type RunningTimer, type Settings } from '../../../shared/model';
import { weekRange, weekSummary } from '../../../shared/domain/weekSummary';
import { EntryIndex } from '../../../shared/domain/entryIndex';
import { HOUR, MINUTE } from '../../../shared/domain/time';
import { CATEGORIES, entry, settings, t, timer } from './helpers';

const BERLIN = 'Europe/Berlin';
const at = (text: string) => t(BERLIN, text);
// Week 2026-W13: Monday 23 March to Sunday 29 March (the spring-forward night is on the Sunday).
const LATER = at('2026-04-20 12:00');

function summary(entries: Entry[], opts: { now?: number; at?: number; timer?: RunningTimer | null; settings?: Settings } = {}) {
  return weekSummary({
    entries,
    categories: CATEGORIES,
    settings: opts.settings ?? settings(BERLIN),
    timer: opts.timer ?? null,
    now: opts.now ?? LATER,
    at: opts.at ?? at('2026-03-25 12:00'),
  });
}

const day = (s: ReturnType<typeof summary>, date: string) => s.days.find((d) => d.date === date)!;

describe('week summary', () => {
  it('an entry crossing midnight counts to each side by the minute: 22:00–02:00 is 2 h + 2 h', () => {
    const s = summary([entry('family', at('2026-03-24 22:00'), at('2026-03-25 02:00'))]);
    expect(day(s, '2026-03-24').minutes.family).toBe(120);
    expect(day(s, '2026-03-25').minutes.family).toBe(120);
    expect(s.minutes.family).toBe(240);
  });

  it('an entry crossing the week boundary counts to each week by the minute', () => {
    const e = entry('work', at('2026-03-29 23:00'), at('2026-03-30 01:30'));
    expect(summary([e], { at: at('2026-03-25 12:00') }).minutes.work).toBe(60);
    expect(summary([e], { at: at('2026-03-31 12:00') }).minutes.work).toBe(90);
  });

  it('a day is 23 h on the spring-forward Sunday and a whole-day entry counts 23 h; the week is 167 h', () => {
    const s = summary([entry('family', at('2026-03-29 00:00'), at('2026-03-30 00:00'))]);
    const sunday = day(s, '2026-03-29');
    expect((sunday.end - sunday.start) / HOUR).toBe(23);
    expect(sunday.minutes.family).toBe(23 * 60);
    expect((s.end - s.start) / HOUR).toBe(167);
  });

  it('a day is 25 h on the fall-back Sunday in New York and a whole-day entry counts 25 h', () => {
    const NY = 'America/New_York';
    const s = weekSummary({
      entries: [entry('family', t(NY, '2026-11-01 00:00'), t(NY, '2026-11-02 00:00'))],
      categories: CATEGORIES,
      settings: settings(NY, { weekStartsOn: 0 }),
      timer: null,
      now: t(NY, '2026-12-01'),
      at: t(NY, '2026-11-03'),
    });
    expect(s.week).toBe('2026-11-01');
    expect(s.days[0]!.minutes.family).toBe(25 * 60);
    expect((s.end - s.start) / HOUR).toBe(169);
  });

  it('a running timer counts up to now in every figure', () => {
    const now = at('2026-03-27 18:30'); // Friday; the window closed at 17:00
    const s = summary([entry('work', at('2026-03-27 09:00'), at('2026-03-27 16:00'))], { now, timer: timer('work', at('2026-03-27 16:30')) });
    const friday = day(s, '2026-03-27');
    expect(s.now).toBe(now);
    expect(friday.minutes.work).toBe(7 * 60 + 120);
    expect(friday.byCategory.work).toBe(9 * 60);
    expect(s.minutes.work).toBe(9 * 60);
    expect(s.byCategory.work).toBe(9 * 60);
    expect(s.inWindowWorkMinutes).toBe(7 * 60 + 30);
    expect(s.offHoursWorkMinutes).toBe(90);
    expect(friday.offHoursWorkMinutes).toBe(90);
    expect(s.remainingMinutes).toBe(35 * 60 - 9 * 60);
    expect(s.capReachedAt).toBe(now + 26 * HOUR);
    expect(s.signals.offHoursShare).toBeCloseTo(90 / 540, 12);
    // Nothing after now is counted: the Saturday is empty.
    expect(day(s, '2026-03-28').minutes.work).toBe(0);
  });

  it('a running timer counts in late work and over the daily cap too', () => {
    const now = at('2026-03-26 23:00');
    const s = summary([entry('work', at('2026-03-26 09:00'), at('2026-03-26 17:00'))], {
      now,
      timer: timer('work', at('2026-03-26 20:00')),
      settings: settings(BERLIN, { dailyCapMinutes: 10 * 60 }),
    });
    const thursday = day(s, '2026-03-26');
    expect(thursday.lateWorkMinutes).toBe(120);
    expect(thursday.overDailyCapMinutes).toBe(60);
    expect(s.dailyCapReachedAt).toBeNull();
    expect(s.signals.lateWorkMinutes).toBe(120);
  });

  it('the daily cap reach instant is today’s, while the timer is before midnight', () => {
    const now = at('2026-03-26 14:00');
    const s = summary([entry('work', at('2026-03-26 08:00'), at('2026-03-26 12:00'))], {
      now,
      timer: timer('work', at('2026-03-26 13:00')),
      settings: settings(BERLIN, { dailyCapMinutes: 8 * 60 }),
    });
    expect(s.dailyCapReachedAt).toBe(at('2026-03-26 17:00'));
    expect(s.dailyCapMinutes).toBe(480);
  });

  it('inside a work window the summary says when the window ends; off-hours and in other weeks it says nothing', () => {
    const inside = summary([], { now: at('2026-03-26 14:00'), settings: settings(BERLIN) });
    expect(inside.windowEndsAt).toBe(at('2026-03-26 17:00'));
    const opening = summary([], { now: at('2026-03-26 09:00'), settings: settings(BERLIN) });
    expect(opening.windowEndsAt).toBe(at('2026-03-26 17:00'));
    expect(summary([], { now: at('2026-03-26 17:00'), settings: settings(BERLIN) }).windowEndsAt).toBeNull();
    expect(summary([], { now: at('2026-03-28 11:00'), settings: settings(BERLIN) }).windowEndsAt).toBeNull(); // Saturday
    expect(summary([], { now: at('2026-03-26 14:00'), at: at('2026-03-19 14:00'), settings: settings(BERLIN) }).windowEndsAt).toBeNull();
  });

  it('an overnight window ends the next morning, across midnight', () => {
    const windows = [[], [{ start: '22:00', end: '02:00' }], [], [], [], [], []];
    const s = summary([], { now: at('2026-03-23 23:30'), settings: settings(BERLIN, { workWindows: windows }) });
    expect(s.windowEndsAt).toBe(at('2026-03-24 02:00'));
  });

  it('a past or future week has no cap reach instants, even with a work timer running now', () => {
    const s = summary([], { now: at('2026-04-01 10:00'), timer: timer('work', at('2026-04-01 09:00')), settings: settings(BERLIN, { dailyCapMinutes: 60 }) });
    expect(s.capReachedAt).toBeNull();
    expect(s.dailyCapReachedAt).toBeNull();
  });

  it('zero-length entries count nothing', () => {
    const s = summary([entry('work', at('2026-03-24 10:00'), at('2026-03-24 10:00'))]);
    expect(s.minutes).toEqual({ work: 0, fitness: 0, family: 0 });
    expect(s.byCategory).toEqual({});
    expect(s.signals.weekendDaysWorked).toBe(0);
  });

  it('off-hours work is work outside every window, and all work on a day with no window', () => {
    const s = summary([
      entry('work', at('2026-03-24 07:00'), at('2026-03-24 10:00')), // 2 h before the window
      entry('meetings', at('2026-03-24 16:00'), at('2026-03-24 18:00')), // 1 h after it
      entry('work', at('2026-03-28 10:00'), at('2026-03-28 12:00')), // Saturday: no window
      entry('fitness', at('2026-03-24 19:00'), at('2026-03-24 20:00')), // not work
    ]);
    expect(day(s, '2026-03-24').offHoursWorkMinutes).toBe(180);
    expect(day(s, '2026-03-28').offHoursWorkMinutes).toBe(120);
    expect(s.offHoursWorkMinutes).toBe(300);
    expect(s.inWindowWorkMinutes).toBe(120);
    expect(s.inWindowWorkMinutes + s.offHoursWorkMinutes).toBe(s.minutes.work);
  });

  it('weekend days worked counts the Saturday and Sunday with work, in a week that starts on Saturday too', () => {
    const entries = [entry('work', at('2026-03-28 10:00'), at('2026-03-28 10:05')), entry('family', at('2026-03-29 10:00'), at('2026-03-29 12:00'))];
    expect(summary(entries).signals.weekendDaysWorked).toBe(1);
    const saturdayWeek = summary(entries, { at: at('2026-03-29 12:00'), settings: settings(BERLIN, { weekStartsOn: 6 }) });
    expect(saturdayWeek.week).toBe('2026-03-28');
    expect(saturdayWeek.signals.weekendDaysWorked).toBe(1);
  });

  it('a Saturday with a work window (a Tuesday-to-Saturday week) is a work day, not a weekend day worked', () => {
    const base = settings(BERLIN);
    const day = base.workWindows[1]!;
    const tuesdayToSaturday = settings(BERLIN, { workWindows: [[], [], day, day, day, day, day] });
    const saturday = [entry('work', at('2026-03-28 10:00'), at('2026-03-28 12:00'))];
    expect(summary(saturday, { settings: tuesdayToSaturday }).signals.weekendDaysWorked).toBe(0);
    expect(summary([...saturday, entry('work', at('2026-03-29 10:00'), at('2026-03-29 10:30'))], { settings: tuesdayToSaturday }).signals.weekendDaysWorked).toBe(1);
    expect(summary(saturday).signals.weekendDaysWorked).toBe(1);
  });

  it('the week is labelled as an ISO week when it starts on Monday, else by its first date', () => {
    expect(summary([]).week).toBe('2026-W13');
    const sunday = summary([], { settings: settings(BERLIN, { weekStartsOn: 0 }) });
    expect(sunday.week).toBe('2026-03-22');
    expect(sunday.days.map((d) => d.weekday)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('over cap: the minutes past the cap, nothing remaining, and the signal on', () => {
    const entries = [0, 1, 2, 3, 4].map((i) => entry('work', at(`2026-03-${23 + i} 08:00`), at(`2026-03-${23 + i} 16:00`)));
    const s = summary(entries);
    expect(s.minutes.work).toBe(40 * 60);
    expect(s.overCapMinutes).toBe(5 * 60);
    expect(s.remainingMinutes).toBe(0);
    expect(s.signals.overCap).toBe(true);
    expect(s.balance.behind).toContain('work');
  });

  it('the summary matches its schema, and reads the same from a plain array, an index or a between() source', () => {
    const entries = [
      entry('work', at('2026-03-23 09:00'), at('2026-03-23 17:00')),
      entry('run', at('2026-03-24 07:00'), at('2026-03-24 08:00')),
      entry('family', at('2026-03-28 09:00'), at('2026-03-28 13:00')),
    ];
    const fromArray = summary(entries);
    expect(weekSummarySchema.parse(fromArray)).toEqual(fromArray);
    const index = new EntryIndex(entries);
    const common = { categories: CATEGORIES, settings: settings(BERLIN), timer: null, now: LATER, at: at('2026-03-25 12:00') };
    expect(weekSummary({ ...common, entries: index })).toEqual(fromArray);
    expect(weekSummary({ ...common, entries: { between: (from: number, to: number) => index.between(from, to) } })).toEqual(fromArray);
    expect(fromArray.byCategory).toEqual({ work: 480, run: 60, family: 240 });
  });

  it('at defaults to now', () => {
    const now = at('2026-03-25 12:00');
    expect(weekSummary({ entries: [], categories: CATEGORIES, settings: settings(BERLIN), timer: null, now }).week).toBe('2026-W13');
  });

  it('figures keep seconds: a 90-second entry is 1.5 minutes', () => {
    const s = summary([entry('work', at('2026-03-24 10:00'), at('2026-03-24 10:00') + 90_000)]);
    expect(s.minutes.work).toBe(1.5);
    expect(s.remainingMinutes).toBe(35 * 60 - 1.5);
    expect(MINUTE).toBe(60_000);
  });
});

describe('weekRange: weeks before the record starts', () => {
  it('are no data, never behind: a first entry three weeks ago leaves the eight weeks before it out of every count', () => {
    const now = t('Europe/Berlin', '2026-03-25 10:00');
    // Fitness each Tuesday from 3 March: the weeks from the first entry on all hold time.
    const tuesdays = ['2026-03-03', '2026-03-10', '2026-03-17'].map((d) => entry('fitness', t('Europe/Berlin', `${d} 18:00`), t('Europe/Berlin', `${d} 19:00`)));
    const range = weekRange({ entries: tuesdays, categories: CATEGORIES, settings: settings('Europe/Berlin'), timer: null, now, weeks: 12 });
    expect(range.weeks.map((w) => w.noData === true)).toEqual([...Array(8).fill(true), false, false, false, false]);
    // The three ended weeks with data all miss a target (this one is in progress); the run stops at the record's start.
    expect(range.trend.targetsMissedInARow).toBe(3);
    const fresh = weekRange({ entries: [], categories: CATEGORIES, settings: settings('Europe/Berlin'), timer: null, now, weeks: 12 });
    expect(fresh.weeks.filter((w) => w.noData)).toHaveLength(11);
    // The only week with data is this one, on its Wednesday: still in progress, not a miss.
    expect(fresh.trend.targetsMissedInARow).toBe(0);
  });

  it('a finished week with nothing logged is no data too: history imported from long ago leaves the weeks since out of every count', () => {
    const now = t('Europe/Berlin', '2026-03-25 10:00');
    // Two work entries from March 2024, and one week with fitness in the range: the empty weeks around it are no data.
    const imported = [entry('work', t('Europe/Berlin', '2024-03-11 09:00'), t('Europe/Berlin', '2024-03-11 12:00')), entry('work', t('Europe/Berlin', '2024-03-12 09:00'), t('Europe/Berlin', '2024-03-12 12:00'))];
    const input = { categories: CATEGORIES, settings: settings('Europe/Berlin'), timer: null, now, weeks: 12 };
    const old = weekRange({ ...input, entries: imported });
    expect(old.weeks.map((w) => w.noData === true)).toEqual([...Array(11).fill(true), false]);
    expect(old.trend).toEqual({ consecutiveWeeksOverCap: 0, targetsMissedInARow: 0 });
    // A week with fitness and nothing else misses the family target; the empty week after it breaks the run.
    const fitness = entry('fitness', t('Europe/Berlin', '2026-03-10 18:00'), t('Europe/Berlin', '2026-03-10 19:00'));
    const gap = weekRange({ ...input, entries: [...imported, fitness] });
    expect(gap.weeks.map((w) => w.noData === true)).toEqual([...Array(9).fill(true), false, true, false]);
    expect(gap.trend.targetsMissedInARow).toBe(0);
    expect(weekRange({ ...input, entries: [...imported, fitness], at: t('Europe/Berlin', '2026-03-11 10:00') }).trend.targetsMissedInARow).toBe(1);
  });
});
