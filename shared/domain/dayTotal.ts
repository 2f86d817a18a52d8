// What typing a day's total for one category means for the entries (the timesheet cell, `timelock set-day`): more
// time becomes new entries in free stretches of that day, less time trims or deletes the category's latest entries
// (work wholly outside the work windows first).
// Pure, so the desktop app, the browser and the CLI make the same edit and every case is tested.
import type { Area, Entry, RunningTimer } from '../model';
import { savedRun } from './spans';
import { MINUTE, overlapMs } from './time';
import { mergeIntervals, msInside, type Interval } from './windows';

/** The source of an entry a typed day total made (the timesheet cell, `timelock set-day`): time placed, not timed. */
export const DAY_TOTAL_SOURCE = 'day-total';

export interface DayTotalInput {
  /** Local midnight to the next local midnight. */
  day: Interval;
  categoryId: string;
  /** The category's life area: work time goes inside the work windows first, fitness and family time outside them. */
  area: Area;
  /** The total the person typed for the day. */
  minutes: number;
  /**
   * Every entry overlapping the day, any category; with a timer running, also every entry overlapping its run up to
   * now (the run counts what its stop would save: savedRun).
   */
  entries: readonly Entry[];
  timer: RunningTimer | null;
  now: number;
  /** The day's work windows (windowIntervals over the day), sorted and merged. */
  windows: readonly Interval[];
  /**
   * 09:00 local that day: where time goes on a day with no window and no entry to follow (a Saturday, a day off),
   * rather than from midnight, which would make up late work nobody did. Absent: the day's first free minute.
   */
  daytime?: number;
}

export interface Trim {
  entry: Entry;
  start: number;
  end: number;
}

export type DayTotalChange =
  | { kind: 'none'; currentMs: number }
  | { kind: 'add'; currentMs: number; pieces: Interval[]; insideWindowsMs: number }
  | { kind: 'reduce'; currentMs: number; trims: Trim[]; deletes: Entry[] }
  | { kind: 'refused'; currentMs: number; message: string };

/** The category's time in the day as every figure counts it: its entries, plus its running timer up to now. */
export function dayTotalMs(input: Pick<DayTotalInput, 'day' | 'categoryId' | 'entries' | 'timer' | 'now'>): number {
  const { day } = input;
  const entriesMs = input.entries
    .filter((e) => e.categoryId === input.categoryId && (!input.timer || e.id !== input.timer.id))
    .reduce((sum, e) => sum + overlapMs(e.start, e.end, day.start, day.end), 0);
  return entriesMs + runningMs(input);
}

function runningMs({ day, categoryId, entries, timer, now }: Pick<DayTotalInput, 'day' | 'categoryId' | 'entries' | 'timer' | 'now'>): number {
  if (!timer || timer.categoryId !== categoryId || now <= timer.start) return 0;
  const { from, to } = savedRun(timer, entries, now);
  return to > from ? overlapMs(from, to, day.start, day.end) : 0;
}

export function setDayTotal(input: DayTotalInput): DayTotalChange {
  const currentMs = dayTotalMs(input);
  const diffMs = Math.round(input.minutes * MINUTE) - currentMs;
  if (diffMs === 0) return { kind: 'none', currentMs };
  return diffMs > 0 ? addTime(input, currentMs, diffMs) : reduceTime(input, currentMs, -diffMs);
}

/** Stretches of the day taken by no entry and not by the running timer (which holds everything from its start on). */
export function freeStretches(day: Interval, entries: readonly Entry[], timer: RunningTimer | null): Interval[] {
  const taken = entries.map((e) => ({ start: e.start, end: e.end }));
  if (timer) taken.push({ start: timer.start, end: Number.MAX_SAFE_INTEGER });
  taken.sort((a, b) => a.start - b.start);
  const free: Interval[] = [];
  let cursor = day.start;
  for (const span of taken) {
    if (span.end <= cursor) continue;
    if (span.start >= day.end) break;
    if (span.start > cursor) free.push({ start: cursor, end: span.start });
    cursor = Math.max(cursor, span.end);
  }
  if (cursor < day.end) free.push({ start: cursor, end: day.end });
  return free;
}

function addTime(input: DayTotalInput, currentMs: number, ms: number): DayTotalChange {
  // A total typed for today is time already spent: it goes before now. Placed after now, it was time not yet lived,
  // and a timer started there was refused as inside another entry.
  const today = input.now > input.day.start && input.now < input.day.end;
  const dayFree = freeStretches(input.day, input.entries, input.timer);
  const free = today ? intersect(dayFree, [{ start: input.day.start, end: input.now }]) : dayFree;
  const available = free.reduce((sum, f) => sum + f.end - f.start, 0);
  if (available < ms) {
    // The running timer holds everything from its start on: where stopping it (its run saved as an entry up to now)
    // would leave room, it is what to name. Today, or a day it ran through, stopping it frees nothing.
    const timer = input.timer;
    const stopped = timer ? [...input.entries, { ...timer, end: Math.max(timer.start, input.now), tags: [], source: 'timer' } as Entry] : input.entries;
    const afterStop = today ? intersect(freeStretches(input.day, stopped, null), [{ start: input.day.start, end: input.now }]) : freeStretches(input.day, stopped, null);
    const timerTakes = timer !== null && afterStop.reduce((sum, f) => sum + f.end - f.start, 0) >= ms;
    return {
      kind: 'refused',
      currentMs,
      message: timerTakes
        ? `A timer is running, and it holds the time from its start on: ${wordsOf(ms)} more does not fit in this day beside it. Stop the timer first, then change the figure.`
        : today
        ? `Today has only ${wordsOf(available)} free before now, not the ${wordsOf(ms)} more this needs. Add the rest once it is done, or start a timer.`
        : `That day has only ${wordsOf(available)} free, not the ${wordsOf(ms)} more this needs. Shorten or delete other entries first.`,
    };
  }
  const windows = mergeIntervals([...input.windows]);
  const inside = intersect(free, windows);
  const outside = subtract(free, windows);
  const [preferred, rest] = input.area === 'work' ? [inside, outside] : [outside, inside];
  const starts = preferredStarts(input, windows);
  // Today, what no preferred start holds goes as late as it can before now, the time most likely just spent;
  // another day's goes from its first free minute.
  const place = today ? fillLatest : fill;

  // One entry in the preferred part of the day when it fits; only what does not fit there goes elsewhere.
  const pieces = place(preferred, starts, ms);
  const placed = pieces.reduce((sum, p) => sum + p.end - p.start, 0);
  if (placed < ms) pieces.push(...place(rest, starts, ms - placed));
  const merged = mergeIntervals(pieces);
  return { kind: 'add', currentMs, pieces: merged, insideWindowsMs: merged.reduce((sum, p) => sum + msInside(windows, p.start, p.end), 0) };
}

/**
 * Where new time starts, in order of preference: work at the first window's opening; then right after the day's
 * last entry (the day goes on where it stopped); then at the last window's close (the evening: where fitness and
 * family time goes, and work that overflows the windows); then, on a day with none of these, in the morning.
 */
function preferredStarts(input: DayTotalInput, windows: readonly Interval[]): number[] {
  const ends = input.entries.filter((e) => e.end <= input.day.end && e.end > input.day.start).map((e) => e.end);
  const lastEnd = ends.length > 0 ? Math.max(...ends) : null;
  const close = windows[windows.length - 1]?.end;
  const starts = input.area === 'work' ? [windows[0]?.start, lastEnd, close, input.daytime] : [lastEnd, close, input.daytime];
  return starts.filter((s): s is number => s !== undefined && s !== null);
}

/**
 * Takes `ms` from the stretches: one piece from the first preferred start (or stretch) that holds all of it, else
 * pieces from the preferred starts on and then every stretch in time order until `ms` is placed or none is left.
 */
function fill(stretches: readonly Interval[], starts: readonly number[], ms: number): Interval[] {
  const tails = starts.flatMap((s) => stretches.filter((f) => f.start <= s && s < f.end).map((f) => ({ start: s, end: f.end })));
  const order = [...tails, ...stretches];
  const whole = order.find((f) => f.end - f.start >= ms);
  if (whole) return [{ start: whole.start, end: whole.start + ms }];
  const taken: Interval[] = [];
  let left = ms;
  for (const stretch of order) {
    for (const part of subtract([stretch], mergeIntervals([...taken]))) {
      if (left <= 0) break;
      const take = Math.min(left, part.end - part.start);
      taken.push({ start: part.start, end: part.start + take });
      left -= take;
    }
  }
  return taken;
}

/**
 * As fill, from the preferred starts first; then one piece ending where the latest stretch that holds all of it ends,
 * else pieces taken back from the latest stretches' ends until `ms` is placed.
 */
function fillLatest(stretches: readonly Interval[], starts: readonly number[], ms: number): Interval[] {
  const tail = starts.flatMap((s) => stretches.filter((f) => f.start <= s && s < f.end).map((f) => ({ start: s, end: f.end }))).find((t) => t.end - t.start >= ms);
  if (tail) return [{ start: tail.start, end: tail.start + ms }];
  const latestFirst = [...stretches].sort((a, b) => b.end - a.end);
  const whole = latestFirst.find((f) => f.end - f.start >= ms);
  if (whole) return [{ start: whole.end - ms, end: whole.end }];
  const taken: Interval[] = [];
  let left = ms;
  for (const stretch of latestFirst) {
    if (left <= 0) break;
    const take = Math.min(left, stretch.end - stretch.start);
    taken.push({ start: stretch.end - take, end: stretch.end });
    left -= take;
  }
  return taken.sort((a, b) => a.start - b.start);
}

function reduceTime(input: DayTotalInput, currentMs: number, ms: number): DayTotalChange {
  const { day } = input;
  const timerMs = runningMs(input);
  // A total typed too high and then put right takes back the time a day total placed first (DAY_TOTAL_SOURCE), not an
  // entry the person typed or timed. Then the latest first; for work, what lies wholly outside the work windows before
  // that: day totals placed around the window before they were marked as such.
  const placedFirst = (e: Entry) => (e.source === DAY_TOTAL_SOURCE ? 0 : 1);
  const outsideFirst = (e: Entry) => (input.area === 'work' && msInside(input.windows, e.start, e.end) === 0 ? 0 : 1);
  const mine = input.entries
    .filter((e) => e.categoryId === input.categoryId && overlapMs(e.start, e.end, day.start, day.end) > 0 && (!input.timer || e.id !== input.timer.id))
    .sort((a, b) => placedFirst(a) - placedFirst(b) || outsideFirst(a) - outsideFirst(b) || b.end - a.end);
  const entriesMs = mine.reduce((sum, e) => sum + overlapMs(e.start, e.end, day.start, day.end), 0);
  if (ms > entriesMs) {
    return {
      kind: 'refused',
      currentMs,
      message: timerMs > 0 ? 'The running timer counts toward this figure and cannot be cut here. Stop the timer first, then change the figure.' : 'This figure cannot go below zero.',
    };
  }
  const trims: Trim[] = [];
  const deletes: Entry[] = [];
  let left = ms;
  for (const entry of mine) {
    if (left <= 0) break;
    const inDay = overlapMs(entry.start, entry.end, day.start, day.end);
    // Taking a day's time out of an entry that runs on both sides of the day would split it in two; trimmed to one
    // side, it lost the other days' time with it (a timer run from Friday to Monday, set to 0 on Saturday, lost Friday).
    if (entry.start < day.start && entry.end > day.end) {
      return { kind: 'refused', currentMs, message: 'An entry covering the whole day cannot be shortened here; edit it instead.' };
    }
    if (inDay <= left) {
      // The whole entry goes only if all of it lies in this day; otherwise only this day's part is cut off.
      if (entry.start >= day.start && entry.end <= day.end) deletes.push(entry);
      else if (entry.end > day.end) trims.push({ entry, start: day.end, end: entry.end });
      else trims.push({ entry, start: entry.start, end: day.start });
      left -= inDay;
      continue;
    }
    // Cut from the end, or from the start when the entry runs on past midnight (so the next day keeps its part).
    if (entry.end > day.end) {
      trims.push({ entry, start: entry.start + left, end: entry.end });
    } else trims.push({ entry, start: entry.start, end: entry.end - left });
    left = 0;
  }
  return { kind: 'reduce', currentMs, trims, deletes };
}

function intersect(stretches: readonly Interval[], zones: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const s of stretches) {
    for (const z of zones) {
      const start = Math.max(s.start, z.start);
      const end = Math.min(s.end, z.end);
      if (end > start) out.push({ start, end });
    }
  }
  return out;
}

/** The parts of the stretches outside the (sorted, merged) zones, in time order. */
function subtract(stretches: readonly Interval[], zones: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const s of stretches) {
    let cursor = s.start;
    for (const z of zones) {
      if (z.end <= cursor || z.start >= s.end) continue;
      if (z.start > cursor) out.push({ start: cursor, end: z.start });
      cursor = Math.max(cursor, z.end);
    }
    if (cursor < s.end) out.push({ start: cursor, end: s.end });
  }
  return out;
}

function wordsOf(ms: number): string {
  const minutes = Math.floor(ms / MINUTE);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0 ? (m > 0 ? `${h} h ${m} min` : `${h} h`) : `${m} min`;
}
