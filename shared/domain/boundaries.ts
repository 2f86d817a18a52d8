// Dated boundaries: the weekly cap, daily cap, work windows and targets as a timeline of spans, each in force from a
// week on. Every figure of a week reads the span in force in it, so a change dated later never rewrites a past week.
import type { BoundarySpan, Settings } from '../model';
import { BOUNDARY_SET_KEYS, type BoundarySetKey } from '../modelNames';
import { addDays, formatDate, parseDate, weekdayOf, weekLabel, type CalendarDate, type WeekStart } from './time';

/** The values a span holds. */
export type Boundaries = Omit<BoundarySpan, 'from' | 'sets'>;
export type BoundaryKey = keyof Boundaries;
export const BOUNDARY_KEYS: readonly BoundaryKey[] = ['weeklyCapMinutes', 'dailyCapMinutes', 'workWindows', 'targets'];

type TimelineSettings = Pick<Settings, BoundaryKey> & { timeline?: readonly BoundarySpan[] };

/** The spans, oldest first; settings without a timeline are one span "since the start" holding their values. */
export function timelineOf(settings: TimelineSettings): BoundarySpan[] {
  if (settings.timeline && settings.timeline.length > 0) return [...settings.timeline];
  return [{ from: null, ...valuesOf(settings) }];
}

export function valuesOf(source: Pick<Settings, BoundaryKey>): Boundaries {
  return {
    weeklyCapMinutes: source.weeklyCapMinutes,
    dailyCapMinutes: source.dailyCapMinutes,
    workWindows: source.workWindows,
    targets: source.targets,
  };
}

/**
 * A step is dated by the first day of its week, as weeks started when it was set. Read after the weeks were made to
 * start on another day, that date lies inside a week: the step is in force from the week whose start is nearest to
 * it (at most 3 days before or after). Taking the week that holds the date instead moved a step set for a Sunday
 * start, read with Monday starts, onto the whole week before it: a week already lived, its cap rewritten.
 */
const STEP_REACH_DAYS = 3;

/** The first date of the week a step dated `from` is in force from (see STEP_REACH_DAYS). */
export function stepWeekStart(from: string, weekStartsOn: WeekStart): CalendarDate {
  return weekStartOf(addDays(parseDate(from)!, STEP_REACH_DAYS), weekStartsOn);
}

/** Whether a step dated `from` is the step of the week starting `weekStart`. */
function isStepOfWeek(from: string, weekStart: CalendarDate): boolean {
  return from >= formatDate(addDays(weekStart, -STEP_REACH_DAYS)) && from <= formatDate(addDays(weekStart, STEP_REACH_DAYS));
}

/** The index of the span in force in the week starting `weekStart`: the last one whose week starts at or before it. */
export function spanIndexInForce(timeline: readonly BoundarySpan[], weekStart: CalendarDate): number {
  const reach = formatDate(addDays(weekStart, STEP_REACH_DAYS));
  for (let i = timeline.length - 1; i > 0; i--) {
    const from = timeline[i]!.from;
    if (from !== null && from <= reach) return i;
  }
  return 0;
}

/** The cap, daily cap, windows and targets in force in the week starting `weekStart`. */
export function boundariesInForce(timeline: readonly BoundarySpan[], weekStart: CalendarDate): Boundaries {
  const span = timeline[spanIndexInForce(timeline, weekStart)];
  if (!span) throw new Error('a timeline has at least one span');
  const { from: _from, sets: _sets, ...values } = span;
  return values;
}

/** The first date of the week containing `date`. */
export function weekStartOf(date: CalendarDate, weekStartsOn: WeekStart): CalendarDate {
  return addDays(date, -((weekdayOf(date) - weekStartsOn + 7) % 7));
}

/** The settings with the four dated values replaced by those in force in the week containing `date`. */
export function settingsInForce<S extends TimelineSettings & Pick<Settings, 'weekStartsOn'>>(settings: S, date: CalendarDate): S {
  if (!settings.timeline || settings.timeline.length === 0) return settings;
  return { ...settings, ...boundariesInForce(settings.timeline, weekStartOf(date, settings.weekStartsOn)) };
}

export type TimelineChange = { ok: true; timeline: BoundarySpan[] } | { ok: false; reason: string };

/** A span's value for a set key: a target read on its own. */
export function setValue(span: Boundaries, key: BoundarySetKey): unknown {
  return key === 'targets.fitnessMinutes' ? span.targets.fitnessMinutes : key === 'targets.familyMinutes' ? span.targets.familyMinutes : span[key];
}

function withSetValue(span: BoundarySpan, key: BoundarySetKey, value: unknown): BoundarySpan {
  if (key === 'targets.fitnessMinutes' || key === 'targets.familyMinutes') return { ...span, targets: { ...span.targets, [key.slice('targets.'.length)]: value } };
  return { ...span, [key]: value };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What the span at `i` set itself: its `sets`, or in a timeline from before they were kept, what differs from the span
 * before it (the first span sets everything).
 */
export function setsOf(timeline: readonly BoundarySpan[], i: number): BoundarySetKey[] {
  const span = timeline[i]!;
  if (span.sets) return [...span.sets];
  if (i === 0) return [...BOUNDARY_SET_KEYS];
  return BOUNDARY_SET_KEYS.filter((key) => !same(setValue(span, key), setValue(timeline[i - 1]!, key)));
}

/**
 * The timeline with each step's values it did not set itself carried from the span before it. A step holds every value
 * as its computer saw them when it was set: steps set on two computers meet with values carried from timelines that
 * never held each other's steps, and read as they came would undo one computer's change from the other's step on.
 */
export function carryValues(timeline: readonly BoundarySpan[]): BoundarySpan[] {
  const out: BoundarySpan[] = [];
  timeline.forEach((span, i) => {
    const sets = setsOf(timeline, i);
    out.push(i === 0 ? span : BOUNDARY_SET_KEYS.reduce((next, key) => (sets.includes(key) ? next : withSetValue(next, key, setValue(out[i - 1]!, key))), span));
  });
  return out;
}

/**
 * What a step says itself, for telling two versions of it apart: when it starts, and the values it set (every value,
 * for the first span or a step kept before steps recorded what they set), not those it carried.
 */
export function stepContent(span: BoundarySpan): Record<string, unknown> {
  const keys: readonly BoundarySetKey[] = span.from === null || !span.sets ? BOUNDARY_SET_KEYS : [...span.sets].sort();
  return { from: span.from, ...Object.fromEntries(keys.map((key) => [key, setValue(span, key)])) };
}

/** The set keys a change of `values` names: each key given, and of the targets those it changes (all, if none). */
function keysOf(values: Partial<Boundaries>, span: Boundaries): BoundarySetKey[] {
  const keys: BoundarySetKey[] = [];
  for (const key of Object.keys(values) as BoundaryKey[]) {
    if (key !== 'targets') keys.push(key);
    else {
      const targets = (['targets.fitnessMinutes', 'targets.familyMinutes'] as const).filter((t) => values.targets![t.slice('targets.'.length) as 'fitnessMinutes'] !== undefined);
      const changed = targets.filter((t) => !same(setValue({ ...span, targets: values.targets! }, t), setValue(span, t)));
      keys.push(...(changed.length > 0 ? changed : targets));
    }
  }
  return keys;
}

/**
 * Sets some values from the week starting `weekStart` on. A span starting that week is changed in place; so is the
 * first span when the week is at or before `firstWeek` (the week it is shown from: the earliest week with data, or this
 * week), since no week with figures lies before it. The change runs on through the later steps that did not set that
 * value themselves (a step of a cap ramp carries the windows and targets on), and stops at the first that did: a step
 * is a change to what it set, not a copy of everything else. The span changed records what it set.
 */
export function setBoundariesFrom(
  timeline: readonly BoundarySpan[],
  weekStart: CalendarDate,
  values: Partial<Boundaries>,
  firstWeek: CalendarDate,
): BoundarySpan[] {
  const i = spanIndexInForce(timeline, weekStart);
  const span = timeline[i]!;
  const from = formatDate(weekStart);
  const inPlace = (span.from !== null && isStepOfWeek(span.from, weekStart)) || (i === 0 && from <= formatDate(firstWeek));
  // Values already in force from that week make no step: a line in the history that changes nothing.
  if (!inPlace && (Object.keys(values) as BoundaryKey[]).every((key) => same(values[key], span[key]))) return [...timeline];
  const keys = keysOf(values, span);
  const next: BoundarySpan[] = timeline.map((s, k) => ({ ...s, sets: setsOf(timeline, k) }));
  const changed = inPlace ? i : i + 1;
  if (inPlace) next[i] = { ...span, ...values, sets: [...new Set([...setsOf(timeline, i), ...keys])] };
  else next.splice(i + 1, 0, { ...span, ...values, from, sets: keys });
  for (const key of keys) {
    const value = setValue({ ...span, ...values } as Boundaries, key);
    for (let k = changed + 1; k < next.length && !next[k]!.sets!.includes(key); k++) next[k] = withSetValue(next[k]!, key, value);
  }
  return next;
}

/**
 * Removes the step starting in the week starting `weekStart`: the span before it then runs on to the next one, and
 * what the step set is taken back from the later steps it ran on through. The first span (shown from `firstWeek`)
 * cannot be removed.
 */
export function removeStep(timeline: readonly BoundarySpan[], weekStart: CalendarDate, weekStartsOn: WeekStart, firstWeek: CalendarDate): TimelineChange {
  const label = weekLabel(weekStart, weekStartsOn);
  const week = formatDate(weekStart);
  const at = timeline.findIndex((s, i) => i > 0 && s.from !== null && formatDate(stepWeekStart(s.from, weekStartsOn)) === week);
  if (at >= 0) {
    // What the step set, and carried on through the steps after it that did not set it themselves, goes with it:
    // those take the value of the span before it again.
    const next: BoundarySpan[] = timeline.map((s, k) => ({ ...s, sets: setsOf(timeline, k) }));
    for (const key of next[at]!.sets!) {
      const value = setValue(next[at - 1]!, key);
      for (let k = at + 1; k < next.length && !next[k]!.sets!.includes(key); k++) next[k] = withSetValue(next[k]!, key, value);
    }
    return { ok: true, timeline: next.filter((_, i) => i !== at) };
  }
  if (week === formatDate(firstWeek)) {
    return { ok: false, reason: `The first span (from ${label}) cannot be removed: every week needs its boundaries. Change its values instead.` };
  }
  return { ok: false, reason: `No step starts in ${label}.` };
}

/** A span's `from` as a week label (2026-W41, or the week's first date): the first span shows `firstWeek`. */
export function spanLabel(span: BoundarySpan, firstWeek: CalendarDate, weekStartsOn: WeekStart): string {
  const date = span.from === null ? firstWeek : stepWeekStart(span.from, weekStartsOn);
  return weekLabel(date, weekStartsOn);
}
