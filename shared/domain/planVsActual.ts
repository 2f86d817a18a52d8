// The plan against what was logged, for one week: per life area the planned minutes, the minutes logged in the same
// area inside that area's boxes, how closely the plan was kept, and work logged outside every work box.
// How overlapping boxes share: the week's figures count a minute once — planned time is the union of an area's boxes
// and actual time is logged time inside that union — while each box's row measures the box on its own, so two
// overlapping boxes of one area both show the minutes they share (rows can add up to more than the week's figures).
// Logged time is counted as the week summary counts it (each entry its own minutes, a running timer up to now,
// clipped to the week), so actual-in-boxes plus time outside boxes is exactly the summary's figure per area; adherence
// takes at most the planned minutes per area from it, so it never exceeds 1.
import type { Area, AreaMinutes, Category, RunningTimer, Settings } from '../model';
import type { PlanBoxRow, PlanVsActual, TimeboxOccurrence } from '../planModel';
import type { EntriesInput } from './entryIndex';
import { plannedIntervals, totalMs } from './plannedIntervals';
import { areaLookup, spansBetween, type Span } from './spans';
import { byStart } from './timeboxOccurrences';
import { MINUTE, overlapMs, weekContaining, type WeekBounds } from './time';
import { msInside } from './windows';

export interface PlanVsActualInput {
  /** The week's occurrences (expandWeek); any outside the week are ignored, and those crossing its edges clipped. */
  occurrences: readonly TimeboxOccurrence[];
  entries: EntriesInput;
  timer: RunningTimer | null;
  now: number;
  categories: readonly Category[];
  settings: Pick<Settings, 'timeZone' | 'weekStartsOn'>;
  /** The week's bounds, or any instant in it. */
  week: WeekBounds | number;
}

export function planVsActual(input: PlanVsActualInput): PlanVsActual {
  const { settings } = input;
  const week = typeof input.week === 'number' ? weekContaining(input.week, settings.timeZone, settings.weekStartsOn) : input.week;
  const range = { start: week.start, end: week.end };
  const areaOf = areaLookup(input.categories);
  const boxes = input.occurrences.filter((o) => o.start < range.end && o.end > range.start).sort(byStart);
  const planned = plannedIntervals(boxes, areaOf, range);
  const spans = spansBetween(input.entries, input.timer, input.now, range.start, range.end);

  const plannedMs = { work: totalMs(planned.work), fitness: totalMs(planned.fitness), family: totalMs(planned.family) };
  const inBoxesMs = { work: 0, fitness: 0, family: 0 };
  const byArea: Record<Area, Span[]> = { work: [], fitness: [], family: [] };
  let workMs = 0;
  for (const s of spans) {
    const area = areaOf(s.categoryId);
    byArea[area].push(s);
    const start = Math.max(s.start, range.start);
    const end = Math.min(s.end, range.end);
    if (end <= start) continue;
    inBoxesMs[area] += msInside(planned[area], start, end);
    if (area === 'work') workMs += end - start;
  }

  const matched = (due: AreaMinutes) => (['work', 'fitness', 'family'] as const).reduce((sum, area) => sum + Math.min(inBoxesMs[area], due[area]), 0);
  const matchedMs = matched(plannedMs);
  const plannedTotal = plannedMs.work + plannedMs.fitness + plannedMs.family;
  // The week under way: the plan due so far is its boxes cut at now (logged time stops at now already).
  const underWay = input.now > range.start && input.now < range.end;
  const dueMs = underWay ? { work: upTo(planned.work, input.now), fitness: upTo(planned.fitness, input.now), family: upTo(planned.family, input.now) } : null;
  const dueTotal = dueMs ? dueMs.work + dueMs.fitness + dueMs.family : 0;

  const rows = boxes.map((box): PlanBoxRow => {
    const area = areaOf(box.categoryId);
    const start = Math.max(box.start, range.start);
    const end = Math.min(box.end, range.end);
    let actualMs = 0;
    for (const s of byArea[area]) actualMs += overlapMs(s.start, s.end, start, end);
    const row: PlanBoxRow = {
      boxId: box.boxId,
      occurrenceDate: box.occurrenceDate,
      categoryId: box.categoryId,
      start: box.start,
      end: box.end,
      title: box.title,
      area,
      plannedMinutes: (end - start) / MINUTE,
      actualMinutes: actualMs / MINUTE,
      adherence: Math.min(1, actualMs / (end - start)),
    };
    if (box.seriesId !== undefined) row.seriesId = box.seriesId;
    return row;
  });

  return {
    week: week.label,
    planned: {
      minutes: toMinutes(plannedMs),
      actualInBoxesMinutes: toMinutes(inBoxesMs),
      adherence: plannedTotal > 0 ? matchedMs / plannedTotal : null,
      unplannedWorkMinutes: (workMs - inBoxesMs.work) / MINUTE,
      ...(dueMs ? { soFar: { minutes: toMinutes(dueMs), adherence: dueTotal > 0 ? Math.min(1, matched(dueMs) / dueTotal) : null } } : {}),
    },
    boxes: rows,
  };
}

/** Milliseconds of the (sorted, disjoint) intervals before `now`. */
function upTo(intervals: readonly { start: number; end: number }[], now: number): number {
  return intervals.reduce((sum, i) => sum + Math.max(0, Math.min(i.end, now) - i.start), 0);
}

function toMinutes(ms: AreaMinutes): AreaMinutes {
  return { work: ms.work / MINUTE, fitness: ms.fitness / MINUTE, family: ms.family / MINUTE };
}
