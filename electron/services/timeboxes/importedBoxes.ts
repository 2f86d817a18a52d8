// What a calendar file's events become as boxes of the plan, past reading them (planIcsReader): the ids a second
// import finds them by, a weekly series fitted to the days asked for, and no title where the file's only repeats the
// box's category (as Timelock's own export writes an untitled box).
import { createHash } from 'node:crypto';
import type { TimeboxOverride, WeeklyTimebox } from '../../../shared/planModel';
import type { IcsWeeklySeries } from './icsWeeklySeries';
import type { IcsEvent } from './planIcsReader';

/** An imported box's id: a hash of what identifies its event (UID and start; UID alone for a series). */
export function importedId(key: string): string {
  return `ics-${createHash('sha256').update(key).digest('hex').slice(0, 32)}`;
}

/** The id of the one-off box an import makes of an event or occurrence. */
export function oneOffIdOf(event: Pick<IcsEvent, 'uid' | 'start'>): string {
  return importedId(`${event.uid}\n${event.start}`);
}

/** The id of the weekly box an import keeps of a repeating event: one per UID, whatever the range. */
export function seriesIdOf(uid: string): string {
  return importedId(`${uid}\nweekly`);
}

/**
 * A series from a file as a box of the plan: until the file's end, or the `to` asked for when that is earlier.
 * Cancellations and edits past that end go with it, so an occurrence moved into the range from a later date is left
 * `outside`, for the import to bring in on its own. The box is null when `to` leaves it no day (an occurrence moved in
 * from later is all it had there): every occurrence is outside then.
 */
export function seriesBox(series: IcsWeeklySeries, id: string, to: string | undefined): { box: WeeklyTimebox | null; outside: IcsEvent[] } {
  const { uid: _uid, categories: _categories, occurrences, ...weekly } = series;
  const until = to !== undefined && (weekly.until === null || to < weekly.until) ? to : weekly.until;
  if (until !== null && until < weekly.firstDate) return { box: null, outside: occurrences };
  const kept = (date: string) => until === null || date <= until;
  const overrides = Object.fromEntries(Object.entries(weekly.overrides).filter(([date]) => kept(date)));
  const box: WeeklyTimebox = { ...weekly, kind: 'weekly', id, categoryId: '', until, overrides, cancelled: weekly.cancelled.filter(kept) };
  return { box, outside: occurrences.filter((o) => o.occurrenceDate !== undefined && !kept(o.occurrenceDate)) };
}

/**
 * The series without the titles that only name its category: its own title goes, and an edited day's becomes null
 * (no title that day) under a titled series, or goes too under an untitled one, where it is what the day has anyway.
 */
export function withoutCategoryTitles(series: WeeklyTimebox, namesCategory: (title: string) => boolean): WeeklyTimebox {
  const { title, ...rest } = series;
  const own = title !== undefined && !namesCategory(title) ? { title } : {};
  const overrides: Record<string, TimeboxOverride> = {};
  for (const [date, { title: dayTitle, ...edit }] of Object.entries(series.overrides)) {
    const day = typeof dayTitle === 'string' && namesCategory(dayTitle) ? null : dayTitle;
    const kept: TimeboxOverride = day === undefined || (day === null && own.title === undefined) ? edit : { ...edit, title: day };
    if (Object.keys(kept).length > 0) overrides[date] = kept;
  }
  return { ...rest, ...own, overrides };
}
