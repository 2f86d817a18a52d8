// The week summary: every figure of one local week — per day, per life area and category, the caps, work windows,
// balance and burnout signals — from the logged entries, with a running timer counted up to now; and a range of
// such weeks for the trend charts.
// A span crossing midnight or the week's edge counts to each side by the minute; figures are summed in whole
// milliseconds and turned into minutes last, so the week is exactly the sum of its days.
import type { AreaMinutes, Category, DaySummary, RunningTimer, Settings, WeekRange, WeekSummary } from '../model';
import { balance } from './balance';
import { settingsInForce } from './boundaries';
import { capStatus, workRunStretch } from './caps';
import { dayOffOn, weekCap } from './daysOff';
import { entrySource, type EntriesInput } from './entryIndex';
import { longestGaps } from './gaps';
import { lateIntervals } from './lateWork';
import { nothingLogged, trendSignals, weekSignals } from './signals';
import { areaLookup, savedRun, spansBetween, type AreaOf } from './spans';
import { DAY, MINUTE, addDays, weekContaining, weekFromStartDate, weekStartDate, type WeekBounds } from './time';
import { msInside, windowIntervals } from './windows';

export interface SummaryInput {
  /** A plain array of entries, or anything that finds them by time (an `EntryIndex`, the storage layer). */
  entries: EntriesInput;
  categories: readonly Category[];
  settings: Settings;
  timer: RunningTimer | null;
  now: number;
  /** Any instant in the week to summarise; now when absent. */
  at?: number;
}

export function weekSummary(input: SummaryInput): WeekSummary {
  const { settings } = input;
  const week = weekContaining(input.at ?? input.now, settings.timeZone, settings.weekStartsOn);
  return summarizeWeek(week, { ...input, entries: entrySource(input.entries) }, areaLookup(input.categories));
}

export interface RangeInput extends SummaryInput {
  /** How many weeks, at least 1. */
  weeks: number;
}

/** N week summaries ending with the week containing `at` (default now), oldest first, with the trend signals. */
export function weekRange(input: RangeInput): WeekRange {
  const { timeZone, weekStartsOn } = input.settings;
  const lastStart = weekStartDate(input.at ?? input.now, timeZone, weekStartsOn);
  const areaOf = areaLookup(input.categories);
  const shared = { ...input, entries: entrySource(input.entries) };
  const weeks: WeekSummary[] = [];
  // Where the record starts: the first entry, a running timer, or (nothing logged yet) now. Weeks ending before it
  // have no data; a source that cannot say counts every week.
  const first = shared.entries.firstStart ? shared.entries.firstStart() : -Infinity;
  const recordStart = Math.min(first ?? Infinity, input.timer?.start ?? Infinity, input.now);
  for (let back = Math.max(1, Math.floor(input.weeks)) - 1; back >= 0; back--) {
    const summary = summarizeWeek(weekFromStartDate(addDays(lastStart, -7 * back), timeZone, weekStartsOn), shared, areaOf);
    // A finished week with nothing logged is no data too (nothingLogged).
    weeks.push(summary.end <= recordStart || nothingLogged(summary) ? { ...summary, noData: true } : summary);
  }
  return { weeks, trend: trendSignals(weeks) };
}

interface DayTally {
  area: AreaMinutes;
  byCategory: Map<string, number>;
  inWindow: number;
  late: number;
}

/** The summary of one given week. */
function summarizeWeek(week: WeekBounds, input: SummaryInput, areaOf: AreaOf): WeekSummary {
  const { now, timer } = input;
  // Every figure of the week reads the values in force in it; the windows read the timeline and days off per date.
  const settings = settingsInForce(input.settings, week.days[0]!.calendarDate);
  const tallies = tallyDays(week, input, areaOf);
  const dailyCap = settings.dailyCapMinutes;
  const cap = weekCap(input.settings, week);

  const days: DaySummary[] = week.days.map((day, i) => {
    const t = tallies.days[i]!;
    return {
      date: day.date,
      start: day.start,
      end: day.end,
      weekday: day.weekday,
      minutes: toMinutes(t.area),
      byCategory: toMinutesRecord(t.byCategory),
      offHoursWorkMinutes: (t.area.work - t.inWindow) / MINUTE,
      lateWorkMinutes: t.late / MINUTE,
      // Over in whole minutes, as the weekly cap (capStatus): seconds past the daily cap are at it.
      overDailyCapMinutes: dailyCap === null || t.area.work - dailyCap * MINUTE < MINUTE / 2 ? 0 : (t.area.work - dailyCap * MINUTE) / MINUTE,
      dayOff: dayOffOn(settings, day.date)?.kind ?? null,
    };
  });

  const total = { work: 0, fitness: 0, family: 0 };
  const byCategory = new Map<string, number>();
  let inWindow = 0;
  let late = 0;
  for (const t of tallies.days) {
    total.work += t.area.work;
    total.fitness += t.area.fitness;
    total.family += t.area.family;
    for (const [id, ms] of t.byCategory) byCategory.set(id, (byCategory.get(id) ?? 0) + ms);
    inWindow += t.inWindow;
    late += t.late;
  }

  const workTimer = workRunStretch(input.entries, timer, now, areaOf, week.end);
  const weekly = capStatus(cap.capMinutes, total.work, week, now, workTimer);
  const todayIndex = week.days.findIndex((d) => d.start <= now && now < d.end);
  const daily =
    dailyCap === null || todayIndex < 0 ? null : capStatus(dailyCap, tallies.days[todayIndex]!.area.work, week.days[todayIndex]!, now, workTimer);

  const minutes = toMinutes(total);
  const offHoursWorkMinutes = (total.work - inWindow) / MINUTE;
  const gaps = longestGaps({
    entries: input.entries,
    timer,
    now,
    areaOf,
    timeZone: settings.timeZone,
    days: week.days,
    dayHas: {
      fitness: tallies.days.map((t) => t.area.fitness > 0),
      family: tallies.days.map((t) => t.area.family > 0),
    },
    firstInWeek: tallies.firstStart,
  });

  return {
    week: week.label,
    timeZone: settings.timeZone,
    weekStartsOn: settings.weekStartsOn,
    start: week.start,
    end: week.end,
    now,
    capMinutes: cap.capMinutes,
    baseCapMinutes: cap.baseCapMinutes,
    daysOff: cap.daysOff.map(({ date, kind }) => ({ date, kind })),
    daysOffWithWindows: cap.daysOffWithWindows,
    dailyCapMinutes: dailyCap,
    minutes,
    byCategory: toMinutesRecord(byCategory),
    inWindowWorkMinutes: inWindow / MINUTE,
    offHoursWorkMinutes,
    remainingMinutes: weekly.remainingMinutes,
    overCapMinutes: weekly.overCapMinutes,
    capReachedAt: weekly.reachedAt,
    dailyCapReachedAt: daily?.reachedAt ?? null,
    windowEndsAt: currentWindowEnd(now, settings, week),
    ...runCounted(input, week),
    days,
    balance: balance(minutes, { ...settings, weeklyCapMinutes: cap.capMinutes }),
    signals: weekSignals({
      workMinutes: minutes.work,
      capMinutes: cap.capMinutes,
      offHoursWorkMinutes,
      lateWorkMinutes: late / MINUTE,
      days: days.map((d, i) => ({ weekday: d.weekday, workMinutes: d.minutes.work, hasWorkWindow: tallies.workDays[i]! })),
      gaps,
    }),
  };
}

/** Milliseconds per day, area and category; work also split into in-window and late time. */
function tallyDays(week: WeekBounds, input: SummaryInput, areaOf: AreaOf): { days: DayTally[]; firstStart: number | null; workDays: boolean[] } {
  const { settings } = input;
  const spans = spansBetween(input.entries, input.timer, input.now, week.start, week.end);
  const windows = windowIntervals(week.start, week.end, settings);
  const late = lateIntervals(week.days, settings.lateWorkHour, settings.timeZone);
  const days: DayTally[] = week.days.map(() => ({ area: { work: 0, fitness: 0, family: 0 }, byCategory: new Map(), inWindow: 0, late: 0 }));
  let firstStart: number | null = null;
  for (const s of spans) {
    firstStart = Math.min(firstStart ?? Infinity, Math.max(s.start, week.start));
    const area = areaOf(s.categoryId);
    week.days.forEach((day, i) => {
      const from = Math.max(s.start, day.start);
      const to = Math.min(s.end, day.end);
      if (to <= from) return;
      const t = days[i]!;
      t.area[area] += to - from;
      t.byCategory.set(s.categoryId, (t.byCategory.get(s.categoryId) ?? 0) + (to - from));
      if (area !== 'work') return;
      t.inWindow += msInside(windows, from, to);
      t.late += msInside(late, from, to);
    });
  }
  const workDays = week.days.map((day) => windows.some((w) => w.start < day.end && w.end > day.start));
  return { days, firstStart, workDays };
}

function toMinutes(ms: AreaMinutes): AreaMinutes {
  return { work: ms.work / MINUTE, fitness: ms.fitness / MINUTE, family: ms.family / MINUTE };
}

/** Object.fromEntries defines every key as its own property, even an id such as "__proto__". */
function toMinutesRecord(ms: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...ms].map(([id, value]) => [id, value / MINUTE]));
}

/**
 * Where the running timer's counted stretch (savedRun) differs from its clock, for the week containing now: the entry
 * logged ahead it ran into, and where it counts from when an entry saved over its start holds the first of it.
 */
function runCounted({ entries, timer, now }: SummaryInput, week: WeekBounds): Pick<WeekSummary, 'timerRanInto' | 'timerCountedFrom'> {
  if (!timer || now <= timer.start || now < week.start || now >= week.end) return { timerRanInto: null, timerCountedFrom: null };
  const { from, reached } = savedRun(timer, entrySource(entries).between(timer.start, now), now);
  return {
    timerRanInto: reached ? { at: reached.start, categoryId: reached.categoryId, timerId: timer.id } : null,
    timerCountedFrom: from > timer.start ? { at: from, timerId: timer.id } : null,
  };
}

/** The end of the work window `now` lies in; null off-hours, and for a week that does not contain now. */
function currentWindowEnd(now: number, settings: Settings, week: WeekBounds): number | null {
  if (now < week.start || now >= week.end) return null;
  // Intervals are clipped to [now, …): the window `now` is in is the one that starts exactly at now.
  const [first] = windowIntervals(now, now + 2 * DAY, settings);
  return first && first.start === now ? first.end : null;
}
