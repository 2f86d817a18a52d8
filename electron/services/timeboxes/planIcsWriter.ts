// The plan as iCalendar (RFC 5545). A repeating box is one VEVENT series: DTSTART;TZID=<zone> on its first occurrence
// with RRULE:FREQ=WEEKLY;BYDAY=…;UNTIL=…, so 07:00 stays 07:00 across DST in any calendar; a VTIMEZONE built from the
// zone's offsets is embedded, as RFC 5545 asks for every TZID used. Cancelled occurrences are EXDATEs; an occurrence
// edited on its own is a VEVENT of the same UID with RECURRENCE-ID. One-offs are exact instants, so they are in UTC.
// Known limit: an end time is written as DTEND, whose length RFC 5545 applies to every occurrence in elapsed time; a
// box that itself spans a DST change ends an hour off in other calendars on that one day (Timelock keeps wall-clock).
import { MINUTE, fromLocal, parseDate, parseHHmm, toLocal } from '../../../shared/domain/time';
import type { Category } from '../../../shared/model';
import type { OneOffTimebox, Timebox, WeeklyTimebox } from '../../../shared/planModel';
import { escapeText, foldLine, icsUtc } from '../export/icsCalendar';
import { vtimezoneLines } from './icsTimezone';
import { findOccurrence, firstOccurrenceDate } from './wallClockTimes';

const CRLF = '\r\n';
const ICS_WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The UID every box is exported with; an import of the same file knows these boxes by it. */
export function planUid(boxId: string): string {
  return `${boxId}@timelock`;
}

export function writePlanIcs(boxes: readonly Timebox[], categories: readonly Category[], timeZone: string, now: number): string {
  const names = new Map(categories.map((c) => [c.id, c.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const series = boxes.filter((b): b is WeeklyTimebox => b.kind === 'weekly' && firstOccurrenceDate(b) !== null);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Timelock//Timelock plan//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:Timelock plan', `X-WR-TIMEZONE:${timeZone}`];
  if (series.length > 0) {
    const { fromYear, toYear } = yearsOf(series, now, timeZone);
    lines.push(...vtimezoneLines(timeZone, fromYear, toYear));
  }
  const stamp = icsUtc(now);
  for (const box of boxes) {
    if (box.kind === 'once') lines.push(...oneOffEvent(box, nameOf, stamp));
    else if (series.includes(box)) lines.push(...seriesEvents(box, nameOf, stamp, timeZone));
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function oneOffEvent(box: OneOffTimebox, nameOf: (id: string) => string, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(planUid(box.id))}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${icsUtc(box.start)}`,
    `DTEND:${icsUtc(box.end)}`,
    ...describe(box.title ?? null, box.categoryId, nameOf),
    'END:VEVENT',
  ];
}

function seriesEvents(series: WeeklyTimebox, nameOf: (id: string) => string, stamp: string, timeZone: string): string[] {
  const first = firstOccurrenceDate(series)!;
  const tzid = `;TZID=${timeZone}`;
  const startMinute = parseHHmm(series.startTime);
  const local = (date: string, minute: number) => localStamp(date, minute);
  const uid = `UID:${escapeText(planUid(series.id))}`;
  const rule = [`FREQ=WEEKLY`, `BYDAY=${[...series.weekdays].sort((a, b) => a - b).map((d) => ICS_WEEKDAYS[d]).join(',')}`];
  // With a DTSTART in a zone, UNTIL is in UTC (RFC 5545): the last day's start, so that day's occurrence is in.
  if (series.until !== null) rule.push(`UNTIL=${icsUtc(fromLocal(parseDate(series.until)!, Math.floor(startMinute / 60), startMinute % 60, timeZone))}`);
  const length =
    series.endTime !== undefined
      ? `DTEND${tzid}:${local(first, startMinute + wallMinutes(startMinute, parseHHmm(series.endTime)))}`
      : `DURATION:PT${series.durationMinutes}M`;
  const master = [
    'BEGIN:VEVENT',
    uid,
    `DTSTAMP:${stamp}`,
    `DTSTART${tzid}:${local(first, startMinute)}`,
    length,
    `RRULE:${rule.join(';')}`,
    ...series.cancelled.map((date) => `EXDATE${tzid}:${local(date, startMinute)}`),
    ...describe(series.title ?? null, series.categoryId, nameOf),
    'END:VEVENT',
  ];
  const edited: string[] = [];
  for (const date of Object.keys(series.overrides).sort()) {
    const occurrence = findOccurrence(series, date, timeZone);
    if (!occurrence) continue;
    edited.push(
      'BEGIN:VEVENT',
      uid,
      `DTSTAMP:${stamp}`,
      `RECURRENCE-ID${tzid}:${local(date, startMinute)}`,
      `DTSTART${tzid}:${instantStamp(occurrence.start, timeZone)}`,
      `DTEND${tzid}:${instantStamp(occurrence.end, timeZone)}`,
      ...describe(occurrence.title, series.categoryId, nameOf),
      'END:VEVENT',
    );
  }
  return [...master, ...edited];
}

function describe(title: string | null, categoryId: string, nameOf: (id: string) => string): string[] {
  const category = nameOf(categoryId);
  return [`SUMMARY:${escapeText(title ?? category)}`, `CATEGORIES:${escapeText(category)}`];
}

/** Local wall-clock minutes from a start time to an end time; an end at or before the start is the next day. */
function wallMinutes(startMinute: number, endMinute: number): number {
  return endMinute > startMinute ? endMinute - startMinute : endMinute + 24 * 60 - startMinute;
}

/** yyyyMMddTHHmmss for a local date and a minute past its midnight (past 1440: on a later day). */
function localStamp(date: string, minute: number): string {
  const day = parseDate(date)!;
  const wall = new Date(Date.UTC(day.year, day.month - 1, day.day) + minute * MINUTE);
  return wall.toISOString().slice(0, 19).replace(/[-:]/g, '');
}

/** An instant's wall-clock time in the zone, yyyyMMddTHHmmss. */
function instantStamp(instant: number, timeZone: string): string {
  const l = toLocal(instant, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(l.year).padStart(4, '0')}${two(l.month)}${two(l.day)}T${two(l.hour)}${two(l.minute)}${two(l.second)}`;
}

/**
 * The years the VTIMEZONE must be right for: from the year before the first series starts (a calendar reads a time
 * before the first observance with no rule at all, so the change preceding it must be there) to the last end, and
 * at least next year.
 */
function yearsOf(series: readonly WeeklyTimebox[], now: number, timeZone: string): { fromYear: number; toYear: number } {
  const years = series.flatMap((s) => [s.firstDate, ...(s.until === null ? [] : [s.until]), ...Object.values(s.overrides).flatMap((o) => (o.date ? [o.date] : []))]).map((d) => Number(d.slice(0, 4)));
  const thisYear = toLocal(now, timeZone).year;
  return { fromYear: Math.min(...years) - 1, toYear: Math.max(...years, thisYear + 1) };
}
