// A weekly series cut to the local dates an export asks for: a calendar given a week's plan gets that week's
// occurrences, not the series from its first day on and forever after.
import { addDays, daysBetween, formatDate, parseDate, weekdayOf } from '../../../shared/domain/time';
import type { WeeklyTimebox } from '../../../shared/planModel';

/**
 * The series with exactly the occurrences that fall on the dates from `from` to `to` (either open), each judged by the
 * date it is on: one moved in from a date outside is kept (the series reaches back or on to its own date, the dates
 * between cancelled), one moved out is cancelled. Null when none is left there. The id stays: the export's UID, by
 * which a calendar or another Timelock knows the series.
 */
export function seriesWithin(series: WeeklyTimebox, from: string | null, to: string | null): WeeklyTimebox | null {
  const asked = (date: string) => (from === null || date >= from) && (to === null || date <= to);
  const own = new Set(series.cancelled);
  const isRuleDate = (date: string) => date >= series.firstDate && (series.until === null || date <= series.until) && series.weekdays.includes(weekdayOf(parseDate(date)!));
  const onDate = (original: string) => series.overrides[original]?.date ?? original;
  // The dates the rule gives (before any move) that the asked dates hold unmoved: from the range's first day, or the
  // series' own, to the range's last, or the series' own end.
  const clipFirst = from !== null && from > series.firstDate ? from : series.firstDate;
  const clipUntil = to !== null && (series.until === null || to < series.until) ? to : series.until;
  // Reaching back or on to an occurrence moved in from outside them.
  const movedIn = Object.keys(series.overrides).filter((original) => isRuleDate(original) && !own.has(original) && asked(onDate(original)));
  const firstDate = [clipFirst, ...movedIn].sort()[0]!;
  const until = clipUntil === null ? null : [clipUntil, ...movedIn].sort().at(-1)!;
  const inside = (date: string) => date >= firstDate && (until === null || date <= until);
  const cancelled = new Set([...own].filter(inside));
  // Outside the asked dates: the rule's dates reached over unmoved, and occurrences moved out.
  const reached = [...ruleDates(firstDate, clipFirst, series.weekdays), ...(clipUntil === null || until === null ? [] : ruleDates(addDate(clipUntil, 1), addDate(until, 1), series.weekdays))];
  for (const date of reached) if (!movedIn.includes(date)) cancelled.add(date);
  for (const original of Object.keys(series.overrides)) if (inside(original) && !asked(onDate(original))) cancelled.add(original);
  if (!hasOccurrence(firstDate, until, series.weekdays, cancelled)) return null;
  const overrides = Object.fromEntries(Object.entries(series.overrides).filter(([date]) => inside(date) && !cancelled.has(date)));
  return { ...series, firstDate, until, cancelled: [...cancelled].sort(), overrides };
}

const addDate = (date: string, days: number) => formatDate(addDays(parseDate(date)!, days));

/** The dates on the weekdays from `first` up to, not including, `end`. */
function ruleDates(first: string, end: string, weekdays: readonly number[]): string[] {
  const start = parseDate(first)!;
  const dates: string[] = [];
  for (let i = 0; i < daysBetween(start, parseDate(end)!); i++) {
    const date = addDays(start, i);
    if (weekdays.includes(weekdayOf(date))) dates.push(formatDate(date));
  }
  return dates;
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
