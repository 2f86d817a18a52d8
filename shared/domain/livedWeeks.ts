// What a change the person chose does to the figures of weeks already lived, in words said at the moment of the
// change: a category moved to another life area, a step of the timeline removed, days off in a week lived, and the
// settings another computer changed, taken in by a sync round.
import type { Area, BoundarySpan, Entry, Settings } from '../model';
import { BOUNDARY_KEYS, boundariesInForce, stepWeekStart, timelineOf, weekStartOf, type Boundaries, type BoundaryKey } from './boundaries';
import { weekCap } from './daysOff';
import { MINUTE, daysBetween, formatDate, fromLocal, overlapMs, parseDate, weekContaining, weekLabel, weekStartDate, type CalendarDate, type WeekStart } from './time';
import { WEEKDAY_LONG, capitalize, durationWords, lateHourWords, listWords } from './words';

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

/** A step of the timeline as boundaries.history shows it: its week label, its values, and whether it is lived. */
export type ShownStep = Boundaries & { from: string; state: 'past' | 'current' | 'upcoming' };

const minutesWords = (minutes: number | null) => (minutes === null ? 'none' : durationWords(minutes * MINUTE));

/** "the cap goes from 30 h to 35 h", … for each value that differs between two spans. */
function valueChanges(was: Boundaries, now: Boundaries): string[] {
  const parts: string[] = [];
  const change = (name: string, a: number | null, b: number | null) => {
    if (a !== b) parts.push(`the ${name} goes from ${minutesWords(a)} to ${minutesWords(b)}`);
  };
  change('cap', was.weeklyCapMinutes, now.weeklyCapMinutes);
  change('daily cap', was.dailyCapMinutes, now.dailyCapMinutes);
  change('fitness target', was.targets.fitnessMinutes, now.targets.fitnessMinutes);
  change('family target', was.targets.familyMinutes, now.targets.familyMinutes);
  if (JSON.stringify(was.workWindows) !== JSON.stringify(now.workWindows)) parts.push('the work windows change');
  return parts;
}

/**
 * What removing a step does to the weeks it held, when it held lived ones or this one: they are read with the step
 * before it again. `before` and `after` are the timeline around the removal, `thisWeek` the label of the week being
 * lived. Null for a step still to come. "This reaches back into weeks already lived: from 2026-W46, …. This week the
 * cap goes from 30 h to 35 h."
 */
export function stepRemovedWords(before: readonly ShownStep[], after: readonly ShownStep[], thisWeek: string): string | null {
  const at = before.findIndex((step) => !after.some((kept) => kept.from === step.from));
  const removed = before[at];
  const runsOn = before[at - 1];
  if (!removed || !runsOn || removed.state === 'upcoming') return null;
  const current = removed.state === 'current';
  const next = before[at + 1];
  const words: string[] = [];
  if (removed.from < thisWeek) {
    const until = current || !next ? '' : ` up to ${next.from}`;
    words.push(`This reaches back into weeks already lived: from ${removed.from}${until}, their figures are read with the step before it now (settings history shows the steps).`);
  }
  const changes = valueChanges(removed, runsOn);
  if (changes.length > 0) words.push(`${capitalize(current ? `this week ${listWords(changes)}` : `in those weeks ${listWords(changes)}`)}.`);
  return words.length > 0 ? words.join(' ') : null;
}

/** More weeks than this are said by their count and their first and last. */
const WEEKS_NAMED = 3;

/**
 * What days off added or removed do to the caps of the weeks already lived and this one: each such week's cap after
 * its days off, before and after the change. Weeks to come are what a day off is taken for, and are not said; nor is a
 * week whose cap stays (a Sunday off). "The cap of 2026-W47, a week already lived, goes from 35 h to 28 h."
 */
export function daysOffCapWords(before: Settings, after: Settings, dates: readonly string[], now: number): string | null {
  const thisWeek = weekContaining(now, after.timeZone, after.weekStartsOn);
  const changes = new Map<number, { label: string; was: number; is: number }>();
  for (const date of dates) {
    const week = weekContaining(fromLocal(parseDate(date)!, 12, 0, after.timeZone), after.timeZone, after.weekStartsOn);
    if (week.start > thisWeek.start || changes.has(week.start)) continue;
    const was = weekCap(before, week).capMinutes;
    const is = weekCap(after, week).capMinutes;
    if (was !== is) changes.set(week.start, { label: week.start === thisWeek.start ? 'this week' : week.label, was, is });
  }
  const weeks = [...changes.entries()].sort(([a], [b]) => a - b).map(([, change]) => change);
  const goes = (change: { was: number; is: number }) => `from ${durationWords(change.was * MINUTE)} to ${durationWords(change.is * MINUTE)}`;
  const only = weeks[0];
  if (!only) return null;
  if (weeks.length === 1) return only.label === 'this week' ? `This week's cap goes ${goes(only)}.` : `The cap of ${only.label}, a week already lived, goes ${goes(only)}.`;
  // This week is being lived, not lived: said as such when the days off reach into it.
  const last = weeks[weeks.length - 1]!;
  const withThisWeek = last.label === 'this week';
  if (weeks.length > WEEKS_NAMED) {
    const which = withThisWeek ? 'weeks, the ones already lived and this one,' : 'weeks already lived';
    return `The caps of ${weeks.length} ${which} change, from ${only.label} to ${last.label} (summary shows each).`;
  }
  return `The caps of ${withThisWeek ? 'weeks already lived and this one' : 'weeks already lived'} change: ${listWords(weeks.map((week) => `${week.label} ${goes(week)}`))}.`;
}

/** A step's values as a person names them. */
const BOUNDARY_NAMES: Record<BoundaryKey, string> = { weeklyCapMinutes: 'weekly cap', dailyCapMinutes: 'daily cap', workWindows: 'work windows', targets: 'targets' };

/** The values in force from `point` (a week's first date) on; null: the first span, for the weeks before every step. */
function valuesFrom(timeline: readonly BoundarySpan[], point: string | null): Boundaries {
  if (point !== null) return boundariesInForce(timeline, parseDate(point)!);
  const { from: _from, sets: _sets, ...values } = timeline[0]!;
  return values;
}

/**
 * The values of the cap history that read otherwise in weeks already lived, and from which week: "the weekly cap and
 * targets of the weeks from 2026-W47". Values only change where a step begins, in either timeline, so comparing the
 * two at the start and at each of those weeks before this one finds every lived week that reads other values.
 */
function livedStepsWords(before: Settings, after: Settings, thisWeek: string): { words: string; values: number } | null {
  const was = timelineOf(before);
  const is = timelineOf(after);
  const starts = [...was, ...is].flatMap((span) => (span.from === null ? [] : [formatDate(stepWeekStart(span.from, after.weekStartsOn))]));
  const points = [null, ...[...new Set(starts)].filter((point) => point < thisWeek).sort()];
  const keys = new Set<BoundaryKey>();
  let first: string | null | undefined;
  for (const point of points) {
    const a = valuesFrom(was, point);
    const b = valuesFrom(is, point);
    const differ = BOUNDARY_KEYS.filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
    if (differ.length > 0 && first === undefined) first = point;
    for (const key of differ) keys.add(key);
  }
  if (first === undefined) return null;
  const names = BOUNDARY_KEYS.filter((key) => keys.has(key)).map((key) => BOUNDARY_NAMES[key]);
  return { words: `the ${listWords(names)} of the weeks from ${first === null ? 'the start' : weekLabel(parseDate(first)!, after.weekStartsOn)}`, values: names.length };
}

/** "a day off on 2026-11-20", "days off on 2026-11-20 and 2026-11-23", "5 days off from 2026-11-02 to 2026-11-20". */
function daysOffWords(dates: readonly string[]): string {
  if (dates.length === 1) return `a day off on ${dates[0]}`;
  if (dates.length > WEEKS_NAMED) return `${dates.length} days off from ${dates[0]} to ${dates[dates.length - 1]}`;
  return `days off on ${listWords(dates)}`;
}

/**
 * What settings taken in from other computers (`by`: their names) do to the weeks already lived, said by the sync round
 * that took them in as the same change made here is said: a time zone, a first day of the week and an hour late work
 * starts re-read every week; a step of the cap history or a day off reaching into a week already lived re-reads it.
 * Weeks to come, and this one, are not said. Null when none of that changed. "Laptop changed the time zone to America/New
 * York and the first day of the week to Sunday: weeks already lived are read with them now."
 */
export function livedWeeksTakenInWords(by: string, before: Settings, after: Settings, now: number): string | null {
  const changed: string[] = [];
  if (before.timeZone !== after.timeZone) changed.push(`the time zone to ${after.timeZone.replace(/_/g, ' ')}`);
  if (before.weekStartsOn !== after.weekStartsOn) changed.push(`the first day of the week to ${WEEKDAY_LONG[after.weekStartsOn]}`);
  if (before.lateWorkHour !== after.lateWorkHour) changed.push(`the hour late work starts to ${lateHourWords(after.lateWorkHour)}`);
  const thisWeek = formatDate(weekStartDate(now, after.timeZone, after.weekStartsOn));
  const steps = livedStepsWords(before, after, thisWeek);
  if (steps) changed.push(steps.words);
  const lived = (day: { date: string }) => formatDate(weekStartOf(parseDate(day.date)!, after.weekStartsOn)) < thisWeek;
  const had = new Set(before.daysOff.map((day) => day.date));
  const has = new Set(after.daysOff.map((day) => day.date));
  const added = after.daysOff.filter((day) => !had.has(day.date) && lived(day)).map((day) => day.date);
  const removed = before.daysOff.filter((day) => !has.has(day.date) && lived(day)).map((day) => day.date);
  const clauses = [
    ...(changed.length > 0 ? [`changed ${listWords(changed)}`] : []),
    ...(added.length > 0 ? [`added ${daysOffWords(added)}`] : []),
    ...(removed.length > 0 ? [`removed ${daysOffWords(removed)}`] : []),
  ];
  if (clauses.length === 0) return null;
  const one = changed.length + (steps ? steps.values - 1 : 0) + added.length + removed.length === 1;
  const done = clauses.length === 1 ? clauses[0] : `${clauses.slice(0, -1).join(', ')}, and ${clauses[clauses.length - 1]}`;
  return `${by} ${done}: weeks already lived are read with ${one ? 'it' : 'them'} now.`;
}
