// A new box from plan.add: a one-off as given, or a weekly series read off the one-off's local date and times.
import { type PlanAddRequest, type Timebox, timeboxSchema } from '../../../shared/planModel';
import { AppError } from '../../../shared/result';
import { firstOccurrenceDate, wallClockTimes } from './wallClockTimes';

/**
 * A repeating box starts on its start's local date and repeats at the same wall-clock times on the weekdays given
 * (that date need not be one of them: the first occurrence is then the next listed weekday). Its end is stored as a
 * local end time, so 07:00–08:00 stays 07:00–08:00 across DST changes.
 */
export function newTimebox(request: PlanAddRequest, id: string, timeZone: string): Timebox {
  const title = request.title === undefined ? {} : { title: request.title };
  if (request.repeat === undefined) {
    return checkedTimebox({ kind: 'once', id, categoryId: request.categoryId, ...title, start: request.start, end: request.end });
  }
  const times = wallClockTimes(request.start, request.end, timeZone);
  const until = request.until ?? null;
  if (until !== null && until < times.date) throw new AppError('bad-request', `The series would end on ${until}, before its first day ${times.date}.`);
  const series = checkedTimebox({
    kind: 'weekly',
    id,
    categoryId: request.categoryId,
    ...title,
    firstDate: times.date,
    startTime: times.startTime,
    endTime: times.endTime,
    weekdays: [...request.repeat].sort((a, b) => a - b),
    until,
    overrides: {},
    cancelled: [],
  });
  if (series.kind === 'weekly' && firstOccurrenceDate(series) === null) {
    throw new AppError('bad-request', `The series has no day between ${times.date} and ${until}: none of those dates falls on the weekdays given.`);
  }
  return series;
}

/** The box as the model's schema has it, or a bad-request naming the first problem: a box that would not load back is never stored. */
export function checkedTimebox(box: unknown): Timebox {
  const parsed = timeboxSchema.safeParse(box);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  const first = issues[0];
  throw new AppError('bad-request', `The timebox would not be valid: ${first ? `${first.path || 'timebox'}: ${first.message}` : 'unknown reason'}.`, { issues });
}
