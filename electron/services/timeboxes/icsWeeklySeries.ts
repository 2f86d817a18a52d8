// A repeating event that Timelock can hold exactly as one weekly series: FREQ=WEEKLY every week on some weekdays, at
// wall-clock times in Timelock's zone, at most a day long. Importing it as a series keeps it editable as one and lets
// an open-ended one go on past the import's range. Whatever the file says that a WeeklyTimebox cannot (another zone,
// INTERVAL=2, RDATE, an edit moved in from before the range…), the event stays one-off boxes, as before; and a series
// is only kept when its occurrences in the range are exactly those ical.js expanded, so "exactly" is checked, not hoped.
import type ICAL from 'ical.js';
import { addDays, daysBetween, formatDate, fromLocal, localDateOf, MINUTE, parseDate, weekdayOf, type CalendarDate } from '../../../shared/domain/time';
import { LAST_LOCAL_DATE } from '../../../shared/model';
import { timeboxOccurrences } from '../../../shared/domain/timeboxOccurrences';
import { MAX_BOX_MS, weeklyTimeboxSchema, type TimeboxOverride, type WeeklyTimebox } from '../../../shared/planModel';
import { instantOf, isFloating, tzidOf } from './icsInstant';
import type { IcsEvent } from './planIcsReader';
import { findOccurrence, wallClockTimes } from './wallClockTimes';

type Component = InstanceType<typeof ICAL.Component>;
type IcalEvent = InstanceType<typeof ICAL.Event>;
type Recur = InstanceType<typeof ICAL.Recur>;
type Time = InstanceType<typeof ICAL.Time>;

/** A weekly series read from a file: a WeeklyTimebox but for its id and category, which the import gives. */
export interface IcsWeeklySeries extends Omit<WeeklyTimebox, 'kind' | 'id' | 'categoryId' | 'overrideReason'> {
  uid: string;
  /** The master event's CATEGORIES, as IcsEvent has them. */
  categories?: string[];
  /** Its occurrences in the range as one-off events: what an import falls back on. */
  occurrences: IcsEvent[];
}

const ICS_WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const LAST_DATE = parseDate(LAST_LOCAL_DATE)!;
const two = (n: number) => String(n).padStart(2, '0');

/**
 * The master event as a weekly series, firstDate its first occurrence on or after the range's first day and until
 * the file's own end (null: none); null when Timelock cannot hold it exactly. `occurrences` are the event's
 * occurrences in the range as the reader expanded them; `titleOf` reads a title as the reader does.
 */
export function weeklySeriesOf(
  event: IcalEvent,
  uid: string,
  occurrences: readonly IcsEvent[],
  range: { from: number; to: number },
  timeZone: string,
  titleOf: (item: IcalEvent) => string | undefined,
): IcsWeeklySeries | null {
  if (occurrences.length === 0) return null;
  const shape = ruleShape(event, timeZone);
  if (!shape) return null;
  const rangeDay = formatDate(localDateOf(range.from, timeZone));
  const firstDate = nextOccurrence(rangeDay > shape.startDate ? rangeDay : shape.startDate, shape.weekdays);
  if (firstDate === null || (shape.until !== null && firstDate > shape.until)) return null;
  const title = titleOf(event);
  const plain: WeeklyTimebox = {
    kind: 'weekly',
    id: 'ics-series',
    categoryId: 'ics',
    ...(title === undefined ? {} : { title }),
    firstDate,
    startTime: shape.startTime,
    ...shape.length,
    weekdays: shape.weekdays,
    until: shape.until,
    overrides: {},
    cancelled: [],
  };
  const edits = editsOf(event, plain, timeZone, titleOf);
  if (!edits) return null;
  const parsed = weeklyTimeboxSchema.safeParse({ ...plain, ...edits });
  if (!parsed.success || !sameOccurrences(parsed.data, occurrences, range, timeZone)) return null;
  const { kind: _kind, id: _id, categoryId: _category, ...series } = parsed.data;
  return { uid, ...series, occurrences: [...occurrences] };
}

interface RuleShape {
  startDate: string;
  startTime: string;
  length: { endTime: string } | { durationMinutes: number };
  weekdays: number[];
  until: string | null;
}

/** The series' own times and days, when its rule and times are ones a WeeklyTimebox holds; else null. */
function ruleShape(event: IcalEvent, timeZone: string): RuleShape | null {
  const component = event.component;
  const rules = component.getAllProperties('rrule');
  if (rules.length !== 1 || component.hasProperty('rdate')) return null;
  const rule = rules[0]!.getFirstValue() as Recur;
  if (rule.freq !== 'WEEKLY' || (rule.interval || 1) !== 1 || Object.keys(rule.parts).some((part) => part !== 'BYDAY')) return null;
  if (rule.count && rule.until) return null;
  const start = event.startDate;
  if (!start || start.isDate || start.second !== 0) return null;
  const tzid = tzidOf(component, 'dtstart');
  // Timelock's series are wall-clock times in its zone. A floating time is a wall-clock time by definition (the same
  // 07:00 wherever one is) and the reader already reads it in Timelock's zone, so it is held exactly too; a time in
  // UTC or in another zone is an instant elsewhere, whose wall-clock time here moves when either zone changes.
  if (tzid !== timeZone && !isFloating(start, tzid)) return null;
  const startDate = { year: start.year, month: start.month, day: start.day };
  const length = lengthOf(component, start, tzid);
  if (!length) return null;
  const byDay = (rule.parts as { BYDAY?: string[] }).BYDAY;
  const weekdays = byDay === undefined ? [weekdayOf(startDate)] : byDay.map((day) => ICS_WEEKDAYS.indexOf(String(day).toUpperCase()));
  // RFC 5545 leaves a DTSTART off its own rule undefined, and ical.js then drops it: not a series to copy.
  if (weekdays.some((w) => w < 0) || new Set(weekdays).size !== weekdays.length || !weekdays.includes(weekdayOf(startDate))) return null;
  weekdays.sort((a, b) => a - b);
  const startMinute = start.hour * 60 + start.minute;
  let until: string | null = null;
  if (rule.count) {
    // A COUNT ending past the dates the model holds is no series Timelock can keep: its days in the range come in one
    // by one, as any other event's.
    until = countEnd(startDate, weekdays, rule.count);
    if (until === null) return null;
  } else if (rule.until) until = untilDate(rule.until, tzid, startMinute, timeZone);
  if (until !== null && until < formatDate(startDate)) return null;
  return { startDate: formatDate(startDate), startTime: `${two(start.hour)}:${two(start.minute)}`, length, weekdays, until };
}

/** Its length: DTEND as a local end time (in the start's zone, at most a day on), or DURATION in whole minutes. */
function lengthOf(component: Component, start: Time, tzid: string | null): RuleShape['length'] | null {
  if (component.hasProperty('dtend')) {
    const end = component.getFirstPropertyValue('dtend') as Time;
    if (end.isDate || end.second !== 0 || tzidOf(component, 'dtend') !== tzid || (tzid === null && !isFloating(end, null))) return null;
    const minutes = (Date.UTC(end.year, end.month - 1, end.day, end.hour, end.minute) - Date.UTC(start.year, start.month - 1, start.day, start.hour, start.minute)) / MINUTE;
    return minutes > 0 && minutes <= 24 * 60 ? { endTime: `${two(end.hour)}:${two(end.minute)}` } : null;
  }
  const duration = component.getFirstPropertyValue('duration') as InstanceType<typeof ICAL.Duration> | null;
  if (!duration) return null;
  const seconds = duration.toSeconds();
  return seconds > 0 && seconds % 60 === 0 && seconds <= MAX_BOX_MS / 1000 ? { durationMinutes: seconds / 60 } : null;
}

/**
 * The date of the COUNT-th occurrence: each 7 days from DTSTART hold one occurrence per weekday of the rule (DTSTART's
 * among them). Null when that date is past LAST_LOCAL_DATE: checked before adding, as a COUNT in the millions reaches
 * days no Date holds, where no weekday matches.
 */
function countEnd(startDate: CalendarDate, weekdays: readonly number[], count: number): string | null {
  const weeks = Math.floor((count - 1) / weekdays.length);
  if (weeks * 7 > daysBetween(startDate, LAST_DATE)) return null;
  let left = (count - 1) % weekdays.length;
  for (let i = 0; i < 7; i++) {
    const date = addDays(startDate, weeks * 7 + i);
    if (!weekdays.includes(weekdayOf(date))) continue;
    if (left === 0) return daysBetween(date, LAST_DATE) < 0 ? null : formatDate(date);
    left--;
  }
  return null;
}

/** The last local date whose occurrence starts at or before UNTIL (an instant in UTC, or a time in the start's zone). */
function untilDate(until: Time, tzid: string | null, startMinute: number, timeZone: string): string {
  if (until.isDate) return formatDate({ year: until.year, month: until.month, day: until.day });
  const last = instantOf(until, tzid, timeZone);
  const date = localDateOf(last, timeZone);
  const startsAt = fromLocal(date, Math.floor(startMinute / 60), startMinute % 60, timeZone);
  return formatDate(startsAt > last ? addDays(date, -1) : date);
}

/** The first date on or after `from` on one of the weekdays, within a week; null when that passes LAST_LOCAL_DATE. */
function nextOccurrence(from: string, weekdays: readonly number[]): string | null {
  const date = parseDate(from);
  if (!date) return null;
  for (let i = 0; i < 7; i++) {
    const next = addDays(date, i);
    if (weekdays.includes(weekdayOf(next))) return daysBetween(next, LAST_DATE) < 0 ? null : formatDate(next);
  }
  return null;
}

/**
 * EXDATEs as cancelled dates and RECURRENCE-ID events as overrides (a cancelled one as cancelled), for occurrences
 * from the series' first date on; edits before it are left with the days before the range. Null when an edit is one
 * a series cannot hold (it names no occurrence of the series' times, is too long, or repeats on its own).
 */
function editsOf(event: IcalEvent, plain: WeeklyTimebox, timeZone: string, titleOf: (item: IcalEvent) => string | undefined): Pick<WeeklyTimebox, 'overrides' | 'cancelled'> | null {
  const inSeries = (date: string) => date >= plain.firstDate && (plain.until === null || date <= plain.until);
  /** The original date of the series' occurrence starting at `instant`; null when none does. */
  const occurrenceAt = (instant: number): string | null => {
    const date = formatDate(localDateOf(instant, timeZone));
    return findOccurrence(plain, date, timeZone, true)?.start === instant ? date : null;
  };
  const cancelled = new Set<string>();
  for (const property of event.component.getAllProperties('exdate')) {
    for (const value of property.getValues() as Time[]) {
      const tzid = property.getParameter('tzid');
      const date = value.isDate ? formatDate(value) : occurrenceAt(instantOf(value, typeof tzid === 'string' ? tzid : null, timeZone));
      if (date !== null && inSeries(date)) cancelled.add(date);
    }
  }
  const overrides: Record<string, TimeboxOverride> = {};
  for (const exception of Object.values(event.exceptions) as IcalEvent[]) {
    const component = exception.component;
    if (component.hasProperty('rrule') || component.getFirstProperty('recurrence-id')?.getParameter('range') !== undefined) return null;
    const originalAt = instantOf(exception.recurrenceId, tzidOf(component, 'recurrence-id'), timeZone);
    const original = formatDate(localDateOf(originalAt, timeZone));
    if (!inSeries(original)) continue;
    if (occurrenceAt(originalAt) !== original) return null;
    if (String(component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') {
      cancelled.add(original);
      continue;
    }
    if (!exception.startDate || exception.startDate.isDate) return null;
    const start = instantOf(exception.startDate, tzidOf(component, 'dtstart'), timeZone);
    const end = exception.endDate ? instantOf(exception.endDate, tzidOf(component, 'dtend') ?? tzidOf(component, 'dtstart'), timeZone) : start;
    if (end <= start || end - start > MAX_BOX_MS || start % MINUTE !== 0 || end % MINUTE !== 0) return null;
    // As an edit in Timelock writes a moved occurrence: its date and both times; one at its own times keeps them.
    const own = findOccurrence(plain, original, timeZone, true)!;
    const times = wallClockTimes(start, end, timeZone);
    const override: TimeboxOverride = own.start === start && own.end === end ? {} : { ...(times.date === original ? {} : { date: times.date }), startTime: times.startTime, endTime: times.endTime };
    const title = titleOf(exception);
    if ((title ?? null) !== (plain.title ?? null)) override.title = title ?? null;
    if (Object.keys(override).length > 0) overrides[original] = override;
  }
  // An EXDATE takes the occurrence away, edited or not (ical.js never reaches the edit).
  for (const date of cancelled) delete overrides[date];
  return { overrides, cancelled: [...cancelled].sort() };
}

/** Whether the series, expanded by Timelock, starts exactly the occurrences ical.js found in the range, titles and all. */
function sameOccurrences(series: WeeklyTimebox, occurrences: readonly IcsEvent[], range: { from: number; to: number }, timeZone: string): boolean {
  const own = timeboxOccurrences([series], range.from, range.to, timeZone)
    .filter((o) => o.start >= range.from && o.start < range.to)
    .map((o) => `${o.start} ${o.end} ${o.title ?? ''}`);
  const read = occurrences.map((o) => `${o.start} ${o.end} ${o.title ?? ''}`).sort();
  return own.length === read.length && own.sort().every((key, i) => key === read[i]);
}
