// Late work, a burnout signal: work from settings.lateWorkHour until 05:00 the next morning. Work at 01:00 is as
// late as work at 23:00, so the small hours count too; each minute still counts to the local day it falls on
// (23:00–01:00 is 1 h of late work on each day), the rule every other daily figure follows.
import type { Interval } from './windows';
import { fromLocal, type LocalDay } from './time';

/** Late work ends at this hour in the morning. */
export const LATE_WORK_ENDS_HOUR = 5;

/** The late stretches of the given consecutive days: midnight to 05:00 and lateWorkHour to midnight, in order. */
export function lateIntervals(days: readonly LocalDay[], lateWorkHour: number, timeZone: string): Interval[] {
  const intervals: Interval[] = [];
  for (const day of days) {
    const morningEnd = Math.min(day.end, fromLocal(day.calendarDate, LATE_WORK_ENDS_HOUR, 0, timeZone));
    // The evening stretch continues the previous day's into midnight: extend it rather than start a new one.
    const last = intervals[intervals.length - 1];
    if (last && last.end === day.start) last.end = morningEnd;
    else intervals.push({ start: day.start, end: morningEnd });
    if (lateWorkHour < 24) {
      const eveningStart = fromLocal(day.calendarDate, lateWorkHour, 0, timeZone);
      if (eveningStart < day.end) intervals.push({ start: eveningStart, end: day.end });
    }
  }
  return intervals;
}
