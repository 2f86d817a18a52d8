// Where things go on the week's calendar: each box cut at local midnights into pieces, one per day it touches, placed
// by its wall-clock minutes and set side by side where boxes overlap; the work windows as bands; and the instants a
// drag or a key means. Days, windows and wall-clock times all come from the domain (shared/domain/time, windows):
// this only turns them into minutes of a column.
import { addDays, formatDate, fromLocal, localDateOf, MINUTE, parseDate, toLocal, weekFromStartDate, type LocalDay } from '../../../shared/domain/time';
import { windowIntervals } from '../../../shared/domain/windows';
import type { Settings } from '../../../shared/model';
import type { PlanWeek, TimeboxOccurrence } from '../../../shared/planModel';

export const HOUR_PX = 40;
export const PX_PER_MINUTE = HOUR_PX / 60;
export const SNAP_MINUTES = 15;
export const DAY_MINUTES = 24 * 60;
/** The hours shown when the Plan view opens; the rest of the day is a scroll away. */
export const FIRST_VISIBLE_HOUR = 6;
export const LAST_VISIBLE_HOUR = 23;

/** The plan's seven local days: the week the main process answered for, read from its own start. */
export function planDays(plan: Pick<PlanWeek, 'start' | 'timeZone'>): LocalDay[] {
  return weekFromStartDate(localDateOf(plan.start, plan.timeZone), plan.timeZone, 1).days;
}

/** Minutes past the day's local midnight, on its wall clock; 0 before the day and 1440 from its end on. */
export function minuteOfDay(instant: number, day: LocalDay, timeZone: string): number {
  if (instant <= day.start) return 0;
  if (instant >= day.end) return DAY_MINUTES;
  const local = toLocal(instant, timeZone);
  return local.hour * 60 + local.minute + local.second / 60;
}

export interface BoxPiece {
  occurrence: TimeboxOccurrence;
  dayIndex: number;
  top: number;
  height: number;
  /** The piece on the day the box starts (or the week's first, for a box from the week before): the one focused. */
  first: boolean;
  /** Boxes overlapping this one on its day share the column: lane of lanes. */
  lane: number;
  lanes: number;
}

export function boxPieces(occurrences: readonly TimeboxOccurrence[], days: readonly LocalDay[], timeZone: string): BoxPiece[] {
  const pieces: BoxPiece[] = [];
  days.forEach((day, dayIndex) => {
    const onDay: BoxPiece[] = [];
    for (const occurrence of occurrences) {
      if (occurrence.end <= day.start || occurrence.start >= day.end) continue;
      const top = minuteOfDay(occurrence.start, day, timeZone);
      const bottom = minuteOfDay(occurrence.end, day, timeZone);
      // On the night clocks go back, wall-clock minutes can run backwards: the elapsed length stands in.
      const elapsed = (Math.min(occurrence.end, day.end) - Math.max(occurrence.start, day.start)) / MINUTE;
      const height = Math.min(bottom > top ? bottom - top : elapsed, DAY_MINUTES - top);
      const first = occurrence.start >= day.start || dayIndex === 0;
      onDay.push({ occurrence, dayIndex, top, height, first, lane: 0, lanes: 1 });
    }
    pieces.push(...inLanes(onDay));
  });
  return pieces;
}

/** Overlapping pieces side by side: each cluster of overlaps splits the column into as many lanes as it needs. */
function inLanes(pieces: BoxPiece[]): BoxPiece[] {
  const sorted = [...pieces].sort((a, b) => a.top - b.top || b.height - a.height);
  let cluster: BoxPiece[] = [];
  let laneEnds: number[] = [];
  let clusterEnd = -1;
  const close = () => cluster.forEach((piece) => (piece.lanes = laneEnds.length));
  for (const piece of sorted) {
    if (piece.top >= clusterEnd) {
      close();
      cluster = [];
      laneEnds = [];
    }
    let lane = laneEnds.findIndex((end) => end <= piece.top);
    if (lane === -1) lane = laneEnds.push(0) - 1;
    laneEnds[lane] = piece.top + piece.height;
    piece.lane = lane;
    cluster.push(piece);
    clusterEnd = Math.max(clusterEnd, piece.top + piece.height);
  }
  close();
  return sorted;
}

/** The work windows of a day as bands of minutes. */
export function windowBands(day: LocalDay, settings: Pick<Settings, 'workWindows' | 'timeZone'>): Array<{ top: number; height: number }> {
  return windowIntervals(day.start, day.end, settings).map((interval) => {
    const top = minuteOfDay(interval.start, day, settings.timeZone);
    return { top, height: Math.max(0, minuteOfDay(interval.end, day, settings.timeZone) - top) };
  });
}

/** The instant of a wall-clock minute of a day (1440: the day's end), by the domain's rule for DST gaps. */
export function instantAt(day: LocalDay, minute: number, timeZone: string): number {
  if (minute >= DAY_MINUTES) return day.end;
  return fromLocal(day.calendarDate, Math.floor(minute / 60), minute % 60, timeZone);
}

/** The same wall-clock time `days` later and `minutes` on (either may be negative), to the minute. */
export function shiftInstant(instant: number, days: number, minutes: number, timeZone: string): number {
  const local = toLocal(instant, timeZone);
  const total = local.hour * 60 + local.minute + minutes;
  const carry = Math.floor(total / DAY_MINUTES);
  const minute = total - carry * DAY_MINUTES;
  return fromLocal(addDays(local, days + carry), Math.floor(minute / 60), minute % 60, timeZone);
}

export const snapDown = (minute: number) => Math.floor(minute / SNAP_MINUTES) * SNAP_MINUTES;
export const snapNearest = (minute: number) => Math.round(minute / SNAP_MINUTES) * SNAP_MINUTES;
export const clampMinute = (minute: number) => Math.min(DAY_MINUTES, Math.max(0, minute));

/** yyyy-MM-dd of the day after a local date. */
export function nextDate(date: string): string {
  const parsed = parseDate(date);
  return parsed ? formatDate(addDays(parsed, 1)) : date;
}
