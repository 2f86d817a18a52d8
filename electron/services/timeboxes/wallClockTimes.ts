// Between the instants a client sends and the wall-clock fields a weekly timebox stores: a start and end read as a
// local date and HH:mm times in the user's zone, and one occurrence of a series found again by its original date.
import { DAY, MINUTE, addDays, dayBounds, formatDate, localDateOf, parseDate, toLocal, weekdayOf } from '../../../shared/domain/time';
import { occurrenceId, timeboxOccurrences } from '../../../shared/domain/timeboxOccurrences';
import type { TimeboxOccurrence, WeeklyTimebox } from '../../../shared/planModel';
import { AppError } from '../../../shared/result';

export interface WallClockTimes {
  /** The start's local date, yyyy-MM-dd. */
  date: string;
  startTime: string;
  endTime: string;
  /** Elapsed minutes from start to end. */
  minutes: number;
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * The local date and times of a box from start to end. A series stores minutes, not seconds, so a repeating box must
 * start and end on a whole minute: refused otherwise rather than silently moved.
 */
export function wallClockTimes(start: number, end: number, timeZone: string): WallClockTimes {
  if (start % MINUTE !== 0 || end % MINUTE !== 0) {
    throw new AppError('bad-request', 'A repeating box starts and ends on a whole minute (no seconds).');
  }
  const from = toLocal(start, timeZone);
  const to = toLocal(end, timeZone);
  return {
    date: formatDate(from),
    startTime: `${two(from.hour)}:${two(from.minute)}`,
    endTime: `${two(to.hour)}:${two(to.minute)}`,
    minutes: (end - start) / MINUTE,
  };
}

/**
 * The occurrence of a series originally on `date`, with its own edits (it may have been moved to another day);
 * null when the series has none that day or it is cancelled. `plain` ignores the occurrence's edits: the series' own
 * times that day.
 */
export function findOccurrence(series: WeeklyTimebox, date: string, timeZone: string, plain = false): TimeboxOccurrence | null {
  const own = plain ? { ...series, overrides: {}, cancelled: [] } : series;
  const target = parseDate(own.overrides[date]?.date ?? date);
  if (!target) return null;
  const bounds = dayBounds(target, timeZone);
  // A box is at most a day plus a DST gap long, so a day either side holds it whatever its times.
  const id = occurrenceId(series.id, date);
  return timeboxOccurrences([own], bounds.start - DAY, bounds.end + DAY, timeZone).find((o) => o.boxId === id) ?? null;
}

/** The first local date the series occurs on (cancelled or not), or null when it has none. */
export function firstOccurrenceDate(series: WeeklyTimebox): string | null {
  const first = parseDate(series.firstDate)!;
  for (let i = 0; i < 7; i++) {
    const date = addDays(first, i);
    const text = formatDate(date);
    if (series.until !== null && text > series.until) return null;
    if (series.weekdays.includes(weekdayOf(date))) return text;
  }
  return null;
}

/** The local date of an instant, yyyy-MM-dd. */
export function localDateText(instant: number, timeZone: string): string {
  return formatDate(localDateOf(instant, timeZone));
}
