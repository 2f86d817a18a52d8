// What a computer joining sync does with records the other computers have no version of, and how the join notice
// names the records it keeps aside: counted by kind, dates for days off and steps, never a list of raw ids.
import { stepWeekStart, weekStartOf } from '../../shared/domain/boundaries';
import { formatDate, isValidTimeZone, parseDate, weekStartDate, type WeekStart } from '../../shared/domain/time';
import { countWords, listWords } from '../../shared/domain/words';
import type { JsonValue } from '../../shared/sync/canonicalJson';
import { SYNC_KINDS, type SyncKindName } from '../../shared/sync/syncKinds';
import { RECORD_NOUNS } from './restoreWords';

/** How the other computers count weeks: their time zone and first day of the week, as the folder holds them. */
export interface FolderWeeks {
  timeZone: string;
  weekStartsOn: WeekStart;
}

/** The folder's time zone and first day of the week where it holds them, else `own`'s. */
export function folderWeeks(winner: (key: string) => JsonValue | undefined, own: FolderWeeks): FolderWeeks {
  const zone = winner('timeZone');
  const start = winner('weekStartsOn');
  return {
    timeZone: typeof zone === 'string' && isValidTimeZone(zone) ? zone : own.timeZone,
    weekStartsOn: start === 0 || start === 1 || start === 6 ? start : own.weekStartsOn,
  };
}

/**
 * Whether a step of the boundaries or a day off (by its record id, a date) falls in a week already lived, this one
 * among them, as the other computers count weeks: applied there, it would change the caps they lived those weeks with.
 */
export function inLivedWeek(kind: SyncKindName, id: string, weeks: FolderWeeks, now: number): boolean {
  if (kind !== 'boundarySpan' && kind !== 'dayOff') return false;
  const date = parseDate(id);
  if (!date) return false;
  const first = kind === 'boundarySpan' ? stepWeekStart(id, weeks.weekStartsOn) : weekStartOf(date, weeks.weekStartsOn);
  return formatDate(first) <= formatDate(weekStartDate(now, weeks.timeZone, weeks.weekStartsOn));
}

/** "the boundaries from the start and 2026-10-19; 1 day off on 2026-11-20; 3 entries": records counted by kind. */
export function recordsWords(records: readonly { kind: SyncKindName; id: string }[]): string {
  const byKind = new Map<SyncKindName, string[]>();
  for (const { kind, id } of records) byKind.set(kind, [...(byKind.get(kind) ?? []), id]);
  return [...byKind]
    .map(([kind, ids]) => {
      const dates = [...ids].sort();
      if (kind === 'boundarySpan') return `the boundaries from ${listWords(dates.map((id) => (id === 'start' ? 'the start' : id)))}`;
      if (kind === 'dayOff') return `${countWords(ids.length, 'day off', 'days off')} ${ids.length <= 3 ? `on ${listWords(dates)}` : `from ${dates[0]} to ${dates.at(-1)}`}`;
      const [one, many] = RECORD_NOUNS[kind] ?? [SYNC_KINDS[kind].noun, `${SYNC_KINDS[kind].noun}s`];
      return countWords(ids.length, one, many);
    })
    .join('; ');
}
