// What a change the person chose does to the figures of weeks already lived, in words said at the moment of the
// change: a category moved to another life area, a step of the timeline removed, days off in a week lived.
import type { Area, Entry } from '../model';
import { MINUTE, daysBetween, overlapMs, weekContaining, type CalendarDate, type WeekStart } from './time';
import { durationWords } from './words';

export interface WeekMinutes {
  /** The week's first date and its label, as summary.week names it. */
  start: CalendarDate;
  label: string;
  minutes: number;
}

/**
 * The minutes of one category's entries in each week that ended by `before` (the start of this week), oldest first;
 * weeks without any are left out, and an entry over a week's end counts in each week by its part.
 */
export function categoryMinutesByWeek(
  entries: readonly Pick<Entry, 'start' | 'end' | 'categoryId'>[],
  categoryId: string,
  before: number,
  timeZone: string,
  weekStartsOn: WeekStart,
): WeekMinutes[] {
  const weeks = new Map<number, WeekMinutes & { ms: number }>();
  for (const entry of entries) {
    if (entry.categoryId !== categoryId || entry.start >= before) continue;
    const end = Math.min(entry.end, before);
    for (let at = entry.start; at < end; ) {
      const week = weekContaining(at, timeZone, weekStartsOn);
      const found = weeks.get(week.start) ?? { start: week.days[0]!.calendarDate, label: week.label, minutes: 0, ms: 0 };
      found.ms += overlapMs(at, end, week.start, week.end);
      weeks.set(week.start, found);
      at = week.end;
    }
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, { start, label, ms }]) => ({ start, label, minutes: Math.round(ms / MINUTE) }))
    .filter((week) => week.minutes > 0);
}

/** "2026-W46", "2026-W46–W48" (weeks one after another), or "4 weeks from 2026-W40 to 2026-W48". */
export function weeksWords(weeks: readonly Pick<WeekMinutes, 'start' | 'label'>[]): string {
  const first = weeks[0]!;
  const last = weeks[weeks.length - 1]!;
  if (weeks.length === 1) return first.label;
  if (daysBetween(first.start, last.start) !== 7 * (weeks.length - 1)) return `${weeks.length} weeks from ${first.label} to ${last.label}`;
  // 2026-W46–W48: the year once, when both ISO labels have it; dates (weeks not starting on Monday) in full.
  const year = /^\d{4}-W/.exec(first.label)?.[0];
  return `${first.label}–${year && last.label.startsWith(year) ? last.label.slice(year.length - 1) : last.label}`;
}

/**
 * What moving a category to another life area does to the weeks already lived: their entries are read in the new
 * area, so the time moves with it. Null when the area stays or no lived week has time in it.
 * "Volunteering now counts as family, in past weeks too: 3 h a week in 2026-W46–W48 moved from work to family; …"
 */
export function areaMoveWords(name: string, from: Area, to: Area, weeks: readonly WeekMinutes[]): string | null {
  if (from === to || weeks.length === 0) return null;
  const amounts = weeks.map((w) => w.minutes);
  const low = Math.min(...amounts);
  const high = Math.max(...amounts);
  const amount =
    weeks.length === 1 ? durationWords(low * MINUTE) : low === high ? `${durationWords(low * MINUTE)} a week` : `${durationWords(low * MINUTE)} to ${durationWords(high * MINUTE)} a week`;
  // Work is what the cap, the daily cap and the off-hours figures count: time moved into or out of it changes them.
  const follows = from === 'work' || to === 'work' ? 'their work against the cap, off-hours work and balance change with it' : 'their balance changes with it';
  return `${name} now counts as ${to}, in past weeks too: ${amount} in ${weeksWords(weeks)} moved from ${from} to ${to}; ${follows}.`;
}
