// Wall-clock times and dates in the week's own time zone, with the hour cycle the system uses (24 h or 12 h), as
// Intl resolves it for the reader's locale. Clock times, durations and timesheet hours come from the host's
// conventions while they are in use (conventionsInUse.ts): Today's first screen starts no ICU.
import { conventionClock } from '../../shared/localeConventions';
import { MINUTE, toLocal } from '../../shared/domain/time';
import { durationWords, roundedUnits } from '../../shared/domain/words';
import { conventionsFor } from './conventionsInUse';
import { formatNumber } from './formatNumber';
import { dateTimeFormat } from './intlFormats';
export function systemHourCycle(locale: string | undefined): 'h11' | 'h12' | 'h23' | 'h24' {
  return conventionsFor(locale)?.hourCycle ?? dateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle ?? 'h23';
}

export function formatClock(instant: number, locale: string | undefined, timeZone: string): string {
  const conventions = conventionsFor(locale);
  if (conventions) {
    // The zone's offsets are the host's too (given with the conventions) for the weeks around now.
    const local = toLocal(instant, timeZone);
    return conventionClock(conventions.clock, local.hour, local.minute);
  }
  return dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone, hourCycle: systemHourCycle(locale) }).format(instant);
}

export function formatClockRange(start: number, end: number, locale: string | undefined, timeZone: string): string {
  return `${formatClock(start, locale, timeZone)}–${formatClock(end, locale, timeZone)}`;
}

/** "Monday, March 23" */
export function formatDay(instant: number, locale: string | undefined, timeZone: string): string {
  return dateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric', timeZone }).format(instant);
}

/**
 * "Mon, Mar 23, 17:00": a moment that may be days away. Given `now`, a moment in another year than now's says its
 * year ("Tue, Mar 24, 2025, 17:00"): an imported row or an old backup is otherwise read as this year's.
 */
export function formatMoment(instant: number, locale: string | undefined, timeZone: string, now?: number): string {
  const otherYear = now !== undefined && toLocal(instant, timeZone).year !== toLocal(now, timeZone).year;
  return dateTimeFormat(locale, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    ...(otherYear ? { year: 'numeric' as const } : {}),
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    hourCycle: systemHourCycle(locale),
  }).format(instant);
}

/** A duration in minutes as "1 h 30 min", "45 min", "2 h", in the reader's digits: words.ts's words and rounding. */
export function formatDuration(minutes: number, locale: string | undefined): string {
  return durationWords(minutes * MINUTE, (n) => formatNumber(n, locale));
}

/**
 * The timesheet's one rounding: hours to a hundredth (36 s), half up, as words.ts rounds. A cell needs hundredths
 * (0.75 h is typed and shown back as it is), so its totals use them too: at a tenth, a 1-minute cell read 0.02 over a
 * day total of 0 h. Each figure is its own exact time rounded once; a total is never a sum of rounded cells.
 */
function timesheetHours(minutes: number): number {
  // Back to whole milliseconds first (minutes are milliseconds / 60 000), so a half hundredth is exactly half.
  return roundedUnits(Math.round(minutes * MINUTE), 36 * 1000) / 100;
}

/** Hours for a timesheet cell: "1.5", "0.25", "" for nothing, in the reader's locale. */
export function formatCellHours(minutes: number, locale: string | undefined): string {
  if (minutes <= 0) return '';
  return formatNumber(timesheetHours(minutes), locale, { maximumFractionDigits: 2, useGrouping: false });
}

/** A timesheet total (a row, a day, the week): "24.75 h", to the hundredth its cells show. */
export function formatTimesheetTotal(minutes: number, locale: string | undefined): string {
  return `${formatNumber(timesheetHours(minutes), locale, { maximumFractionDigits: 2 })} h`;
}
