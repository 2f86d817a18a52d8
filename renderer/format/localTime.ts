// Between instants and the HH:mm of a <input type="time"> (or a minute of the day, as parseClock reads a typed time),
// in the settings' time zone. The conversion itself is the domain's (shared/domain/time.ts, with its DST gap and
// overlap rule); this only shapes the text.
import { addDays, formatDate, fromLocal, parseDate, toLocal } from '../../shared/domain/time';

const two = (n: number) => String(n).padStart(2, '0');

export function toTimeInput(instant: number, timeZone: string): string {
  const local = toLocal(instant, timeZone);
  return `${two(local.hour)}:${two(local.minute)}`;
}

/** yyyy-MM-dd of an instant, in the zone. */
export function toDateInput(instant: number, timeZone: string): string {
  const local = toLocal(instant, timeZone);
  return `${local.year}-${two(local.month)}-${two(local.day)}`;
}

/** The instant of HH:mm on a local date (yyyy-MM-dd); null when either is not well formed. */
export function fromTimeInput(date: string, time: string, timeZone: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  return match ? fromDayMinute(date, Number(match[1]) * 60 + Number(match[2]), timeZone) : null;
}

/** The instant of a minute past midnight (0–1439) on a local date (yyyy-MM-dd); null when the date is not well formed. */
export function fromDayMinute(date: string, minute: number, timeZone: string): number | null {
  const day = parseDate(date);
  return day ? fromLocal(day, Math.floor(minute / 60), minute % 60, timeZone) : null;
}

/** How far a time typed for an entry reaches over midnight: 22:00 to 00:30 is an evening's work, 08:00 to 07:00
 * (23 hours) a slip, refused rather than saved. */
export const OVER_MIDNIGHT_MS = 12 * 3_600_000;

/**
 * HH:mm as the end of an entry starting at `start`: on the start's date when that is after the start, else on the next
 * day's when that is within OVER_MIDNIGHT_MS of the start. Otherwise the time on the start's date, at or before the
 * start, which the editor refuses. Null when the time is not well formed.
 */
export function endTimeInput(start: number, time: string, timeZone: string): number | null {
  const date = toDateInput(start, timeZone);
  const sameDay = fromTimeInput(date, time, timeZone);
  if (sameDay === null || sameDay > start) return sameDay;
  const nextDay = fromTimeInput(formatDate(addDays(parseDate(date)!, 1)), time, timeZone);
  return nextDay !== null && nextDay - start <= OVER_MIDNIGHT_MS ? nextDay : sameDay;
}

/**
 * HH:mm as the start of an entry that keeps its end, first typed on `startDate` (the date it starts on now): there
 * when that is within OVER_MIDNIGHT_MS before the end, else on the end's own date when that is before the end (00:15
 * for an entry 23:30–00:45, not 00:15 the day before). Null when the time is not well formed.
 */
export function startTimeInput(startDate: string, end: number, time: string, timeZone: string): number | null {
  const onDate = fromTimeInput(startDate, time, timeZone);
  if (onDate === null || (onDate < end && end - onDate <= OVER_MIDNIGHT_MS)) return onDate;
  const endDate = toDateInput(end - 1, timeZone);
  const onEndDate = endDate === startDate ? null : fromTimeInput(endDate, time, timeZone);
  return onEndDate !== null && onEndDate < end ? onEndDate : onDate;
}
