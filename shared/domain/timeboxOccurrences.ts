// Timeboxes on the calendar: one-offs as they are, weekly series expanded into occurrences in the user's zone, with
// each occurrence's own edits and cancellations applied.
// A series keeps its local wall-clock times across DST changes. When a planned time does not exist that day (a DST
// gap), the box keeps its planned length and its start follows fromLocal's rule: a start in the gap moves the whole
// box forward by the gap's length; an end in the gap moves only the end, by as much. Either way the occurrence says
// so in `shifted`: a box is moved and reported, never dropped. A time that exists twice takes the earlier instant.
import type { Settings } from '../model';
import type { OneOffTimebox, Timebox, TimeboxOccurrence, TimeboxOverride, TimeboxShift, WeeklyTimebox } from '../planModel';
import { formatDate, localDateOf, MINUTE, parseDate, parseHHmm, weekContaining, type WeekBounds } from './time';
import { WallClock, dayNumber, dayNumberOf, weekdayOfDay } from './timeboxWallClock';

type ZoneSettings = Pick<Settings, 'timeZone' | 'weekStartsOn'>;

const DAY_MINUTES = 24 * 60;

/** The occurrences of a week (its bounds, or any instant in it), sorted by start: every box overlapping the week. */
export function expandWeek(boxes: readonly Timebox[], week: WeekBounds | number, settings: ZoneSettings): TimeboxOccurrence[] {
  const bounds = typeof week === 'number' ? weekContaining(week, settings.timeZone, settings.weekStartsOn) : week;
  return timeboxOccurrences(boxes, bounds.start, bounds.end, settings.timeZone);
}

/**
 * Every occurrence overlapping [from, to), sorted by start, end, then boxId. One that crosses `from` or `to` is
 * included whole, so two adjacent ranges both hold it: callers counting across ranges key occurrences by boxId.
 */
export function timeboxOccurrences(boxes: readonly Timebox[], from: number, to: number, timeZone: string): TimeboxOccurrence[] {
  const found: TimeboxOccurrence[] = [];
  if (to <= from) return found;
  // A box is at most a day of wall-clock time plus a DST gap, so one starting two local days before `from` can
  // still reach into it; nothing starting earlier can.
  const range: Range = {
    from,
    to,
    firstDay: dayNumber(localDateOf(from, timeZone)) - 2,
    lastDay: dayNumber(localDateOf(to, timeZone)),
    clock: new WallClock(timeZone),
    found,
  };
  for (const box of boxes) {
    if (box.kind === 'weekly') expandSeries(box, range);
    else if (box.start < to && box.end > from) found.push(oneOffOccurrence(box, timeZone));
  }
  return found.sort(byStart);
}

/** Whether the series has an occurrence on the local date (yyyy-MM-dd), cancelled or not. */
export function isOccurrenceDate(series: WeeklyTimebox, date: string): boolean {
  const parsed = parseDate(date);
  if (!parsed || date < series.firstDate || (series.until !== null && date > series.until)) return false;
  return series.weekdays.includes(weekdayOfDay(dayNumber(parsed)));
}

/** Sorted by start, then end, then boxId: one order whatever order the boxes came in. */
export function byStart(a: TimeboxOccurrence, b: TimeboxOccurrence): number {
  return a.start - b.start || a.end - b.end || (a.boxId < b.boxId ? -1 : a.boxId > b.boxId ? 1 : 0);
}

export function occurrenceId(seriesId: string, date: string): string {
  return `${seriesId}@${date}`;
}

interface Range {
  from: number;
  to: number;
  /** Local days (day numbers) on which a box starting may overlap [from, to). */
  firstDay: number;
  lastDay: number;
  clock: WallClock;
  found: TimeboxOccurrence[];
}

function oneOffOccurrence(box: OneOffTimebox, timeZone: string): TimeboxOccurrence {
  return {
    boxId: box.id,
    occurrenceDate: formatDate(localDateOf(box.start, timeZone)),
    categoryId: box.categoryId,
    start: box.start,
    end: box.end,
    title: box.title ?? null,
  };
}

/** Where an occurrence is meant to be, in wall-clock terms: a local day, a start minute and a length. */
interface WallClockPlan {
  day: number;
  startMinute: number;
  /** The local end, as minutes past the start day's midnight (past 1440: the next day); null for a duration. */
  endMinute: number | null;
  /** Elapsed minutes for a duration; the wall-clock length for an end time. */
  lengthMinutes: number;
}

/** Adds each occurrence starting on a day in the range: by its original date, or by the date it was moved to. */
function expandSeries(series: WeeklyTimebox, range: Range): void {
  const { clock } = range;
  const from = Math.max(range.firstDay, dayNumberOf(series.firstDate));
  const to = Math.min(range.lastDay, series.until === null ? Infinity : dayNumberOf(series.until));
  const { overrides, cancelled } = series;
  let hasOverrides = false;
  for (const _ in overrides) {
    hasOverrides = true;
    break;
  }
  if (from > to && !hasOverrides) return;
  const own = ownPlan(series);
  for (let day = from; day <= to; day++) {
    if (!series.weekdays.includes(weekdayOfDay(day))) continue;
    const date = clock.dateText(day);
    if (cancelled.length > 0 && cancelled.includes(date)) continue;
    const override = hasOverrides && Object.hasOwn(overrides, date) ? overrides[date] : undefined;
    // A moved occurrence is found by the loop below, wherever it was moved from.
    if (override?.date !== undefined) continue;
    const plan = override ? editedPlan(own, day, override) : { ...own, day };
    keepIfInRange(range, seriesOccurrence(series, date, plan, override !== undefined, clock));
  }
  if (!hasOverrides) return;
  for (const date in overrides) {
    const override = overrides[date]!;
    if (override.date === undefined) continue;
    const movedTo = dayNumberOf(override.date);
    if (movedTo < range.firstDay || movedTo > range.lastDay || !isOccurrenceDate(series, date) || cancelled.includes(date)) continue;
    keepIfInRange(range, seriesOccurrence(series, date, editedPlan(own, movedTo, override), true, clock));
  }
}

function keepIfInRange(range: Range, o: TimeboxOccurrence): void {
  if (o.start < range.to && o.end > range.from) range.found.push(o);
}

/** The series' own times, read once per expansion. */
function ownPlan(series: WeeklyTimebox): WallClockPlan {
  const startMinute = parseHHmm(series.startTime);
  if (series.endTime === undefined) return { day: 0, startMinute, endMinute: null, lengthMinutes: series.durationMinutes ?? 0 };
  const lengthMinutes = wallMinutesBetween(startMinute, parseHHmm(series.endTime));
  return { day: 0, startMinute, endMinute: startMinute + lengthMinutes, lengthMinutes };
}

/**
 * An occurrence's plan with its edit: a length given by the edit wins; else the series' own length is kept when the
 * start moved (a move, not a stretch), so an end time moves along with the start.
 */
function editedPlan(own: WallClockPlan, day: number, override: TimeboxOverride): WallClockPlan {
  const startMinute = override.startTime !== undefined ? parseHHmm(override.startTime) : own.startMinute;
  if (override.durationMinutes !== undefined) return { day, startMinute, endMinute: null, lengthMinutes: override.durationMinutes };
  if (override.endTime !== undefined) {
    const lengthMinutes = wallMinutesBetween(startMinute, parseHHmm(override.endTime));
    return { day, startMinute, endMinute: startMinute + lengthMinutes, lengthMinutes };
  }
  return { day, startMinute, endMinute: own.endMinute === null ? null : startMinute + own.lengthMinutes, lengthMinutes: own.lengthMinutes };
}

/** Local minutes from a start to an end time; an end at or before the start is on the next day. */
function wallMinutesBetween(startMinute: number, endMinute: number): number {
  return endMinute > startMinute ? endMinute - startMinute : endMinute + DAY_MINUTES - startMinute;
}

function seriesOccurrence(series: WeeklyTimebox, date: string, plan: WallClockPlan, edited: boolean, clock: WallClock): TimeboxOccurrence {
  const start = clock.instant(plan.day, plan.startMinute);
  const startGap = clock.gap;
  const keepLength = start + plan.lengthMinutes * MINUTE;
  let end = keepLength;
  let shifted: TimeboxShift | undefined;
  if (startGap > 0) shifted = shift(plan, 'box', startGap);
  else if (plan.endMinute !== null) {
    end = clock.instant(plan.day + Math.floor(plan.endMinute / DAY_MINUTES), plan.endMinute % DAY_MINUTES);
    // Read past a gap, the end lands exactly the planned length after the start: keepLength.
    if (clock.gap > 0) shifted = shift(plan, 'end', clock.gap);
    if (shifted || end <= start) end = keepLength;
  }
  const override = edited ? series.overrides[date] : undefined;
  const title = override?.title !== undefined ? override.title : (series.title ?? null);
  const occurrence: TimeboxOccurrence = { boxId: occurrenceId(series.id, date), occurrenceDate: date, categoryId: series.categoryId, start, end, title, seriesId: series.id };
  if (edited) occurrence.edited = true;
  if (shifted) occurrence.shifted = shifted;
  return occurrence;
}

function shift(plan: WallClockPlan, moved: TimeboxShift['moved'], gapMs: number): TimeboxShift {
  return {
    reason: 'dst-gap',
    originalStart: hhmm(plan.startMinute),
    originalEnd: hhmm(plan.endMinute ?? plan.startMinute + plan.lengthMinutes),
    moved,
    minutes: gapMs / MINUTE,
  };
}

function hhmm(minute: number): string {
  const m = minute % DAY_MINUTES;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
