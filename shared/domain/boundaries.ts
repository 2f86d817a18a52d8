// Dated boundaries: the weekly cap, daily cap, work windows and targets as a timeline of spans, each in force from a
// week on. Every figure of a week reads the span in force in it, so a change dated later never rewrites a past week.
import type { BoundarySpan, Settings } from '../model';
import { addDays, formatDate, parseDate, weekdayOf, weekLabel, type CalendarDate, type WeekStart } from './time';

/** The values a span holds. */
export type Boundaries = Omit<BoundarySpan, 'from'>;
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

/** The index of the span in force in the week starting `weekStart`: the last one dated within or before it. */
export function spanIndexInForce(timeline: readonly BoundarySpan[], weekStart: CalendarDate): number {
  const lastDay = formatDate(addDays(weekStart, 6));
  for (let i = timeline.length - 1; i > 0; i--) {
    const from = timeline[i]!.from;
    if (from !== null && from <= lastDay) return i;
  }
  return 0;
}

/** The cap, daily cap, windows and targets in force in the week starting `weekStart`. */
export function boundariesInForce(timeline: readonly BoundarySpan[], weekStart: CalendarDate): Boundaries {
  const span = timeline[spanIndexInForce(timeline, weekStart)];
  if (!span) throw new Error('a timeline has at least one span');
  const { from: _from, ...values } = span;
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

/**
 * Sets some values from the week starting `weekStart` on. A span starting that week is changed in place; so is the
 * first span when the week is at or before `firstWeek` (the week it is shown from: the earliest week with data, or this
 * week), since no week with figures lies before it. The change runs on through the later steps that only carried the
 * old value on (a step of a cap ramp holds a copy of the windows and targets of its day), and stops at the first step
 * that sets a value of its own: a step is a change to what it changed, not a snapshot of everything else.
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
  const inPlace = span.from === from || (i === 0 && from <= formatDate(firstWeek));
  // Values already in force from that week make no step: a line in the history that changes nothing would only pin
  // the others as they were that day.
  if (!inPlace && (Object.keys(values) as BoundaryKey[]).every((key) => JSON.stringify(values[key]) === JSON.stringify(span[key]))) return [...timeline];
  const next = [...timeline];
  if (inPlace) next[i] = { ...span, ...values };
  else next.splice(i + 1, 0, { ...span, ...values, from });
  const changed = inPlace ? i : i + 1;
  for (const key of Object.keys(values) as BoundaryKey[]) {
    if (key === 'targets') {
      for (const target of Object.keys(values.targets!) as (keyof Boundaries['targets'])[]) {
        carryOn(next, changed, (s) => s.targets[target], span.targets[target], (s) => ({ ...s, targets: { ...s.targets, [target]: values.targets![target] } }));
      }
    } else carryOn(next, changed, (s) => s[key], span[key], (s) => ({ ...s, [key]: values[key] }));
  }
  return next;
}

/** From the span after `at` on, while a span still holds `old` (what it carried on), gives it the new value. */
function carryOn(timeline: BoundarySpan[], at: number, read: (span: BoundarySpan) => unknown, old: unknown, set: (span: BoundarySpan) => BoundarySpan): void {
  const was = JSON.stringify(old);
  for (let k = at + 1; k < timeline.length && JSON.stringify(read(timeline[k]!)) === was; k++) timeline[k] = set(timeline[k]!);
}

/**
 * Removes the step starting in the week starting `weekStart`: the span before it then runs on to the next one. The
 * first span (shown from `firstWeek`) cannot be removed.
 */
export function removeStep(timeline: readonly BoundarySpan[], weekStart: CalendarDate, weekStartsOn: WeekStart, firstWeek: CalendarDate): TimelineChange {
  const label = weekLabel(weekStart, weekStartsOn);
  const week = formatDate(weekStart);
  const at = timeline.findIndex((s, i) => i > 0 && s.from !== null && formatDate(weekStartOf(parseDate(s.from)!, weekStartsOn)) === week);
  if (at >= 0) return { ok: true, timeline: timeline.filter((_, i) => i !== at) };
  if (week === formatDate(firstWeek)) {
    return { ok: false, reason: `The first span (from ${label}) cannot be removed: every week needs its boundaries. Change its values instead.` };
  }
  return { ok: false, reason: `No step starts in ${label}.` };
}

/** A span's `from` as a week label (2026-W41, or the week's first date): the first span shows `firstWeek`. */
export function spanLabel(span: BoundarySpan, firstWeek: CalendarDate, weekStartsOn: WeekStart): string {
  const date = span.from === null ? firstWeek : weekStartOf(parseDate(span.from)!, weekStartsOn);
  return weekLabel(date, weekStartsOn);
}
