// Caps: the weekly work cap and the optional daily one per local day — what is used, what is left, how far over,
// and the instant a running work timer reaches the cap.
import type { Category, RunningTimer, Settings } from '../model';
import { dailyCapMinutesAt, weekCap } from './daysOff';
import type { EntriesInput } from './entryIndex';
import { areaLookup, spansBetween, type AreaOf } from './spans';
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
 * The figures for a cap over a period, given the work already logged in it (up to now). A running work timer adds
 * one minute a minute, so it reaches the cap after exactly the time that is left.
 */
export function capStatus(capMinutes: number, usedMs: number, period: Period, now: number, workTimerRunning: boolean): CapStatus {
  const capMs = capMinutes * MINUTE;
  const inPeriod = period.start <= now && now < period.end;
  const reachesAt = now + (capMs - usedMs);
  return {
    capMinutes,
    usedMinutes: usedMs / MINUTE,
    remainingMinutes: Math.max(0, capMs - usedMs) / MINUTE,
    overCapMinutes: Math.max(0, usedMs - capMs) / MINUTE,
    reachedAt: workTimerRunning && inPeriod && usedMs < capMs && reachesAt < period.end ? reachesAt : null,
    period,
  };
}

/** The weekly cap in the week containing now. */
export function weeklyCapStatus(input: CapInput): CapStatus {
  const { settings, now } = input;
  const week = weekContaining(now, settings.timeZone, settings.weekStartsOn);
  return statusOver(input, weekCap(settings, week).capMinutes, { start: week.start, end: week.end });
}

/** The daily cap on today's local day; null when there is no daily cap. */
export function dailyCapStatus(input: CapInput): CapStatus | null {
  const { settings, now } = input;
  const dailyCap = dailyCapMinutesAt(settings, now);
  if (dailyCap === null) return null;
  return statusOver(input, dailyCap, dayBounds(localDateOf(now, settings.timeZone), settings.timeZone));
}

export function isWorkTimer(timer: RunningTimer | null, now: number, areaOf: AreaOf): boolean {
  return timer !== null && timer.start <= now && areaOf(timer.categoryId) === 'work';
}

function statusOver(input: CapInput, capMinutes: number, period: Period): CapStatus {
  const { entries, timer, now } = input;
  const areaOf = areaLookup(input.categories);
  let usedMs = 0;
  for (const s of spansBetween(entries, timer, now, period.start, period.end)) {
    if (areaOf(s.categoryId) === 'work') usedMs += overlapMs(s.start, s.end, period.start, period.end);
  }
  return capStatus(capMinutes, usedMs, period, now, isWorkTimer(timer, now, areaOf));
}

export type CapLevel = 'calm' | 'warning' | 'over';

/** How a cap stands, for a bar that says it: calm below the warning share, warning from it, over past the cap. */
export function capLevel(usedMinutes: number, capMinutes: number, warningPercent: number): CapLevel {
  if (usedMinutes > capMinutes) return 'over';
  return usedMinutes >= (capMinutes * warningPercent) / 100 ? 'warning' : 'calm';
}
