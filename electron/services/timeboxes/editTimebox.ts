// plan.update as a calendar has it: a new start and end (instants) for one occurrence, for the whole series, or for
// this and the following occurrences, turned into the domain's edits (editOccurrence, editSeries, splitSeries).
// A series dragged to another day moves every date it holds by as many days (weekdays, first and last date, its
// occurrences' own edits and cancellations), so nothing edited on its own is lost on the way.
// A series' weekdays and until change with scope series or following only; a one-off given repeat becomes a series.
import { checkTimeboxBounds } from '../../../shared/domain/timeboxBounds';
import { cancelOccurrence, editOccurrence, editSeries, splitSeries, type OccurrencePatch, type SeriesPatch } from '../../../shared/domain/timeboxEdits';
import { isOccurrenceDate } from '../../../shared/domain/timeboxOccurrences';
import { addDays, daysBetween, formatDate, parseDate } from '../../../shared/domain/time';
import {
  MAX_BOX_MS,
  type PlanPatch,
  type PlanUpdateRequest,
  type Timebox,
  type TimeboxOccurrence,
  type TimeboxOverride,
  type WeeklyTimebox,
} from '../../../shared/planModel';
import { AppError, type Result } from '../../../shared/result';
import { checkedTimebox, newTimebox } from './newTimebox';
import { judgedOccurrences, type DatedBoundaries } from './planLock';
import { findOccurrence, firstOccurrenceDate, localDateText, wallClockTimes } from './wallClockTimes';

export interface TimeboxEdit {
  /** The boxes to save: each replaces the box with its id, or is new. */
  save: Timebox[];
  /** What the lock judges: the occurrences the edit put at new times or in a new category; none for a retitle. */
  judge: TimeboxOccurrence[];
}

/** The settings' zone, and now: a box is moved at most so far ahead of it (checkTimeboxBounds). */
export interface EditPlace {
  timeZone: string;
  now: number;
  /** The dated boundaries: a series is judged by the windows of each of their steps it reaches (judgedOccurrences). */
  dated?: DatedBoundaries;
}

export function editTimebox(box: Timebox, request: PlanUpdateRequest, place: EditPlace, newId: () => string): TimeboxEdit {
  if (box.kind === 'once') return editOneOff(box, request, place);
  const { weekdays, until, repeat } = request.patch;
  if (repeat !== undefined) throw new AppError('bad-request', 'The box repeats already: change its weekdays or until rather than giving repeat.');
  if (request.scope === 'occurrence' && (weekdays !== undefined || until !== undefined)) {
    throw new AppError('bad-request', 'Weekdays and until belong to the series: change them for the whole series or for this and the following occurrences, not for one occurrence.');
  }
  if (request.scope === 'series') return editWholeSeries(box, request.occurrenceDate ?? firstOccurrenceDate(box), request.patch, place);
  const date = request.occurrenceDate;
  if (date === undefined) throw new AppError('bad-request', `Say which occurrence: editing ${request.scope === 'occurrence' ? 'one occurrence' : 'this and the following occurrences'} needs occurrenceDate.`);
  if (!isOccurrenceDate(box, date)) throw new AppError('not-found', `The series has no occurrence on ${date}.`);
  if (request.scope === 'occurrence') return editOne(box, date, request.patch, place, newId);
  const split = unwrap(splitSeries(box, date, {}, newId()));
  // Split on its first occurrence, nothing stays behind: the series keeps its id.
  const after = split.before === null ? { ...split.after, id: box.id } : split.after;
  const edited = editWholeSeries(after, date, request.patch, place);
  return { save: split.before === null ? edited.save : [split.before, ...edited.save], judge: edited.judge };
}

/**
 * A one-off has one occurrence: every scope edits the box itself. With repeat it becomes a weekly series in place
 * (same id), read off its local date and times as plan.add reads a repeating box; the lock judges the whole series.
 */
function editOneOff(box: Extract<Timebox, { kind: 'once' }>, request: PlanUpdateRequest, place: EditPlace): TimeboxEdit {
  const { timeZone } = place;
  const date = localDateText(box.start, timeZone);
  if (request.occurrenceDate !== undefined && request.occurrenceDate !== date) {
    throw new AppError('not-found', `That box is on ${date}, not on ${request.occurrenceDate}.`);
  }
  const { patch } = request;
  if (patch.weekdays !== undefined || patch.until !== undefined) {
    throw new AppError('bad-request', 'A one-off box has no weekdays or until: to make it repeat, give repeat with the weekdays (and until).');
  }
  const span = newSpan(box, patch, place);
  if (patch.repeat !== undefined) {
    const title = patch.title === null ? undefined : (patch.title ?? box.title);
    const { weekdays, until } = patch.repeat;
    const series = newTimebox(
      { categoryId: patch.categoryId ?? box.categoryId, ...span, ...(title === undefined ? {} : { title }), repeat: weekdays, ...(until ? { until } : {}) },
      box.id,
      timeZone,
    );
    return { save: [series], judge: judgedOccurrences(series, timeZone, place.dated) };
  }
  const next: Record<string, unknown> = { ...box, ...span, categoryId: patch.categoryId ?? box.categoryId };
  if (patch.title === null) delete next.title;
  else if (patch.title !== undefined) next.title = patch.title;
  const saved = checkedTimebox(next);
  const moved = span.start !== box.start || span.end !== box.end || saved.categoryId !== box.categoryId;
  return { save: [saved], judge: moved ? judgedOccurrences(saved, timeZone, place.dated) : [] };
}

/**
 * One occurrence. Its times become its own edit (dropped when they are the series' own again); a new category takes
 * it out of the series: cancelled there, and a one-off of its own in that category.
 */
function editOne(series: WeeklyTimebox, date: string, patch: PlanPatch, place: EditPlace, newId: () => string): TimeboxEdit {
  const { timeZone } = place;
  if (series.cancelled.includes(date)) throw new AppError('conflict', `The occurrence on ${date} is cancelled: restore it before editing it.`);
  const current = findOccurrence(series, date, timeZone);
  if (!current) throw new AppError('not-found', `The series has no occurrence on ${date}.`);
  const span = newSpan(current, patch, place);
  if (patch.categoryId !== undefined && patch.categoryId !== series.categoryId) {
    const title = patch.title !== undefined ? patch.title : current.title;
    const once = checkedTimebox({ kind: 'once', id: newId(), categoryId: patch.categoryId, ...(title ? { title } : {}), ...span });
    return { save: [unwrap(cancelOccurrence(series, date)), once], judge: judgedOccurrences(once, timeZone, place.dated) };
  }
  const moved = span.start !== current.start || span.end !== current.end;
  let base = series;
  let occurrencePatch: OccurrencePatch = {};
  if (moved) {
    // The whole edit is written afresh, so no earlier end time or duration outlives the times asked for now.
    const { date: _date, startTime: _start, endTime: _end, durationMinutes: _minutes, ...kept } = series.overrides[date] ?? {};
    base = { ...series, overrides: withoutKey(series.overrides, date) };
    const own = findOccurrence(series, date, timeZone, true);
    const times = wallClockTimes(span.start, span.end, timeZone);
    const isOwn = own !== null && own.start === span.start && own.end === span.end;
    occurrencePatch = isOwn ? kept : { ...kept, date: times.date, startTime: times.startTime, endTime: times.endTime };
  }
  if (patch.title !== undefined) occurrencePatch.title = patch.title;
  const saved = unwrap(editOccurrence(base, date, occurrencePatch));
  const after = moved ? findOccurrence(saved, date, timeZone) : null;
  return { save: [saved], judge: after ? [after] : [] };
}

/**
 * The whole series, its times read off the occurrence on `reference` as the series has it (not as that occurrence
 * may have been edited on its own). A new start on another day moves the series by as many days.
 */
function editWholeSeries(series: WeeklyTimebox, reference: string | null, patch: PlanPatch, place: EditPlace): TimeboxEdit {
  const { timeZone } = place;
  const own = reference === null ? null : findOccurrence(series, reference, timeZone, true);
  if (reference === null || !own) throw new AppError('not-found', `The series has no occurrence${reference === null ? '' : ` on ${reference}`}.`);
  const span = newSpan(own, patch, place);
  const moved = span.start !== own.start || span.end !== own.end;
  let base = series;
  const seriesPatch: SeriesPatch = {};
  if (moved) {
    const times = wallClockTimes(span.start, span.end, timeZone);
    const days = daysBetween(parseDate(reference)!, parseDate(times.date)!);
    if (days !== 0) base = shiftSeries(series, days);
    seriesPatch.startTime = times.startTime;
    if (series.durationMinutes !== undefined) seriesPatch.durationMinutes = times.minutes;
    else seriesPatch.endTime = times.endTime;
  }
  if (patch.categoryId !== undefined) seriesPatch.categoryId = patch.categoryId;
  if (patch.title !== undefined) seriesPatch.title = patch.title;
  if (patch.weekdays !== undefined) seriesPatch.weekdays = patch.weekdays;
  if (patch.until !== undefined) {
    if (patch.until !== null && patch.until < base.firstDate) throw new AppError('bad-request', `The series would end on ${patch.until}, before its first day ${base.firstDate}.`);
    seriesPatch.until = patch.until;
  }
  const saved = unwrap(editSeries(base, seriesPatch));
  if (firstOccurrenceDate(saved) === null) {
    throw new AppError('bad-request', `The series would have no day between ${saved.firstDate} and ${saved.until}: none of those dates falls on its weekdays.`);
  }
  const recategorized = saved.categoryId !== series.categoryId;
  // More weekdays or a later end plan occurrences there were not: judged like a move. Fewer take nothing new.
  const widened = saved.weekdays.some((d) => !base.weekdays.includes(d)) || (base.until !== null && (saved.until === null || saved.until > base.until));
  return { save: [saved], judge: moved || recategorized || widened ? judgedOccurrences(saved, timeZone, place.dated) : [] };
}

/**
 * Start and end after a patch: a new start alone moves the box (its length kept), a new end alone resizes it. Moved
 * later, it is held to how far ahead a box may be planned.
 */
function newSpan(current: { start: number; end: number }, patch: PlanPatch, place: EditPlace): { start: number; end: number } {
  const start = patch.start ?? current.start;
  const end = patch.end ?? (patch.start !== undefined ? start + (current.end - current.start) : current.end);
  if (end <= start) throw new AppError('bad-request', 'The box would end before it starts.');
  if (end - start > MAX_BOX_MS) throw new AppError('bad-request', 'A timebox is at most 24 hours long: plan longer time as several boxes.');
  const bounds = checkTimeboxBounds({ start, end }, place.now, place.timeZone, current);
  if (!bounds.ok) throw new AppError(bounds.code, bounds.message);
  return { start, end };
}

/** Every date of the series `days` later: its weekdays, first and last day, edits and cancellations. */
export function shiftSeries(series: WeeklyTimebox, days: number): WeeklyTimebox {
  const shift = (date: string) => formatDate(addDays(parseDate(date)!, days));
  const overrides: Record<string, TimeboxOverride> = {};
  for (const [date, override] of Object.entries(series.overrides)) {
    overrides[shift(date)] = override.date === undefined ? override : { ...override, date: shift(override.date) };
  }
  return {
    ...series,
    weekdays: series.weekdays.map((w) => (((w + days) % 7) + 7) % 7).sort((a, b) => a - b),
    firstDate: shift(series.firstDate),
    until: series.until === null ? null : shift(series.until),
    overrides,
    cancelled: series.cancelled.map(shift).sort(),
  };
}

/** A refusal from the domain, thrown as the AppError the router turns back into its envelope. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new AppError(result.error.code, result.error.message, result.error.issues ? { issues: result.error.issues } : {});
}

function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}
