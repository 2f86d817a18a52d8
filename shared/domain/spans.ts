// Logged time as plain spans: saved entries plus the running timer counted up to `now`, the one way every figure
// (caps, summaries, locks, nudges) sees what was logged.
import type { Area, AreaMinutes, Category, Entry, RunningTimer } from '../model';
import { entrySource, overlapsRange, type EntriesInput } from './entryIndex';
import { MINUTE, overlapMs } from './time';

export interface Span {
  start: number;
  end: number;
  categoryId: string;
  /** The entry's id, or the running timer's. */
  id: string;
  running: boolean;
}

/**
 * Entries (sorted by start) and the running timer as spans; the timer ends at `now`. A stopping timer saves its
 * entry under the timer's own id before the timer is cleared: while both exist, the run counts once, as the timer.
 */
export function spansOf(entries: readonly Entry[], timer: RunningTimer | null, now: number): Span[] {
  const running = timer && now > timer.start ? timer : null;
  const spans: Span[] = [];
  for (const e of entries) {
    if (running && e.id === running.id) continue;
    spans.push({ start: e.start, end: e.end, categoryId: e.categoryId, id: e.id, running: false });
  }
  if (running) spans.push({ start: running.start, end: now, categoryId: running.categoryId, id: running.id, running: true });
  return spans;
}

/** The spans overlapping [from, to): the entries the source finds there, and the running timer if it reaches in. */
export function spansBetween(entries: EntriesInput, timer: RunningTimer | null, now: number, from: number, to: number): Span[] {
  const found = entrySource(entries).between(from, to);
  const running = timer && now > timer.start && overlapsRange({ start: timer.start, end: now }, from, to) ? timer : null;
  return spansOf(found, running, now);
}

export type AreaOf = (categoryId: string) => Area;

/** Looks a category's life area up; an unknown category counts as work, the area a cap protects. */
export function areaLookup(categories: readonly Category[]): AreaOf {
  const map = new Map(categories.map((c) => [c.id, c.area]));
  return (id) => map.get(id) ?? 'work';
}

/** Minutes per area that the spans log inside [from, to). */
export function areaMinutesBetween(spans: readonly Span[], areaOf: AreaOf, from: number, to: number): AreaMinutes {
  const ms = { work: 0, fitness: 0, family: 0 };
  for (const s of spans) ms[areaOf(s.categoryId)] += overlapMs(s.start, s.end, from, to);
  return { work: ms.work / MINUTE, fitness: ms.fitness / MINUTE, family: ms.family / MINUTE };
}
