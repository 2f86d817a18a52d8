// What typing a new figure into a timesheet cell (one category, one day) means for the entries: more time is one
// new entry placed in a free stretch of that day; less time trims or deletes the cell's latest entries. Pure, so
// every case is tested; the view asks before it deletes anything.
import type { Entry, RunningTimer } from '../../../shared/model';

export const MINUTE_MS = 60_000;

export interface CellInput {
  day: { start: number; end: number };
  categoryId: string;
  /** The cell's figure as the domain computed it (a running timer counted up to now). */
  currentMinutes: number;
  targetMinutes: number;
  /** Every entry overlapping the day, any category. */
  entries: readonly Entry[];
  timer: RunningTimer | null;
  now: number;
  /** Where the day's first work window opens, if it has one: new time goes there first. */
  windowStart: number | null;
}

export type CellPlan =
  | { kind: 'none' }
  | { kind: 'add'; start: number; end: number }
  | { kind: 'reduce'; trims: Array<{ entry: Entry; start: number; end: number }>; deletes: Entry[] }
  | { kind: 'refused'; message: string };

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Stretches of the day taken by no entry and not by the running timer (which holds everything from its start on). */
export function freeStretches(day: { start: number; end: number }, entries: readonly Entry[], timer: RunningTimer | null): Array<{ start: number; end: number }> {
  const taken = entries.map((e) => ({ start: e.start, end: e.end }));
  if (timer) taken.push({ start: timer.start, end: Number.MAX_SAFE_INTEGER });
  taken.sort((a, b) => a.start - b.start);
  const free: Array<{ start: number; end: number }> = [];
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

export function planCellChange(input: CellInput): CellPlan {
  const diffMs = Math.round(input.targetMinutes - input.currentMinutes) * MINUTE_MS;
  if (diffMs === 0) return { kind: 'none' };
  return diffMs > 0 ? planAdd(input, diffMs) : planReduce(input, -diffMs);
}

function planAdd(input: CellInput, ms: number): CellPlan {
  const free = freeStretches(input.day, input.entries, input.timer);
  const lastEnd = Math.max(...input.entries.filter((e) => e.end <= input.day.end).map((e) => e.end), Number.NEGATIVE_INFINITY);
  // In order of preference: the work window's start, right after the day's last entry, then any free stretch.
  const candidates = [input.windowStart, Number.isFinite(lastEnd) ? lastEnd : null, ...free.map((f) => f.start)].filter((c): c is number => c !== null);
  for (const start of candidates) {
    if (free.some((f) => f.start <= start && start + ms <= f.end)) return { kind: 'add', start, end: start + ms };
  }
  return { kind: 'refused', message: 'That day has no free stretch long enough for the extra time. Shorten or delete other entries first, or add it in smaller parts.' };
}

function planReduce(input: CellInput, ms: number): CellPlan {
  const timerMs = input.timer && input.timer.categoryId === input.categoryId ? overlap({ start: input.timer.start, end: input.now }, input.day) : 0;
  const mine = input.entries
    .filter((e) => e.categoryId === input.categoryId && overlap(e, input.day) > 0)
    .sort((a, b) => b.end - a.end);
  const entriesMs = mine.reduce((sum, e) => sum + overlap(e, input.day), 0);
  if (ms > entriesMs) {
    return {
      kind: 'refused',
      message: timerMs > 0 ? 'The running timer counts toward this figure and cannot be cut here. Stop the timer first, then change the figure.' : 'This figure cannot go below zero.',
    };
  }
  const trims: Array<{ entry: Entry; start: number; end: number }> = [];
  const deletes: Entry[] = [];
  let left = ms;
  for (const entry of mine) {
    if (left <= 0) break;
    const inDay = overlap(entry, input.day);
    if (inDay <= left) {
      // The whole entry goes only if all of it lies in this day; otherwise only this day's part is cut off.
      if (entry.start >= input.day.start && entry.end <= input.day.end) deletes.push(entry);
      else if (entry.end > input.day.end) trims.push({ entry, start: input.day.end, end: entry.end });
      else trims.push({ entry, start: entry.start, end: input.day.start });
      left -= inDay;
      continue;
    }
    // Cut from the end, or from the start when the entry runs on past midnight (so the next day keeps its part).
    if (entry.end > input.day.end) {
      if (entry.start < input.day.start) return { kind: 'refused', message: 'An entry covering the whole day cannot be shortened here; edit it instead.' };
      trims.push({ entry, start: entry.start + left, end: entry.end });
    } else trims.push({ entry, start: entry.start, end: entry.end - left });
    left = 0;
  }
  return { kind: 'reduce', trims, deletes };
}
