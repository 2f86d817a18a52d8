// Time in the user's zone: instants are UTC epoch ms; local dates, days and weeks exist only here.
// Rule for wall-clock times that do not exist or exist twice (DST): a time in a gap moves forward by the gap's
// length (02:30 on a spring-forward night becomes 03:30), a time in an overlap takes the earlier instant.
import { tzOffset } from '@date-fns/tz';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A calendar date with no zone: year, month 1–12, day 1–31. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface LocalDateTime extends CalendarDate {
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

/** The zone's offset from UTC at an instant, in minutes (Berlin in summer: +120). */
export function offsetMinutes(instant: number, timeZone: string): number {
  const table = offsetTable(Math.floor(instant / TABLE_SPAN), timeZone);
  let i = table.from.length - 1;
  while (i > 0 && table.from[i]! > instant) i--;
  return table.offset[i]!;
}

// Asking Intl for an offset costs about 2 µs, and a week's figures need a few hundred: the changes of each zone are
// found once per 52 weeks (a sample a week, then a binary search to the millisecond for each change, about 0.2 ms)
// and every later look-up is a comparison or two. It assumes no zone changes its offset twice within a week, true
// of every zone's current rules (Casablanca's Ramadan change, the shortest, lasts about a month); tested against Intl.
const WEEK_MS = 7 * DAY;
const TABLE_SPAN = 52 * WEEK_MS;

export interface OffsetTable {
  /** Instants from which each offset holds, ascending; the first is the table's start. */
  from: number[];
  offset: number[];
}

/** Offset tables by zone, then by table number (instant ÷ 52 weeks, rounded down). */
export type OffsetTables = Record<string, Record<string, OffsetTable>>;

const offsetTables = new Map<string, OffsetTable>();

/** Every table this process has, found or given: for a later process, which may be given them back. */
export function knownOffsetTables(): OffsetTables {
  const known: OffsetTables = {};
  for (const [key, table] of offsetTables) {
    const [timeZone, bucket] = [key.slice(0, key.lastIndexOf(' ')), key.slice(key.lastIndexOf(' ') + 1)];
    (known[timeZone] ??= {})[bucket] = table;
  }
  return known;
}

/**
 * Takes tables another process found with the same Intl (the caller makes sure of that: another Node or ICU may know
 * other rules), so the first offset costs no Intl either: its first use costs a short command like `timelock status`
 * about 25 ms. A table of the wrong shape, or one for a table number this process has already, is left out.
 * Returns how many were taken.
 */
export function addOffsetTables(given: unknown): number {
  let added = 0;
  if (typeof given !== 'object' || given === null) return added;
  for (const [timeZone, tables] of Object.entries(given)) {
    if (typeof tables !== 'object' || tables === null) continue;
    for (const [bucket, table] of Object.entries(tables as Record<string, unknown>)) {
      const key = `${timeZone} ${bucket}`;
      if (offsetTables.has(key) || !/^-?\d+$/.test(bucket) || !isOffsetTable(table, Number(bucket) * TABLE_SPAN)) continue;
      offsetTables.set(key, { from: [...table.from], offset: [...table.offset] });
      added++;
    }
  }
  return added;
}

function isOffsetTable(value: unknown, start: number): value is OffsetTable {
  if (typeof value !== 'object' || value === null) return false;
  const { from, offset } = value as Partial<OffsetTable>;
  if (!Array.isArray(from) || !Array.isArray(offset) || from.length === 0 || from.length !== offset.length || from[0] !== start) return false;
  const inTable = from.every((t, i) => Number.isInteger(t) && t <= start + TABLE_SPAN && (i === 0 || t > from[i - 1]!));
  // Offsets run from −12 h to +14 h today; old local mean times are odd minutes, never beyond a day.
  return inTable && offset.every((minutes) => typeof minutes === 'number' && Number.isFinite(minutes) && Math.abs(minutes) < 24 * 60);
}

/** The tables covering `reach` either side of an instant (one or two of them), found now if this process has not. */
export function offsetTablesAround(instant: number, timeZone: string, reach: number): OffsetTables {
  const tables: Record<string, OffsetTable> = {};
  for (let bucket = Math.floor((instant - reach) / TABLE_SPAN); bucket <= Math.floor((instant + reach) / TABLE_SPAN); bucket++) {
    tables[bucket] = offsetTable(bucket, timeZone);
  }
  return { [timeZone]: tables };
}

/**
 * Finds each given table again with this process's own Intl, and keeps what it finds where the two differ (a browser
 * may know other zone rules than the host that gave them). Returns how many were replaced.
 */
export function confirmOffsetTables(given: OffsetTables): number {
  let replaced = 0;
  for (const [timeZone, tables] of Object.entries(given)) {
    for (const [bucket, table] of Object.entries(tables)) {
      const own = findOffsetTable(Number(bucket), timeZone);
      if (JSON.stringify(own) === JSON.stringify(table)) continue;
      offsetTables.set(`${timeZone} ${bucket}`, own);
      replaced++;
    }
  }
  return replaced;
}

function offsetTable(bucket: number, timeZone: string): OffsetTable {
  const key = `${timeZone} ${bucket}`;
  const cached = offsetTables.get(key);
  if (cached) return cached;
  const table = findOffsetTable(bucket, timeZone);
  offsetTables.set(key, table);
  return table;
}

function findOffsetTable(bucket: number, timeZone: string): OffsetTable {
  const start = bucket * TABLE_SPAN;
  const ask = (t: number) => tzOffset(timeZone, new Date(t));
  const table: OffsetTable = { from: [start], offset: [ask(start)] };
  if (!Number.isNaN(table.offset[0])) {
    let current = table.offset[0]!;
    for (let t = start + WEEK_MS; t <= start + TABLE_SPAN; t += WEEK_MS) {
      const next = ask(t);
      if (next === current) continue;
      let lo = t - WEEK_MS;
      let hi = t;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (ask(mid) === current) lo = mid;
        else hi = mid;
      }
      table.from.push(hi);
      table.offset.push(next);
      current = next;
    }
  }
  return table;
}

export function toLocal(instant: number, timeZone: string): LocalDateTime {
  const d = new Date(instant + offsetMinutes(instant, timeZone) * MINUTE);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  };
}

const OFFSET_REACH = 14 * HOUR;

/** The instant a local wall-clock time names, with the gap and overlap rule at the top of this file. */
export function fromLocal(date: CalendarDate, hour: number, minute: number, timeZone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  // Offsets run from −12 h to +14 h, so the instant lies within 14 h either side of `wall`. No real zone changes its
  // offset twice within 28 hours: the offsets at the two ends of that span are the only two candidates. (Sampling
  // only 12 h either side missed Auckland's changes: at +13 h its instants lie outside that span.)
  const before = offsetMinutes(wall - OFFSET_REACH, timeZone);
  const after = offsetMinutes(wall + OFFSET_REACH, timeZone);
  const a = wall - before * MINUTE;
  // No change near this time: the one offset is right, and the common case costs two look-ups instead of four.
  if (before === after) return a;
  const b = wall - after * MINUTE;
  const aValid = offsetMinutes(a, timeZone) === before;
  const bValid = offsetMinutes(b, timeZone) === after;
  if (aValid && bValid) return Math.min(a, b);
  if (aValid) return a;
  if (bValid) return b;
  // In a gap: read with the offset from before the change, which lands the same distance past the gap.
  return a;
}

export function formatDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses yyyy-MM-dd; null for anything that is not a real calendar date. */
export function parseDate(text: string): CalendarDate | null {
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const check = new Date(Date.UTC(date.year, date.month - 1, date.day));
  if (check.getUTCMonth() !== date.month - 1 || check.getUTCDate() !== date.day) return null;
  return date;
}

/** Pure calendar arithmetic: no zone is involved in counting days. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function weekdayOf(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY);
}

export function localDateOf(instant: number, timeZone: string): CalendarDate {
  const { year, month, day } = toLocal(instant, timeZone);
  return { year, month, day };
}

/** Local midnight to the next local midnight: 23, 24 or 25 hours (or 23.5 / 24.5 on Lord Howe). */
export function dayBounds(date: CalendarDate, timeZone: string): { start: number; end: number } {
  return { start: fromLocal(date, 0, 0, timeZone), end: fromLocal(addDays(date, 1), 0, 0, timeZone) };
}

export function startOfLocalDay(instant: number, timeZone: string): number {
  return fromLocal(localDateOf(instant, timeZone), 0, 0, timeZone);
}

export type WeekStart = 0 | 1 | 6;

/** The first local date of the week containing the instant. */
export function weekStartDate(instant: number, timeZone: string, weekStartsOn: WeekStart): CalendarDate {
  const date = localDateOf(instant, timeZone);
  const back = (weekdayOf(date) - weekStartsOn + 7) % 7;
  return addDays(date, -back);
}

/** ISO 8601 week number and week-year of a calendar date. */
export function isoWeek(date: CalendarDate): { year: number; week: number } {
  const weekday = (weekdayOf(date) + 6) % 7; // Monday 0 … Sunday 6
  const thursday = addDays(date, 3 - weekday);
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor(daysBetween(jan1, thursday) / 7) + 1 };
}

/** 2026-W13 when weeks start on Monday (ISO weeks), else the week's first date. */
export function weekLabel(start: CalendarDate, weekStartsOn: WeekStart): string {
  if (weekStartsOn !== 1) return formatDate(start);
  const { year, week } = isoWeek(start);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

// 2026-W07 as weekLabel writes it; 2026-W7, 2026-w07 and the basic 2026W07 as a person may type it.
const WEEK_RE = /^(\d{4})-?[Ww](\d{1,2})$/;

/** The first date of a week named by its label (2026-W13, or a date inside the week); null if it names none. */
export function parseWeek(label: string, weekStartsOn: WeekStart): CalendarDate | null {
  const m = WEEK_RE.exec(label);
  if (m) {
    const year = Number(m[1]);
    const week = Number(m[2]);
    // ISO week 1 holds 4 January.
    const jan4 = { year, month: 1, day: 4 };
    const monday = addDays(jan4, -((weekdayOf(jan4) + 6) % 7) + (week - 1) * 7);
    if (week < 1 || isoWeek(monday).year !== year || isoWeek(monday).week !== week) return null;
    return weekStartsOn === 1 ? monday : addDays(monday, -((1 - weekStartsOn + 7) % 7));
  }
  const date = parseDate(label);
  if (!date) return null;
  return addDays(date, -((weekdayOf(date) - weekStartsOn + 7) % 7));
}

export interface LocalDay {
  date: string;
  calendarDate: CalendarDate;
  weekday: number;
  start: number;
  end: number;
}

export interface WeekBounds {
  label: string;
  start: number;
  end: number;
  days: LocalDay[];
}

/** The week starting on a local date: its label, bounds and seven local days. */
export function weekFromStartDate(first: CalendarDate, timeZone: string, weekStartsOn: WeekStart): WeekBounds {
  const days: LocalDay[] = [];
  let start = fromLocal(first, 0, 0, timeZone);
  for (let i = 0; i < 7; i++) {
    const calendarDate = addDays(first, i);
    const end = fromLocal(addDays(calendarDate, 1), 0, 0, timeZone);
    days.push({ date: formatDate(calendarDate), calendarDate, weekday: weekdayOf(calendarDate), start, end });
    start = end;
  }
  return { label: weekLabel(first, weekStartsOn), start: days[0]!.start, end: days[6]!.end, days };
}

export function weekContaining(instant: number, timeZone: string, weekStartsOn: WeekStart): WeekBounds {
  return weekFromStartDate(weekStartDate(instant, timeZone, weekStartsOn), timeZone, weekStartsOn);
}

/** Milliseconds two half-open spans share. */
export function overlapMs(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  return Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
}

/**
 * The zone's name in its own spelling: Europe/Berlin for `europe/berlin`, UTC for `utc`. Stored so, since a calendar
 * reading an exported TZID, or another Timelock matching one, compares names exactly. Only the case is put right: the
 * engine's own name for a zone can be an older link (Asia/Calcutta for Asia/Kolkata, in the ICU of Node 20), so a
 * name it calls otherwise is kept as given. Only for a zone isValidTimeZone accepts.
 */
export function canonicalTimeZone(timeZone: string): string {
  const resolved = new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  return resolved.toLowerCase() === timeZone.toLowerCase() ? resolved : timeZone;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Minutes past local midnight for HH:mm. */
export function parseHHmm(text: string): number {
  const [h, m] = text.split(':');
  return Number(h) * 60 + Number(m);
}
