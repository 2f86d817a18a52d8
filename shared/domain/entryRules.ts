// Entry rules: whether a new or changed entry may be saved — it must not end before it starts, and must not share
// a minute with another entry or the running timer; one added or changed by hand must also last a minute, stay within
// a day's length and a year ahead. A verdict is a value; the service turns a refusal into an error.
import type { Category, RunningTimer } from '../model';
import { entrySource, type EntriesInput } from './entryIndex';
import { DAY, HOUR, MINUTE, toLocal } from './time';
import { clockWords, dayWords, durationWords, secondsWords, spanWords, whenWords } from './words';

export interface EntryCandidate {
  /** Present when an existing entry is being changed: it is not compared with itself. */
  id?: string;
  categoryId: string;
  start: number;
  end: number;
}

export type EntryVerdict =
  | { ok: true }
  | {
      ok: false;
      code: 'bad-request' | 'conflict';
      /** For the person: says what is wrong and names the entry in the way. */
      message: string;
      /** The entry (or running timer) in the way: the earliest one when several are. */
      otherId?: string;
    };

/**
 * A zero-length entry is allowed (it counts nothing) and, sharing no minute with anything, never overlaps. Entries
 * that only touch (one ends at 10:00, the next starts at 10:00) do not overlap.
 * The running timer occupies everything from its start on, not only up to now: it is still running, so an entry
 * placed later today would be overlapped as soon as the clock got there and stopping the timer would break the rule.
 * Times in messages are said as every other message says them, seen from `now` in `timeZone` (settings.timeZone: the
 * person's zone, UTC included, goes unnamed, as everywhere in the window); without one they are given in UTC, said so.
 */
export function checkEntry(
  candidate: EntryCandidate,
  existing: EntriesInput,
  timer: RunningTimer | null,
  now: number,
  categories: readonly Category[] = [],
  timeZone?: string,
): EntryVerdict {
  const { start, end } = candidate;
  const zone = timeZone ?? 'UTC';
  const inUtc = timeZone === undefined ? ' (UTC)' : '';
  if (end < start) {
    return {
      ok: false,
      code: 'bad-request',
      message: `An entry cannot end before it starts: this one starts ${whenWords(start, now, zone)} and ends ${whenWords(end, now, zone)}${inUtc}.`,
    };
  }
  if (end === start) return { ok: true };

  const nameOf = (categoryId: string) => categories.find((c) => c.id === categoryId)?.name ?? null;
  const others = entrySource(existing)
    .between(start, end)
    .filter((e) => e.id !== candidate.id && Math.min(end, e.end) > Math.max(start, e.start));
  const timerInTheWay = timer !== null && timer.id !== candidate.id && end > timer.start ? timer : null;

  const first = others[0];
  if (timerInTheWay && (!first || timerInTheWay.start <= first.start)) {
    const sofar = Math.max(0, now - timerInTheWay.start);
    return {
      ok: false,
      code: 'conflict',
      message:
        `This overlaps the running ${nameOf(timerInTheWay.categoryId) ?? 'deleted category'} timer, started ${whenWords(timerInTheWay.start, now, zone)}${inUtc} ` +
        `(${durationWords(sofar)} so far). Stop the timer first, or end this entry before the timer started.${more(others.length)}`,
      otherId: timerInTheWay.id,
    };
  }
  if (first) {
    const extra = others.length - 1 + (timerInTheWay ? 1 : 0);
    return {
      ok: false,
      code: 'conflict',
      message: `This overlaps ${entryName(nameOf(first.categoryId))} ${spanWords(first.start, first.end, now, zone)}${inUtc}. Entries cannot share time.${more(extra)}`,
      otherId: first.id,
    };
  }
  return { ok: true };
}

/** The shortest entry added or changed by hand: a minute, the least the window's forms can say or the figures show. */
export const MIN_ENTRY_MS = MINUTE;

/**
 * An entry a person adds or changes, from any client, lasts at least MIN_ENTRY_MS: one shorter is a slip (the end typed
 * as the start, 9:00 to 9:00:30) that every figure would show as 0:00. A timer's run, an import, a restore and the
 * pieces a day's total places in the gaps between entries are not held to it: a run stopped after twenty seconds is
 * saved as it ran. `before`: the entry as it is, when one is changed: a change that keeps or lengthens a length already
 * under the bound is not refused for it (a note added to that run). One that ends before it starts is checkEntry's.
 */
export function checkEntryLength(candidate: { start: number; end: number }, timeZone = 'UTC', before?: { start: number; end: number }): EntryVerdict {
  const { start, end } = candidate;
  const length = end - start;
  if (length < 0 || length >= MIN_ENTRY_MS || (before && length >= before.end - before.start)) return { ok: true };
  return { ok: false, code: 'bad-request', message: `An entry is at least a minute long: this one is ${secondsWords(length)}, ${span(start, end, timeZone)}.` };
}

/** The longest entry added or changed by hand: a whole day, the day the clocks go back (25 h) too, as a timesheet cell. */
export const MAX_ENTRY_MS = 25 * HOUR;
/** How far from now an entry added by hand may end: tracked time is time spent; time further ahead is a plan. */
export const MAX_AHEAD_MS = 366 * DAY;

/**
 * The bounds of an entry a person adds or changes, from any client: at most MAX_ENTRY_MS long, ending at most a year
 * from now. A timer's run, an import and a restore are not held to them: a timer left running over a weekend must
 * still stop. `before`: the entry as it is, when one is changed: a change that keeps or shortens a length (or end)
 * already past a bound is not refused for it, so such an entry can still be edited.
 */
export function checkEntryBounds(candidate: { start: number; end: number }, now: number, timeZone = 'UTC', before?: { start: number; end: number }): EntryVerdict {
  const { start, end } = candidate;
  const length = end - start;
  if (length > MAX_ENTRY_MS && !(before && length <= before.end - before.start)) {
    return {
      ok: false,
      code: 'bad-request',
      message: `An entry is at most ${MAX_ENTRY_MS / HOUR} hours long (the longest day, when the clocks go back): this one is ${durationWords(length)}, ${span(start, end, timeZone)}. Log longer time as one entry a day.`,
    };
  }
  const latest = now + MAX_AHEAD_MS;
  if (end > latest && !(before && end <= before.end)) {
    return {
      ok: false,
      code: 'bad-request',
      message: `An entry ends at most a year from now (by ${datedDay(latest, timeZone)}): this one ends ${datedWhen(end, timeZone)}. Plan time further ahead as timeboxes.`,
    };
  }
  return { ok: true };
}

function entryName(category: string | null): string {
  return category === null ? 'an entry of a deleted category' : `the ${category} entry`;
}

function more(count: number): string {
  return count > 0 ? ` It also overlaps ${count} more ${count === 1 ? 'entry' : 'entries'}.` : '';
}

/** "Tue 24 Mar 2026": a bound's day, with its year (the bounds reach years off). */
export function datedDay(instant: number, zone: string): string {
  return `${dayWords(instant, zone)} ${toLocal(instant, zone).year}`;
}

function clock(instant: number, zone: string): string {
  return `${clockWords(instant, zone)}${zone === 'UTC' ? ' UTC' : ''}`;
}

/** "Tue 24 Mar 2026 09:00", with " UTC" when that is the zone. */
export function datedWhen(instant: number, zone: string): string {
  return `${datedDay(instant, zone)} ${clock(instant, zone)}`;
}

/** "Tue 24 Mar 2026 09:00–11:30", or both dates when the entry crosses midnight. */
function span(start: number, end: number, zone: string): string {
  return datedDay(start, zone) === datedDay(end, zone) ? `${datedWhen(start, zone)}–${clock(end, zone)}` : `${datedWhen(start, zone)} – ${datedWhen(end, zone)}`;
}
