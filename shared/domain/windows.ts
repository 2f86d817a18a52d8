// Work windows: the chosen hours per weekday, as real intervals of time in the user's zone.
// An overnight window (22:00–02:00) belongs to the day it starts on; a window whose end equals its start is 24 h.
import type { DayOff, Settings, WorkWindow } from '../model';
import { boundariesInForce, weekStartOf } from './boundaries';
import { addDays, formatDate, fromLocal, localDateOf, overlapMs, parseHHmm, weekdayOf, type CalendarDate } from './time';

export interface Interval {
  start: number;
  end: number;
}

/**
 * What windows are read from: the timeline (the windows in force in each date's week) and the days off (no window)
 * when given, else the one set of `workWindows`.
 */
export type DatedSettings = Pick<Settings, 'workWindows' | 'timeZone'> & Partial<Pick<Settings, 'timeline' | 'daysOff' | 'weekStartsOn'>>;
type WindowSettings = DatedSettings;

export function dayOffOn(settings: Pick<DatedSettings, 'daysOff'>, date: string): DayOff | undefined {
  return settings.daysOff?.find((d) => d.date === date);
}

/** The work windows that open on a local date, as the timeline has them for its week (ignoring days off). */
export function baseWindowsOn(settings: DatedSettings, date: CalendarDate): readonly WorkWindow[] {
  const timeline = settings.timeline;
  const windows =
    timeline && timeline.length > 0 ? boundariesInForce(timeline, weekStartOf(date, settings.weekStartsOn ?? 1)).workWindows : settings.workWindows;
  return windows[weekdayOf(date)] ?? [];
}

/** The work windows that open on a local date: none on a day off. */
export function windowsOn(settings: DatedSettings, date: CalendarDate): readonly WorkWindow[] {
  if (settings.daysOff && settings.daysOff.length > 0 && dayOffOn(settings, formatDate(date))) return [];
  return baseWindowsOn(settings, date);
}

/** The instants a window covers when it opens on a given local date. */
export function windowOnDate(window: WorkWindow, date: CalendarDate, timeZone: string): Interval {
  const open = parseHHmm(window.start);
  const close = parseHHmm(window.end);
  const endDate = close <= open ? addDays(date, 1) : date;
  return {
    start: fromLocal(date, Math.floor(open / 60), open % 60, timeZone),
    end: fromLocal(endDate, Math.floor(close / 60), close % 60, timeZone),
  };
}

/** Every work-window interval overlapping [from, to), clipped to it, sorted and merged. */
export function windowIntervals(from: number, to: number, settings: WindowSettings): Interval[] {
  if (to <= from) return [];
  const raw: Interval[] = [];
  // Start a day early: yesterday's overnight window may reach into `from`.
  let date = addDays(localDateOf(from, settings.timeZone), -1);
  const last = localDateOf(to, settings.timeZone);
  for (;;) {
    for (const window of windowsOn(settings, date)) {
      const interval = windowOnDate(window, date, settings.timeZone);
      const start = Math.max(interval.start, from);
      const end = Math.min(interval.end, to);
      if (end > start) raw.push({ start, end });
    }
    if (date.year === last.year && date.month === last.month && date.day === last.day) break;
    date = addDays(date, 1);
  }
  return mergeIntervals(raw);
}

export function mergeIntervals(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

/** Milliseconds of [start, end) that fall inside the (sorted, merged) intervals. */
export function msInside(intervals: readonly Interval[], start: number, end: number): number {
  let total = 0;
  for (const interval of intervals) {
    if (interval.start >= end) break;
    total += overlapMs(start, end, interval.start, interval.end);
  }
  return total;
}

/** The first instant at or after `from` that lies inside a work window, looking up to `horizonDays` ahead. */
export function nextWindowStart(from: number, settings: WindowSettings, horizonDays = 14): number | null {
  const intervals = windowIntervals(from, from + horizonDays * 24 * 3_600_000, settings);
  const first = intervals[0];
  return first ? first.start : null;
}
