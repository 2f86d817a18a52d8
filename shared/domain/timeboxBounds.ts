// Timebox bounds: how far ahead a box a person plans or moves may be, in the spirit of an entry's (entryRules.ts).
// A plan looks further ahead than tracked time, so the bound is years, not one: it catches a mistyped year (9999,
// 2062 for 2026), not a plan. A box's length is bounded by its schema already (MAX_BOX_MS).
import { datedDay, datedWhen, type EntryVerdict } from './entryRules';
import { addDays, fromLocal, MINUTE, toLocal } from './time';

/** How many years from now a box planned by hand may end, to the same local date and time (29 Feb: 1 Mar). */
export const MAX_PLAN_AHEAD_YEARS = 5;

/** The latest end a box planned now may have. */
export function latestPlannedEnd(now: number, timeZone: string): number {
  const local = toLocal(now, timeZone);
  const date = addDays({ year: local.year + MAX_PLAN_AHEAD_YEARS, month: local.month, day: 1 }, local.day - 1);
  return fromLocal(date, local.hour, local.minute, timeZone) + (now % MINUTE);
}

/**
 * The bound of a box a person adds or moves, from any client: ending at most MAX_PLAN_AHEAD_YEARS from now. An import
 * and a restore are not held to it. `before`: the box (or occurrence) as it is, when one is moved: a change that does
 * not make it end later is allowed, so an occurrence of a long series far ahead can still be edited or moved earlier.
 */
export function checkTimeboxBounds(candidate: { start: number; end: number }, now: number, timeZone = 'UTC', before?: { start: number; end: number }): EntryVerdict {
  const latest = latestPlannedEnd(now, timeZone);
  if (candidate.end <= latest || (before && candidate.end <= before.end)) return { ok: true };
  return {
    ok: false,
    code: 'bad-request',
    message: `A timebox ends at most ${MAX_PLAN_AHEAD_YEARS} years from now (by ${datedDay(latest, timeZone)}): this one ends ${datedWhen(candidate.end, timeZone)}. Is the year right?`,
  };
}

