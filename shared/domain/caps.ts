// Caps: the weekly work cap and the optional daily one per local day — what is used, what is left, how far over,
// and the instant a running work timer reaches the cap. The work clock below (work per period, the instant a running
// timer crosses a limit) is the one place those sums are made: locks and nudges use it too.
import type { Category, RunningTimer, Settings } from '../model';
import { dailyCapMinutesAt, weeklyCapMinutesAt } from './daysOff';
import type { EntriesInput } from './entryIndex';
import { areaLookup, runStretch, spansBetween, type AreaOf, type RunStretch, type Span } from './spans';
import { MINUTE, localDateOf, dayBounds, overlapMs, weekContaining } from './time';

export interface Period {
  start: number;
  end: number;
}

export interface CapStatus {
  capMinutes: number;
  usedMinutes: number;
  remainingMinutes: number;
  overCapMinutes: number;
  /**
   * When the running work timer brings the period's work to the cap: null when no work timer runs, the cap is
   * reached already, or the period ends first (the next day or week starts from zero).
   */
  reachedAt: number | null;
  period: Period;
}

export interface CapInput {
  entries: EntriesInput;
  categories: readonly Category[];
  settings: Settings;
  timer: RunningTimer | null;
  now: number;
}

/**
 * The figures for a cap over a period, given the work already logged in it (up to now). A running work timer (its
 * stretch, `run`) adds one minute a minute, so it reaches the cap after exactly the time that is left, unless the
 * entry it runs into comes first.
 */
export function capStatus(capMinutes: number, usedMs: number, period: Period, now: number, run: RunStretch | null): CapStatus {
  const capMs = capMinutes * MINUTE;
  const inPeriod = period.start <= now && now < period.end;
  return {
    capMinutes,
    usedMinutes: usedMs / MINUTE,
    remainingMinutes: Math.max(0, capMs - usedMs) / MINUTE,
    // Over only by what a figure in whole minutes shows: a timer's entry ending 0.4 s past the cap is at the cap, not
    // "over the cap by 0:00" beside a total that reads exactly the cap.
    overCapMinutes: usedMs - capMs >= MINUTE / 2 ? (usedMs - capMs) / MINUTE : 0,
    reachedAt: run && inPeriod ? reachedBeforeEnd(Math.max(now, run.from), usedMs, capMs, period, run.until) : null,
    period,
  };
}

/** The weekly cap in the week containing now. */
export function weeklyCapStatus(input: CapInput): CapStatus {
  const week = weekOf(input.settings)(input.now);
  return statusOver(input, weeklyLimit(input.settings)(week) / MINUTE, week);
}

/** The daily cap on today's local day; null when there is no daily cap. */
export function dailyCapStatus(input: CapInput): CapStatus | null {
  const day = dayOf(input.settings)(input.now);
  const limitMs = dailyLimit(input.settings)(day);
  return limitMs === null ? null : statusOver(input, limitMs / MINUTE, day);
}

export function isWorkTimer(timer: RunningTimer | null, now: number, areaOf: AreaOf): boolean {
  return timer !== null && timer.start <= now && areaOf(timer.categoryId) === 'work';
}

/** A running work timer's stretch, seen up to `horizon` (runStretch); null when no work timer runs. */
export function workRunStretch(entries: EntriesInput, timer: RunningTimer | null, now: number, areaOf: AreaOf, horizon: number): RunStretch | null {
  return timer && isWorkTimer(timer, now, areaOf) ? runStretch(entries, timer, horizon) : null;
}

function statusOver(input: CapInput, capMinutes: number, period: Period): CapStatus {
  const { entries, timer, now } = input;
  const areaOf = areaLookup(input.categories);
  const usedMs = workMs(spansBetween(entries, timer, now, period.start, period.end), areaOf, period.start, period.end);
  return capStatus(capMinutes, usedMs, period, now, workRunStretch(entries, timer, now, areaOf, period.end));
}

export type CapLevel = 'calm' | 'warning' | 'over';

/** How a cap stands, for a bar that says it: calm below the warning share, warning from it, over past the cap. */
export function capLevel(usedMinutes: number, capMinutes: number, warningPercent: number): CapLevel {
  // Over in whole minutes, as capStatus's overCapMinutes: seconds past the cap are at it, not a red "over".
  if (Math.round(usedMinutes) > capMinutes) return 'over';
  return usedMinutes >= (capMinutes * warningPercent) / 100 ? 'warning' : 'calm';
}

// ---- The work clock: logged work per period and the instants a running timer crosses a line. Locks and nudges use it. ----

/** The period (week, day) containing an instant. */
export type PeriodOf = (instant: number) => Period;

export const weekOf =
  (settings: Pick<Settings, 'timeZone' | 'weekStartsOn'>): PeriodOf =>
  (instant) => {
    const w = weekContaining(instant, settings.timeZone, settings.weekStartsOn);
    return { start: w.start, end: w.end };
  };

export const dayOf =
  (settings: Pick<Settings, 'timeZone'>): PeriodOf =>
  (instant) =>
    dayBounds(localDateOf(instant, settings.timeZone), settings.timeZone);

/** The weekly cap of a week (period), in ms: the one in force in it, after its days off. */
export const weeklyLimit =
  (settings: Settings) =>
  (period: Period): number =>
    weeklyCapMinutesAt(settings, period.start) * MINUTE;

/** The daily cap of a day (period), in ms; null when none is in force that day. */
export const dailyLimit =
  (settings: Settings) =>
  (period: Period): number | null => {
    const minutes = dailyCapMinutesAt(settings, period.start);
    return minutes === null ? null : minutes * MINUTE;
  };

/** Milliseconds of work the spans log inside [from, to). */
export function workMs(spans: readonly Span[], areaOf: AreaOf, from: number, to: number): number {
  let ms = 0;
  for (const s of spans) if (areaOf(s.categoryId) === 'work') ms += overlapMs(s.start, s.end, from, to);
  return ms;
}

/**
 * The instant a work timer adding from `at` brings `usedMs` to `limitMs` (it adds one minute a minute, so after
 * exactly the time that is left); null when the limit is reached already, or the period ends or the timer stops
 * adding (`addsUntil`: the entry it runs into) first.
 */
function reachedBeforeEnd(at: number, usedMs: number, limitMs: number, period: Period, addsUntil = Infinity): number | null {
  const reached = at + (limitMs - usedMs);
  return usedMs < limitMs && reached < period.end && reached <= addsUntil ? reached : null;
}

/**
 * The first instant from `from` on at which the work logged in its period (week, day) reaches its limit (one for all,
 * or each period's own; null: none in that period), with a work timer adding over `run` (its stretch; null: none
 * runs); null if that does not happen before `until`.
 */
export function limitReachedAt(
  saved: readonly Span[],
  areaOf: AreaOf,
  run: RunStretch | null,
  limit: number | ((period: Period) => number | null),
  periodOf: PeriodOf,
  from: number,
  until: number,
): number | null {
  // From `from`, not from where the run adds: a period whose entries reach the limit already does so at `from`, even
  // while the run adds nothing (its start under an entry that ends later).
  let t = from;
  for (let i = 0; i < 400 && t < until; i++) {
    const p = periodOf(t);
    const limitMs = typeof limit === 'number' ? limit : limit(p);
    if (limitMs === null) {
      t = p.end;
      continue;
    }
    const used = workMs(saved, areaOf, p.start, p.end) + (run === null ? 0 : overlapMs(run.from, Math.min(t, run.until), p.start, p.end));
    if (used >= limitMs) return t;
    const reached = run === null || t >= run.until ? null : reachedBeforeEnd(Math.max(t, run.from), used, limitMs, p, run.until);
    if (reached !== null) return reached < until ? reached : null;
    t = p.end;
  }
  return null;
}
