// "Copy last week's plan": the one-off boxes starting in one week, copied into another at the same local wall-clock
// times (Tuesday 09:00 stays Tuesday 09:00 across a DST change). Repeating boxes are not copied: a series already
// occurs in every week it spans, so a copy would double it; they are counted so the client can say so.
import { addDays, daysBetween, fromLocal, toLocal, type WeekBounds } from '../../../shared/domain/time';
import { timeboxOccurrences } from '../../../shared/domain/timeboxOccurrences';
import type { OneOffTimebox, Timebox } from '../../../shared/planModel';
import { AppError } from '../../../shared/result';

export interface WeekCopy {
  added: OneOffTimebox[];
  /** Boxes the target week already has (same category, times and title): not copied again. */
  duplicates: number;
  seriesSkipped: number;
}

export function copyWeek(boxes: readonly Timebox[], from: WeekBounds, to: WeekBounds, timeZone: string, newId: () => string): WeekCopy {
  const days = daysBetween(from.days[0]!.calendarDate, to.days[0]!.calendarDate);
  if (days === 0) throw new AppError('bad-request', `Both are in the week ${from.label}: choose another week to copy it to.`);
  const series = boxes.filter((b) => b.kind === 'weekly');
  const seriesSkipped = new Set(timeboxOccurrences(series, from.start, from.end, timeZone).map((o) => o.seriesId)).size;
  const oneOffs = boxes.filter((b): b is OneOffTimebox => b.kind === 'once');
  const existing = new Set(oneOffs.map(copyKey));
  const added: OneOffTimebox[] = [];
  let duplicates = 0;
  for (const box of oneOffs) {
    if (box.start < from.start || box.start >= from.end) continue;
    const start = laterWallClock(box.start, days, timeZone);
    let end = laterWallClock(box.end, days, timeZone);
    // A DST change between the two weeks can fold the local times together; the box keeps its length then.
    if (end <= start) end = start + (box.end - box.start);
    const copy: OneOffTimebox = { kind: 'once', id: '', categoryId: box.categoryId, ...(box.title === undefined ? {} : { title: box.title }), start, end };
    const key = copyKey(copy);
    if (existing.has(key)) {
      duplicates++;
      continue;
    }
    existing.add(key);
    added.push({ ...copy, id: newId() });
  }
  return { added, duplicates, seriesSkipped };
}

/** The same local wall-clock time `days` later, by fromLocal's rule for DST gaps and overlaps. */
function laterWallClock(instant: number, days: number, timeZone: string): number {
  const local = toLocal(instant, timeZone);
  return fromLocal(addDays(local, days), local.hour, local.minute, timeZone) + local.second * 1000 + (instant % 1000);
}

function copyKey(box: OneOffTimebox): string {
  return `${box.categoryId}\n${box.start}\n${box.end}\n${box.title ?? ''}`;
}
