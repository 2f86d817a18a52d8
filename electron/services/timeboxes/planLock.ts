// The lock for plans: work planned outside the work windows is refused by the hard lock and needs a typed reason in
// soft mode, as logging that work would. Only the windows are judged: a plan past a cap is the plan check's finding,
// worth a warning rather than a refusal. An unlock does not pass it: an unlock lets work be logged for a while now,
// and a plan outlives it.
import { planBoxName } from '../../../shared/domain/planWords';
import { areaLookup } from '../../../shared/domain/spans';
import { stepWeekStart } from '../../../shared/domain/boundaries';
import { addDays, dayBounds, formatDate, parseDate } from '../../../shared/domain/time';
import { timeboxOccurrences } from '../../../shared/domain/timeboxOccurrences';
import { msInside, windowIntervals } from '../../../shared/domain/windows';
import { dateWords, durationWords } from '../../../shared/domain/words';
import type { Category, Settings } from '../../../shared/model';
import type { Timebox, TimeboxOccurrence, WeeklyTimebox } from '../../../shared/planModel';
import { AppError } from '../../../shared/result';
import { findOccurrence, localDateText } from './wallClockTimes';

/** The dated boundaries a series is judged by: the timeline's steps, and the day weeks start on (which places them). */
export type DatedBoundaries = Pick<Settings, 'timeline' | 'weekStartsOn'>;
const NO_STEPS: DatedBoundaries = { timeline: [], weekStartsOn: 1 };

export interface PlanLockState {
  settings: Settings;
  categories: readonly Category[];
}

/**
 * The occurrences a box is judged by: a one-off itself; a series by a week of its plain weekly times (its cancelled
 * days and edits left out, so a first week with its Monday cancelled still shows the Monday) from its first date and
 * from each dated step of the work windows within its dates, and by each occurrence edited on its own. Windows and
 * series are both weekly wall-clock times, so those weeks stand for every other one.
 */
export function judgedOccurrences(box: Timebox, timeZone: string, dated: DatedBoundaries = NO_STEPS): TimeboxOccurrence[] {
  if (box.kind === 'once') return timeboxOccurrences([box], box.start, box.end, timeZone);
  const plain = { ...box, cancelled: [], overrides: {} };
  const weeks = new Set([box.firstDate]);
  for (const step of dated.timeline) {
    if (step.from === null) continue;
    // The week the step is in force from, which need not be its date's (stepWeekStart): weeks may start on another day.
    const week = formatDate(stepWeekStart(step.from, dated.weekStartsOn));
    if (week > box.firstDate && (box.until === null || week <= box.until)) weeks.add(week);
  }
  const found: TimeboxOccurrence[] = [];
  const seen = new Set<string>();
  const add = (occurrence: TimeboxOccurrence) => {
    if (seen.has(occurrence.boxId)) return;
    seen.add(occurrence.boxId);
    found.push(occurrence);
  };
  for (const week of [...weeks].sort()) {
    const first = parseDate(week)!;
    for (const occurrence of timeboxOccurrences([plain], dayBounds(first, timeZone).start, dayBounds(addDays(first, 7), timeZone).start, timeZone)) {
      // A refusal names a day the series meets at these times: a cancelled or moved one stands for the same weekday's
      // next occurrence as planned.
      add(asPlanned(box, occurrence.occurrenceDate) ? occurrence : (nextKept(box, occurrence.occurrenceDate, timeZone) ?? occurrence));
    }
  }
  for (const date of Object.keys(box.overrides)) {
    const edited = findOccurrence(box, date, timeZone);
    if (edited) add({ ...edited, boxId: `${edited.boxId}#edited` });
  }
  return found;
}

/** Whether the series' occurrence of `date` is there at its weekly times: neither cancelled nor edited on its own. */
function asPlanned(box: WeeklyTimebox, date: string): boolean {
  return !box.cancelled.includes(date) && box.overrides[date] === undefined;
}

/** The same weekday's next occurrence of the series after `date` as planned (asPlanned), within its dates (a year on). */
function nextKept(box: WeeklyTimebox, date: string, timeZone: string): TimeboxOccurrence | undefined {
  for (let week = 1; week <= 53; week++) {
    const next = formatDate(addDays(parseDate(date)!, 7 * week));
    if (box.until !== null && next > box.until) return undefined;
    if (asPlanned(box, next)) return findOccurrence(box, next, timeZone, true) ?? undefined;
  }
  return undefined;
}

/** A soft lock passed with a reason: the reason, and the boxes (ids) it was needed for, to keep it with. */
export interface PlanLockPass {
  reason: string;
  boxIds: ReadonlySet<string>;
}

/**
 * Throws `locked` (hard mode) or `needs-reason` (soft mode without a reason) when a work occurrence reaches outside
 * the work windows; null when nothing does (or the lock is off).
 */
export function judgePlanLock(occurrences: readonly TimeboxOccurrence[], state: PlanLockState, reason: string | undefined): PlanLockPass | null {
  const { settings } = state;
  if (settings.lockMode === 'off') return null;
  const areaOf = areaLookup(state.categories);
  const outside: Array<{ box: TimeboxOccurrence; ms: number }> = [];
  for (const box of occurrences) {
    if (areaOf(box.categoryId) !== 'work') continue;
    const ms = box.end - box.start - msInside(windowIntervals(box.start, box.end, settings), box.start, box.end);
    if (ms > 0) outside.push({ box, ms });
  }
  const first = outside[0];
  if (!first) return null;
  const names = new Map(state.categories.map((c) => [c.id, c.name]));
  const name = planBoxName(first.box, names);
  const others = new Set(outside.map((o) => o.box.seriesId ?? o.box.boxId)).size - 1;
  const more = others > 0 ? ` (and ${others} more ${others === 1 ? 'box does' : 'boxes do'} too)` : '';
  const said =
    `${name.charAt(0).toUpperCase()}${name.slice(1)} on ${dateWords(localDateText(first.box.start, settings.timeZone))} plans ` +
    `${durationWords(first.ms)} of work outside your work windows${more}.`;
  if (settings.lockMode === 'hard') {
    throw new AppError('locked', `${said} The hard lock does not let work be planned there: move it into your work windows, or change them in Settings.`);
  }
  if (!reason) throw new AppError('needs-reason', `${said} Type a reason to plan it anyway; it is kept with the box.`);
  return { reason, boxIds: new Set(outside.map((o) => o.box.seriesId ?? o.box.boxId)) };
}

/** The boxes with the reason kept on those it was needed for. */
export function withOverrideReason<T extends Timebox>(boxes: readonly T[], pass: PlanLockPass | null): T[] {
  return boxes.map((box) => (pass && pass.boxIds.has(box.id) ? { ...box, overrideReason: pass.reason } : box));
}
