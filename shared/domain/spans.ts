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
 * What a stop at `end` saves of a run: only the time no other entry holds, so a stop is never refused. An entry over
 * the run's start (synced in from another computer, which did not see the timer) moves the start to where it ends;
 * an entry saved ahead (logged for later, or synced in) ends the run where it begins (`reached`). Nothing is saved
 * when `to` is not after `from`. `entries` must hold every entry overlapping [run.start, end).
 */
export function savedRun(run: { id: string; start: number }, entries: readonly Entry[], end: number): { from: number; to: number; reached?: Entry } {
  // A zero-length entry holds no time and overlaps nothing (entryRules): it neither covers nor ends the run.
  const others = entries.filter((e) => e.id !== run.id && e.end > e.start).sort((a, b) => a.start - b.start);
  // One pass by start: `from` only grows, so an entry passed over never covers it later.
  let from = run.start;
  let i = 0;
  for (; i < others.length && others[i]!.start <= from; i++) if (others[i]!.end > from) from = others[i]!.end;
  const next = others[i];
  const reached = next && next.start < end ? next : undefined;
  return reached ? { from, to: reached.start, reached } : { from, to: end };
}

/**
 * Entries (sorted by start) and the running timer as spans. The timer counts what its stop now would save
 * (savedRun, read in `around`: the entries about the run, by default these): from its start to `now`, less the time
 * entries hold. A stopping timer saves its entry under the timer's own id before the timer is cleared: while both
 * exist, the run counts once, as the timer.
 */
export function spansOf(entries: readonly Entry[], timer: RunningTimer | null, now: number, around: readonly Entry[] = entries): Span[] {
  const running = timer && now > timer.start ? timer : null;
  const spans: Span[] = [];
  for (const e of entries) {
    if (running && e.id === running.id) continue;
    spans.push({ start: e.start, end: e.end, categoryId: e.categoryId, id: e.id, running: false });
  }
  const saved = running ? savedRun(running, around, now) : null;
  if (running && saved && saved.to > saved.from) spans.push({ start: saved.from, end: saved.to, categoryId: running.categoryId, id: running.id, running: true });
  return spans;
}

/** The spans overlapping [from, to): the entries the source finds there, and the running timer if it reaches in. */
export function spansBetween(entries: EntriesInput, timer: RunningTimer | null, now: number, from: number, to: number): Span[] {
  const source = entrySource(entries);
  const found = source.between(from, to);
  const running = timer && now > timer.start && overlapsRange({ start: timer.start, end: now }, from, to) ? timer : null;
  const spans = spansOf(found, running, now, running ? source.between(running.start, now) : found);
  // The run as saved may lie outside the range though the timer's start-to-now reaches in (an entry over its start).
  return spans.filter((s) => !s.running || overlapsRange(s, from, to));
}

/** The stretch over which a running timer adds time: from where no entry covers its start, until an entry saved ahead. */
export interface RunStretch {
  from: number;
  /** The start of the first entry saved ahead of the run (its stop saves up to there); Infinity when none is. */
  until: number;
}

/** The timer's stretch (savedRun), read in the entries up to `horizon`: an entry ahead starting later is not seen. */
export function runStretch(entries: EntriesInput, timer: { id: string; start: number }, horizon: number): RunStretch {
  const { from, reached } = savedRun(timer, entrySource(entries).between(timer.start, horizon), horizon);
  return { from, until: reached ? reached.start : Infinity };
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
