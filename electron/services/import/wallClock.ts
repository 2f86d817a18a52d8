// Dates, clock times and durations as exports write them, and the instant a local date and time name. Times that a
// DST change skips or repeats are resolved by fromLocal's rule and said so, for the import to report per row.
import { HOUR, MINUTE, formatDate, fromLocal, offsetMinutes, toLocal, type CalendarDate } from '../../../shared/domain/time';
import type { ImportBudget } from './importBudget';
import { Columns, type CsvRow } from './readCsvTable';

export interface ClockTime {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** False for "10:23" or "10:23 AM": the real time lies somewhere in that minute. */
  hasSeconds: boolean;
}

/** How dates like 03/04/2024 are read: month first (US, Clockify's default) or day first. */
export type DateOrder = 'mdy' | 'dmy';

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,3}))?)?\s*(?:([AaPp])\.?\s*[Mm]\.?)?$/;

function realDate(year: number, month: number, day: number): CalendarDate | null {
  const check = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day };
}

/**
 * The order of a file's numeric dates, from the dates themselves: day first only when some date cannot be
 * month-first (25/03/2024) and none cannot be day-first. Dotted dates (25.03.2024) are always day first. The cells
 * of every row are looked at, pausing now and then on a large file.
 */
export async function dateOrderOf(rows: readonly CsvRow[], columns: readonly number[], budget: ImportBudget): Promise<DateOrder> {
  let firstOver12 = false;
  let secondOver12 = false;
  for (const row of rows) {
    for (const column of columns) {
      const m = NUMERIC_DATE.exec(Columns.cell(row, column).trim());
      if (!m || m[2] === '.') continue;
      if (Number(m[1]) > 12) firstOver12 = true;
      if (Number(m[3]) > 12) secondOver12 = true;
    }
    // Both seen: month first whatever the other rows say.
    if (firstOver12 && secondOver12) break;
    await budget.pause();
  }
  return firstOver12 && !secondOver12 ? 'dmy' : 'mdy';
}

/** A date as exports write it (2024-03-04, 03/04/2024, 04.03.2024), or a sentence saying why it is not one. */
export function parseDateText(text: string, order: DateOrder): CalendarDate | string {
  const t = text.trim();
  if (t === '') return 'the date is empty';
  const iso = ISO_DATE.exec(t);
  if (iso) return realDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) ?? `'${t}' is not a real date (expected yyyy-MM-dd)`;
  const m = NUMERIC_DATE.exec(t);
  if (m) {
    const dayFirst = m[2] === '.' || order === 'dmy';
    const [day, month] = dayFirst ? [Number(m[1]), Number(m[3])] : [Number(m[3]), Number(m[1])];
    const layout = dayFirst ? `DD${m[2]}MM${m[2]}YYYY` : `MM${m[2]}DD${m[2]}YYYY`;
    return realDate(Number(m[4]), month, day) ?? `'${t}' is not a real date (read as ${layout})`;
  }
  return `'${t}' is not a date Timelock can read (expected yyyy-MM-dd, MM/DD/YYYY or DD.MM.YYYY)`;
}

/** 24-hour or 12-hour clock times, with or without seconds: 10:23, 10:23:52, 10:23 AM, 1:05:09 pm. */
export function parseClockText(text: string): ClockTime | string {
  const t = text.trim();
  const m = CLOCK.exec(t);
  if (!m) return t === '' ? 'the time is empty' : `'${t}' is not a time Timelock can read (expected HH:mm[:ss], with AM/PM or without)`;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = m[3] === undefined ? 0 : Number(m[3]);
  const millisecond = m[4] === undefined ? 0 : Number(m[4].padEnd(3, '0'));
  const meridiem = m[5]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return `'${t}' is not a 12-hour time (the hour must be 1 to 12)`;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return `'${t}' is not a time of day`;
  return { hour, minute, second, millisecond, hasSeconds: m[3] !== undefined };
}

/** Durations as Toggl and Clockify write them: 01:00:01, 120:00:00, 0:30. Milliseconds, or null. */
export function parseDurationText(text: string): number | null {
  const m = /^(\d+):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!m || Number(m[2]) > 59 || Number(m[3] ?? 0) > 59) return null;
  return Number(m[1]) * HOUR + Number(m[2]) * MINUTE + Number(m[3] ?? 0) * 1000;
}

/**
 * Hours as Harvest writes them: decimal with a point or a comma ("1.5", "0,01", "1.234,5"), or h:mm ("1:30").
 * Milliseconds, rounded, or null.
 */
export function parseDecimalHours(text: string): number | null {
  const t = text.trim();
  if (/^\d+:\d{2}$/.test(t)) return parseDurationText(t);
  if (!/^\d[\d.,]*$/.test(t) && !/^[.,]\d+$/.test(t)) return null;
  // The last separator is the decimal one; any before it group thousands.
  const last = Math.max(t.lastIndexOf('.'), t.lastIndexOf(','));
  const whole = last < 0 ? t : t.slice(0, last).replace(/[.,]/g, '');
  const fraction = last < 0 ? '' : t.slice(last + 1);
  const hours = Number(`${whole || '0'}.${fraction || '0'}`);
  return Number.isFinite(hours) ? Math.round(hours * HOUR) : null;
}

export interface LocalInstant {
  instant: number;
  /** Set when the wall-clock time was skipped (gap) or repeated (overlap) by a DST change: the words for a warning. */
  dst: string | null;
}

function hhmm(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** The instant a local date and time name in the zone, by fromLocal's rule, and what a DST change did to it. */
export function localInstant(date: CalendarDate, time: ClockTime, timeZone: string): LocalInstant {
  const base = fromLocal(date, time.hour, time.minute, timeZone);
  const instant = base + time.second * 1000 + time.millisecond;
  // The same two candidates fromLocal weighs: the offsets 14 hours either side of the wall-clock time.
  const wall = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute);
  const before = offsetMinutes(wall - 14 * HOUR, timeZone);
  const after = offsetMinutes(wall + 14 * HOUR, timeZone);
  if (before === after) return { instant, dst: null };
  const a = wall - before * MINUTE;
  const b = wall - after * MINUTE;
  const aValid = offsetMinutes(a, timeZone) === before;
  const bValid = offsetMinutes(b, timeZone) === after;
  const shown = `${hhmm(time.hour, time.minute)} on ${formatDate(date)}`;
  if (!aValid && !bValid) {
    const read = toLocal(base, timeZone);
    return {
      instant,
      dst: `${shown} does not exist in ${timeZone} (the clocks went forward); it was read as ${hhmm(read.hour, read.minute)}, the gap's length later`,
    };
  }
  if (aValid && bValid && a !== b) {
    return { instant, dst: `${shown} happened twice in ${timeZone} (the clocks went back); the earlier one was taken` };
  }
  return { instant, dst: null };
}
