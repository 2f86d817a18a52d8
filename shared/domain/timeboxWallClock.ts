// Local wall-clock times to instants for timebox expansion, by fromLocal's rule, fast enough for hundreds of box
// ends a week; and local dates as whole day numbers, so stepping and comparing dates is integer arithmetic.
import { DAY, MINUTE, formatDate, fromLocal, offsetMinutes, type CalendarDate } from './time';

/**
 * Each fromLocal costs a few offset look-ups; instead each local day is looked up once, and on a day with one
 * offset throughout (all but a few days a year) a time is that day's midnight plus its minutes. Days with a change
 * go through fromLocal itself. One clock serves one expansion: it caches the days it has seen.
 */
export class WallClock {
  /** How far the last `instant` moved its time forward because it fell in a DST gap; 0 when the time exists. */
  gap = 0;
  private readonly midnights = new Map<number, number | null>();
  private readonly dates = new Map<number, string>();

  constructor(readonly timeZone: string) {}

  /** The instant of a wall-clock minute (0–1439) on a local day; sets `gap`. */
  instant(day: number, minute: number): number {
    let midnight = this.midnights.get(day);
    if (midnight === undefined) {
      midnight = this.uniformMidnight(day);
      this.midnights.set(day, midnight);
    }
    this.gap = 0;
    if (midnight !== null) return midnight + minute * MINUTE;
    const instant = fromLocal(dateOfDay(day), Math.floor(minute / 60), minute % 60, this.timeZone);
    this.gap = instant + offsetMinutes(instant, this.timeZone) * MINUTE - (day * DAY + minute * MINUTE);
    return instant;
  }

  /** yyyy-MM-dd of a day number. */
  dateText(day: number): string {
    let text = this.dates.get(day);
    if (text === undefined) {
      text = formatDate(dateOfDay(day));
      this.dates.set(day, text);
    }
    return text;
  }

  /** The day's midnight when the day is 24 h long with one offset throughout; null for a day with a change. */
  private uniformMidnight(day: number): number | null {
    const start = fromLocal(dateOfDay(day), 0, 0, this.timeZone);
    const offset = offsetMinutes(start, this.timeZone);
    const uniform = start + offset * MINUTE === day * DAY && offsetMinutes(start + DAY - 1, this.timeZone) === offset;
    return uniform ? start : null;
  }
}

/** Whole days since 1970-01-01. */
export function dayNumber(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / DAY;
}

/** The day number of a yyyy-MM-dd text (already validated). */
export function dayNumberOf(text: string): number {
  return Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10))) / DAY;
}

export function dateOfDay(day: number): CalendarDate {
  const d = new Date(day * DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}
