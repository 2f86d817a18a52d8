// Planned time as intervals per life area. Each area's boxes are merged, so a minute two boxes of one area both
// cover is planned once: the plan check's totals and plan against actual count it the same way.
import type { Area } from '../model';
import type { TimeboxOccurrence } from '../planModel';
import type { AreaOf } from './spans';
import { mergeIntervals, type Interval } from './windows';

export type AreaIntervals = Record<Area, Interval[]>;

/** Each area's boxes, clipped to `clip` when given, sorted and merged. */
export function plannedIntervals(occurrences: readonly TimeboxOccurrence[], areaOf: AreaOf, clip?: Interval): AreaIntervals {
  const raw: AreaIntervals = { work: [], fitness: [], family: [] };
  for (const o of occurrences) {
    const start = clip ? Math.max(o.start, clip.start) : o.start;
    const end = clip ? Math.min(o.end, clip.end) : o.end;
    if (end > start) raw[areaOf(o.categoryId)].push({ start, end });
  }
  return { work: mergeIntervals(raw.work), fitness: mergeIntervals(raw.fitness), family: mergeIntervals(raw.family) };
}

export function totalMs(intervals: readonly Interval[]): number {
  let total = 0;
  for (const i of intervals) total += i.end - i.start;
  return total;
}
