// Gaps: the longest run of whole local days without fitness (or family) time that reaches into a week, counting the
// days before the week in which the run began. Only days that have ended by `now` count: today is not a whole day yet.
import type { Area, RunningTimer } from '../model';
import type { EntriesInput } from './entryIndex';
import { spansBetween, type AreaOf } from './spans';
import { DAY, daysBetween, localDateOf, type LocalDay } from './time';

/**
 * How far before a week a run is followed back. The longest gap a nudge can be set to is 60 days; looking further
 * would read years of history for a figure that says the same thing ("two months and more").
 */
export const GAP_LOOKBACK_DAYS = 60;
const CHUNK = 14 * DAY;

export type GapArea = Exclude<Area, 'work'>;
const GAP_AREAS: readonly GapArea[] = ['fitness', 'family'];

export interface GapInput {
  entries: EntriesInput;
  timer: RunningTimer | null;
  now: number;
  areaOf: AreaOf;
  timeZone: string;
  /** The week's seven days. */
  days: readonly LocalDay[];
  /** Per day of the week: whether it holds any time (more than zero) in the area. */
  dayHas: Record<GapArea, readonly boolean[]>;
  /** The start of the week's first logged span, or null when the week holds none. */
  firstInWeek: number | null;
}

export function longestGaps(input: GapInput): Record<GapArea, number> {
  const { days, now } = input;
  const weekStart = days[0]!.start;
  const before = lookBack(input, weekStart);
  // Days before anything was logged at all are not a gap: a new person's first week does not read as two months.
  const historyStart = before.firstLogged ?? input.firstInWeek;
  const result = { fitness: 0, family: 0 };
  if (historyStart === null) return result;
  for (const area of GAP_AREAS) {
    const last = before.lastIn[area];
    const from = last !== null ? last : historyStart < weekStart ? historyStart : null;
    // Whole days before the week without the area: after the last day with it (or from the first day logged).
    let run = from === null ? 0 : daysBetween(localDateOf(from, input.timeZone), days[0]!.calendarDate) - (last !== null ? 1 : 0);
    let longest = 0;
    input.days.forEach((day, i) => {
      if (day.end > now || day.end <= historyStart) return;
      if (input.dayHas[area][i]) run = 0;
      else longest = Math.max(longest, ++run);
    });
    result[area] = longest;
  }
  return result;
}

interface LookBack {
  /** The last instant before the week that holds time in the area (its last millisecond), or null if none. */
  lastIn: Record<GapArea, number | null>;
  /** The start of the earliest span seen looking back (no earlier than the look-back limit), or null. */
  firstLogged: number | null;
}

/** Reads back from the week's start a fortnight at a time, until both areas are found or the look-back ends. */
function lookBack(input: GapInput, weekStart: number): LookBack {
  const limit = weekStart - GAP_LOOKBACK_DAYS * DAY;
  const lastIn: Record<GapArea, number | null> = { fitness: null, family: null };
  let firstLogged: number | null = null;
  for (let to = weekStart; to > limit && (lastIn.fitness === null || lastIn.family === null); to -= CHUNK) {
    const from = Math.max(limit, to - CHUNK);
    for (const s of spansBetween(input.entries, input.timer, input.now, from, to)) {
      firstLogged = Math.max(limit, Math.min(firstLogged ?? Infinity, s.start));
      const area = input.areaOf(s.categoryId);
      const end = Math.min(s.end, to);
      if (area === 'work' || end <= Math.max(s.start, from)) continue;
      const lastMs = end - 1;
      if (lastIn[area] === null || lastMs > lastIn[area]!) lastIn[area] = lastMs;
    }
  }
  return { lastIn, firstLogged };
}
