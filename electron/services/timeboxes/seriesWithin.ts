// A weekly series cut to the local dates an export asks for: a calendar given a week's plan gets that week's
// occurrences, not the series from its first day on and forever after.
import { addDays, formatDate, parseDate, weekdayOf } from '../../../shared/domain/time';
import type { WeeklyTimebox } from '../../../shared/planModel';

/**
 * The series from `from` (or its own first date) until `to` (or its own end), with the cancellations and edits of
 * those dates; null when no occurrence is left there (none falls in the dates, or each one is cancelled). The id stays:
 * the export's UID, by which a calendar or another Timelock knows the series.
 */
export function seriesWithin(series: WeeklyTimebox, from: string | null, to: string | null): WeeklyTimebox | null {
  const firstDate = from !== null && from > series.firstDate ? from : series.firstDate;
  const until = to !== null && (series.until === null || to < series.until) ? to : series.until;
  const inside = (date: string) => date >= firstDate && (until === null || date <= until);
  const cancelled = series.cancelled.filter(inside);
  if (!hasOccurrence(firstDate, until, series.weekdays, new Set(cancelled))) return null;
  const overrides = Object.fromEntries(Object.entries(series.overrides).filter(([date]) => inside(date)));
  return { ...series, firstDate, until, cancelled, overrides };
}

/** Whether a date from `first` to `until` (forever when null) falls on one of the weekdays and is not cancelled. */
function hasOccurrence(first: string, until: string | null, weekdays: readonly number[], cancelled: ReadonlySet<string>): boolean {
  if (weekdays.length === 0) return false;
  const start = parseDate(first);
  if (!start) return false;
  // Cancellations are finitely many: past them, an open-ended series always has a next occurrence.
  for (let i = 0; ; i++) {
    const date = formatDate(addDays(start, i));
    if (until !== null && date > until) return false;
    if (weekdays.includes(weekdayOf(addDays(start, i))) && !cancelled.has(date)) return true;
    if (until === null && i > 7 * (cancelled.size + 1)) return true;
  }
}
