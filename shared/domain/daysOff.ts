// Days off: a date with no work window. Work on one is off-hours work, and the week's cap shrinks by the day's share
// of the week's work-window time: base cap × (the day's window minutes ÷ the week's window minutes), rounded.
import type { DayOff, DayOffKind, Settings } from '../model';
import { boundariesInForce, weekStartOf } from './boundaries';
import { MINUTE, addDays, daysBetween, formatDate, localDateOf, parseDate, weekContaining, type CalendarDate, type WeekBounds } from './time';
import { durationWords } from './words';
import { baseWindowsOn, dayOffOn, mergeIntervals, windowOnDate, type DatedSettings } from './windows';

export { dayOffOn };

/**
 * Elapsed minutes of the windows opening on a date (a DST night shortens or lengthens them), days off ignored.
 * Windows that overlap (09:00–17:00 and 12:00–13:00) count their shared time once, as every other figure does.
 */
export function windowMinutesOn(settings: DatedSettings, date: CalendarDate): number {
  const intervals = baseWindowsOn(settings, date).map((w) => windowOnDate(w, date, settings.timeZone));
  return mergeIntervals(intervals).reduce((ms, interval) => ms + (interval.end - interval.start), 0) / MINUTE;
}

export interface WeekCap {
  /** The cap in force in the week. */
  baseCapMinutes: number;
  /** After the week's days off. */
  capMinutes: number;
  daysOff: DayOff[];
  /** How many of them had work-window time, each taking its share off the cap (a Saturday off takes nothing). */
  daysOffWithWindows: number;
}

/** The week's cap after its days off; a day off without windows (a Sunday) reduces nothing. */
export function weekCap(settings: DatedSettings & Pick<Settings, 'weeklyCapMinutes'>, week: Pick<WeekBounds, 'days'>): WeekCap {
  const first = week.days[0]!.calendarDate;
  const timeline = settings.timeline;
  const base = timeline && timeline.length > 0 ? boundariesInForce(timeline, weekStartOf(first, settings.weekStartsOn ?? 1)).weeklyCapMinutes : settings.weeklyCapMinutes;
  const daysOff = week.days.map((d) => dayOffOn(settings, d.date)).filter((d): d is DayOff => d !== undefined);
  if (daysOff.length === 0) return { baseCapMinutes: base, capMinutes: base, daysOff, daysOffWithWindows: 0 };
  let weekMinutes = 0;
  let offMinutes = 0;
  let daysOffWithWindows = 0;
  for (const day of week.days) {
    const minutes = windowMinutesOn(settings, day.calendarDate);
    weekMinutes += minutes;
    if (!dayOffOn(settings, day.date)) continue;
    offMinutes += minutes;
    if (minutes > 0) daysOffWithWindows++;
  }
  const reduction = weekMinutes > 0 ? Math.round((base * offMinutes) / weekMinutes) : 0;
  return { baseCapMinutes: base, capMinutes: base - reduction, daysOff, daysOffWithWindows };
}

/** The dates from `from` through `to`, both included; empty when `to` is before `from`. */
export function datesFromTo(from: CalendarDate, to: CalendarDate): string[] {
  const count = daysBetween(from, to);
  return Array.from({ length: Math.max(0, count + 1) }, (_, i) => formatDate(addDays(from, i)));
}

/** Days off with every date from `from` through `to` set to `kind` (a date already off takes the new kind and note), by date. */
export function addDaysOff(daysOff: readonly DayOff[], dates: readonly string[], kind: DayOffKind, note: string): DayOff[] {
  const taken = new Set(dates);
  return [...daysOff.filter((d) => !taken.has(d.date)), ...dates.map((date) => ({ date, kind, note }))].sort((a, b) => a.date.localeCompare(b.date));
}

/** The days off whose dates fall from `from` through `to` (either end open when null). */
export function daysOffBetween(daysOff: readonly DayOff[], from: string | null, to: string | null): DayOff[] {
  return daysOff.filter((d) => (from === null || d.date >= from) && (to === null || d.date <= to));
}

export function isDate(text: string): boolean {
  return parseDate(text) !== null;
}

type CapSettings = DatedSettings & Pick<Settings, 'weeklyCapMinutes' | 'dailyCapMinutes' | 'weekStartsOn'>;

/**
 * The weekly cap as the words around a lock or nudge name it: "your weekly cap of 35 h". A week whose days off take
 * the whole cap (a week of vacation) has one of 0, said as what it is: "this week's cap, which its days off bring to 0"
 * ("that week's" for a week other than the one being talked about).
 */
export function weeklyCapWords(settings: CapSettings, instant: number, which: 'this' | 'that' = 'this'): string {
  const cap = weekCap(settings, weekContaining(instant, settings.timeZone, settings.weekStartsOn));
  if (cap.capMinutes === 0 && cap.baseCapMinutes > 0) return `${which} week's cap, which its days off bring to 0`;
  return `your weekly cap of ${durationWords(cap.capMinutes * MINUTE)}`;
}

/** The weekly cap (after days off) of the week containing an instant. */
export function weeklyCapMinutesAt(settings: CapSettings, instant: number): number {
  if (!settings.timeline?.length && !settings.daysOff?.length) return settings.weeklyCapMinutes;
  return weekCap(settings, weekContaining(instant, settings.timeZone, settings.weekStartsOn)).capMinutes;
}

/** The daily cap in force on the local day containing an instant; null: none. */
export function dailyCapMinutesAt(settings: CapSettings, instant: number): number | null {
  if (!settings.timeline?.length) return settings.dailyCapMinutes;
  return boundariesInForce(settings.timeline, weekStartOf(localDateOf(instant, settings.timeZone), settings.weekStartsOn)).dailyCapMinutes;
}
