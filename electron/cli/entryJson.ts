// An entry or a running timer as the CLI prints it with --json: the stored record, instants as ISO 8601 with the
// zone's offset, and the category's name beside its id.
import type { Category, Entry, RunningTimer } from '../../shared/model';
import { formatInstant } from './formatInstant';

export function entryJson(entry: Entry, categories: readonly Category[], timeZone: string): Record<string, unknown> {
  return {
    ...entry,
    category: categories.find((c) => c.id === entry.categoryId)?.name ?? entry.categoryId,
    start: formatInstant(entry.start, timeZone),
    end: formatInstant(entry.end, timeZone),
    minutes: (entry.end - entry.start) / 60_000,
  };
}

export function timerJson(timer: RunningTimer, categories: readonly Category[], timeZone: string): Record<string, unknown> {
  return {
    ...timer,
    category: categories.find((c) => c.id === timer.categoryId)?.name ?? timer.categoryId,
    start: formatInstant(timer.start, timeZone),
  };
}
