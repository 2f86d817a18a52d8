// Editing a weekly timebox like a calendar: one occurrence (moved, resized, retitled, cancelled, restored), the whole
// series, or the series from a date on (split in two). Each returns the changed series as a new value, checked
// against the model's schema, or a refusal a person can read; nothing is changed in place.
import { type TimeboxOverride, type WeeklyTimebox, weeklyTimeboxSchema } from '../planModel';
import { fail, ok, type Result } from '../result';
import { isOccurrenceDate } from './timeboxOccurrences';
import { addDays, daysBetween, formatDate, parseDate } from './time';

/** What one occurrence's edit may change; a title of null shows none on that day. */
export type OccurrencePatch = TimeboxOverride;

/** What an edit to the whole series may change; a title of null removes it. */
export type SeriesPatch = Partial<Pick<WeeklyTimebox, 'categoryId' | 'startTime' | 'endTime' | 'durationMinutes' | 'weekdays' | 'firstDate' | 'until'>> & {
  title?: string | null;
};

/**
 * Edits the occurrence originally on `date`, merged with any earlier edit of it. A new end time replaces an earlier
 * duration and the other way round; an edit left with no field (moved back to its own date, say) is dropped.
 */
export function editOccurrence(series: WeeklyTimebox, date: string, patch: OccurrencePatch): Result<WeeklyTimebox> {
  const refusal = occurrenceRefusal(series, date);
  if (refusal) return refusal;
  if (series.cancelled.includes(date)) return fail({ code: 'conflict', message: `The occurrence on ${date} is cancelled: restore it before editing it.` });
  const merged: TimeboxOverride = { ...series.overrides[date], ...definedFields(patch) };
  if (patch.endTime !== undefined && patch.durationMinutes === undefined) delete merged.durationMinutes;
  if (patch.durationMinutes !== undefined && patch.endTime === undefined) delete merged.endTime;
  if (merged.date === date) delete merged.date;
  const overrides = withoutKey(series.overrides, date);
  if (Object.keys(merged).length > 0) overrides[date] = merged;
  return checked({ ...series, overrides });
}

/** Cancels the occurrence originally on `date` (and forgets its edit); cancelling it twice changes nothing. */
export function cancelOccurrence(series: WeeklyTimebox, date: string): Result<WeeklyTimebox> {
  const refusal = occurrenceRefusal(series, date);
  if (refusal) return refusal;
  const cancelled = series.cancelled.includes(date) ? series.cancelled : [...series.cancelled, date].sort();
  return checked({ ...series, overrides: withoutKey(series.overrides, date), cancelled });
}

/** Puts the occurrence originally on `date` back as the series has it: not cancelled, not edited. */
export function restoreOccurrence(series: WeeklyTimebox, date: string): Result<WeeklyTimebox> {
  const refusal = occurrenceRefusal(series, date);
  if (refusal) return refusal;
  return checked({ ...series, overrides: withoutKey(series.overrides, date), cancelled: series.cancelled.filter((d) => d !== date) });
}

/**
 * Edits every occurrence, past ones too (to change only the future, split the series). Occurrences edited on their
 * own keep their edits; edits and cancellations of dates the series no longer has are dropped with those dates.
 */
export function editSeries(series: WeeklyTimebox, patch: SeriesPatch): Result<WeeklyTimebox> {
  const { title, ...rest } = patch;
  const next: WeeklyTimebox = { ...series, ...definedFields(rest) };
  if (title === null) delete next.title;
  else if (title !== undefined) next.title = title;
  if (patch.endTime !== undefined && patch.durationMinutes === undefined) delete next.durationMinutes;
  if (patch.durationMinutes !== undefined && patch.endTime === undefined) delete next.endTime;
  if (patch.weekdays !== undefined) next.weekdays = [...patch.weekdays].sort((a, b) => a - b);
  return checked(keepOwnDates(next));
}

export interface SplitSeries {
  /** The series up to the day before the split; null when it has no occurrence left before it. */
  before: WeeklyTimebox | null;
  /** The new series from the split on, under `newId`, with the patch applied. */
  after: WeeklyTimebox;
}

/**
 * "This and following": ends the series the day before `fromDate` and starts a new one (id `newId`) on `fromDate`
 * with the patch. Edits and cancellations go with the half their original date falls in.
 */
export function splitSeries(series: WeeklyTimebox, fromDate: string, patch: Omit<SeriesPatch, 'firstDate'>, newId: string): Result<SplitSeries> {
  const from = parseDate(fromDate);
  if (!from) return fail({ code: 'bad-request', message: `${fromDate} is not a date (yyyy-MM-dd).` });
  if (newId === series.id) return fail({ code: 'bad-request', message: 'The new series needs an id of its own.' });
  if (series.until !== null && fromDate > series.until) return fail({ code: 'bad-request', message: `The series ends on ${series.until}, before ${fromDate}.` });
  const firstDate = fromDate > series.firstDate ? fromDate : series.firstDate;
  const after = editSeries(keepOwnDates({ ...series, id: newId, firstDate }), patch);
  if (!after.ok) return after;
  let before: WeeklyTimebox | null = null;
  if (fromDate > series.firstDate) {
    const ended = keepOwnDates({ ...series, until: formatDate(addDays(from, -1)) });
    if (hasAnyOccurrence(ended)) {
      const result = checked(ended);
      if (!result.ok) return result;
      before = result.value;
    }
  }
  return ok({ before, after: after.value });
}

function occurrenceRefusal(series: WeeklyTimebox, date: string): Result<never> | null {
  if (!parseDate(date)) return fail({ code: 'bad-request', message: `${date} is not a date (yyyy-MM-dd).` });
  if (!isOccurrenceDate(series, date)) return fail({ code: 'not-found', message: `The series has no occurrence on ${date}.` });
  return null;
}

/** The series with only the edits and cancellations of dates it still has. */
function keepOwnDates(series: WeeklyTimebox): WeeklyTimebox {
  const overrides: Record<string, TimeboxOverride> = {};
  for (const [date, override] of Object.entries(series.overrides)) if (isOccurrenceDate(series, date)) overrides[date] = override;
  return { ...series, overrides, cancelled: series.cancelled.filter((d) => isOccurrenceDate(series, d)) };
}

function hasAnyOccurrence(series: WeeklyTimebox): boolean {
  const first = parseDate(series.firstDate)!;
  const span = series.until === null ? 7 : Math.min(7, daysBetween(first, parseDate(series.until)!) + 1);
  for (let i = 0; i < span; i++) if (isOccurrenceDate(series, formatDate(addDays(first, i)))) return true;
  return false;
}

function checked(series: WeeklyTimebox): Result<WeeklyTimebox> {
  const parsed = weeklyTimeboxSchema.safeParse(series);
  if (parsed.success) return ok(parsed.data);
  const first = parsed.error.issues[0];
  return fail({
    code: 'bad-request',
    message: `The timebox would not be valid: ${first ? `${first.path.join('.') || 'timebox'}: ${first.message}` : 'unknown reason'}.`,
    issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
  });
}

/** The fields that are set: an absent or undefined field leaves the value as it was. */
function definedFields<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}
