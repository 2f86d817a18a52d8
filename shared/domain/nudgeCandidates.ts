// The nudges the logged time and the running timer call for, kind by kind, each with when it is due, until when it
// still makes sense, and which earlier record of its kind would mean it was announced already. nudgeSchedule picks one.
import type { NudgeKind, NudgeRef, Settings } from '../model';
import { dailyCapMinutesAt, weeklyCapMinutesAt, weeklyCapWords } from './daysOff';
import { dailyLimit, dayOf, limitReachedAt, weekOf, weeklyLimit, workMs, type PeriodOf } from './caps';
import { hardStopAt, type LockState } from './locks';
import { WEEKDAY_LONG, clockWords, durationWords, whenWords } from './words';
import { gapCandidates } from './nudgeGaps';
import { areaLookup, runStretch, spansOf, type AreaOf, type RunStretch, type Span } from './spans';
import { DAY, MINUTE, addDays, dayBounds, localDateOf, overlapMs, weekdayOf } from './time';
import { unlockedUntil } from './unlocks';
import { windowIntervals, type Interval } from './windows';

export interface NudgeCandidate {
  kind: NudgeKind;
  /** When it is due; before now means it is due now. */
  at: number;
  /** It no longer makes sense from this instant on: moved there or later by quiet hours, a snooze or a cool-down, it is dropped. */
  until: number;
  /** A record of the same kind at an instant in [start, end) means this boundary was announced already. */
  announced: Interval;
  /** Records of the same kind before this instant do not count against the cool-down. */
  cooldownFrom: number;
  /** Box nudges: the occurrence it is about. A record of the kind with the same ref means it was said already. */
  ref?: NudgeRef;
  /** The first instant from `at` on when it can be shown (a Start the hard lock allows); absent, any. */
  readyFrom?: (at: number) => number;
  text: (at: number) => string;
}

/** How far ahead the schedule looks. It is asked again after every nudge, so a week and a day is plenty. */
export const NUDGE_HORIZON = 8 * DAY;
const NONE: Interval = { start: 0, end: 0 };
const EVENING = 6 * 60 * MINUTE;

interface Context {
  state: LockState;
  settings: Settings;
  tz: string;
  now: number;
  areaOf: AreaOf;
  saved: Span[];
  /** The running work timer's start; it runs on until `runEnd` (a hard lock's stop or the entry it runs into, else forever). */
  timerStart: number;
  /** Where it adds time: from its start (or the end of an entry over it) to the entry it runs into, if one is ahead. */
  run: RunStretch;
  runEnd: number;
  windows: Interval[];
  rangeEnd: number;
}

/** Every candidate, in order of `at` within each kind. */
export function nudgeCandidates(state: LockState): NudgeCandidate[] {
  const { settings, now, timer } = state;
  const areaOf = areaLookup(state.categories);
  const found: NudgeCandidate[] = [...gapCandidates(state, areaOf, 'fitness'), ...gapCandidates(state, areaOf, 'family')];
  if (!timer || areaOf(timer.categoryId) !== 'work') return found;
  const stop = hardStopAt(state);
  const rangeEnd = now + NUDGE_HORIZON;
  const run = runStretch(state.entries, timer, rangeEnd);
  const ctx: Context = {
    state,
    settings,
    tz: settings.timeZone,
    now,
    areaOf,
    saved: spansOf(state.entries, null, now),
    timerStart: timer.start,
    run,
    // A timer that runs into an entry saved ahead adds nothing after it: its stop saves up to there (savedRun).
    runEnd: Math.min(stop ? stop.at : Infinity, run.until),
    // From before the timer started (or a day back), so the window or gap it runs in is seen whole.
    windows: windowIntervals(Math.min(timer.start, now) - DAY, rangeEnd, settings),
    rangeEnd,
  };
  if (stop) found.push(lockStopped(ctx, stop.at, stop.why));
  return [...found, ...windowEnding(ctx), ...offHours(ctx), ...wrapUp(ctx), ...weekend(ctx), ...capCrossings(ctx), ...dailyCap(ctx)];
}

function lockStopped(ctx: Context, at: number, why: 'window-end' | 'weekly-cap' | 'daily-cap'): NudgeCandidate {
  const { settings, tz } = ctx;
  // An unlock ending here is what let the timer run this far: say so.
  const unlockEnded = ctx.state.unlocks.some((u) => u.activeUntil === at) && unlockedUntil(ctx.state.unlocks, at) === null;
  const windowEnded = ctx.windows.some((w) => w.end === at);
  const capMs = why === 'weekly-cap' ? weeklyCapMinutesAt(settings, at) * MINUTE : why === 'daily-cap' ? (dailyCapMinutesAt(settings, at) ?? 0) * MINUTE : null;
  const cap = capMs === null ? null : why === 'weekly-cap' ? weeklyCapWords(settings, at) : `your daily cap of ${durationWords(capMs)}`;
  // Work may be well past a cap where the stop falls (an unlock let it run on, a cap lowered under it): then the words
  // say by how much, rather than that the cap was just reached.
  const past = () => {
    const period = (why === 'weekly-cap' ? weekOf(settings) : dayOf(settings))(at);
    const used = usedAt(ctx, at, period);
    return capMs !== null && used > capMs ? `past ${cap}, with ${durationWords(used)} of work ${why === 'weekly-cap' ? 'this week' : 'today'}` : null;
  };
  const over = cap ? past() : null;
  const cause = unlockEnded
    ? `Your unlock ended at ${clockWords(at, tz)} and ${cap ? `you're ${over ?? `at ${cap}`}` : 'it is outside your work windows'}`
    : cap
      ? over
        ? `You're ${over}`
        : `You've reached ${cap}`
      : windowEnded
        ? `Your work window ended at ${clockWords(at, tz)}`
        : "It's outside your work windows";
  // A lock event is never held back: only a repeat for the same running timer waits out the cool-down.
  return { kind: 'lock-stopped', at, until: Infinity, announced: NONE, cooldownFrom: ctx.timerStart, text: () => `${cause}: the hard lock stopped the work timer.` };
}

function windowEnding(ctx: Context): NudgeCandidate[] {
  const lead = ctx.settings.nudges.windowEndingMinutes * MINUTE;
  return ctx.windows
    .filter((w) => w.end > ctx.now && w.end > ctx.timerStart && w.end < ctx.rangeEnd)
    .map((w) => ({
      kind: 'window-ending' as const,
      at: Math.max(w.end - lead, w.start, ctx.timerStart),
      until: Math.min(w.end, ctx.runEnd),
      announced: w,
      cooldownFrom: -Infinity,
      text: (at: number) => `Your work window ends at ${clockWords(w.end, ctx.tz)}, ${inMinutes(w.end - at)}. Time to wrap up.`,
    }));
}

function offHours(ctx: Context): NudgeCandidate[] {
  const { windows } = ctx;
  const gaps: Interval[] = [];
  for (let i = 0; i <= windows.length; i++) {
    const start = i === 0 ? -Infinity : windows[i - 1]!.end;
    const end = i === windows.length ? ctx.rangeEnd : windows[i]!.start;
    if (end > start) gaps.push({ start, end });
  }
  return gaps
    .filter((g) => g.end > ctx.now && g.end > ctx.timerStart && g.start < ctx.runEnd && g.start < ctx.rangeEnd)
    .map((g) => {
      const crossing = Math.max(ctx.timerStart, g.start);
      const ranThrough = ctx.timerStart < g.start;
      return {
        kind: 'off-hours-work' as const,
        at: crossing,
        until: Math.min(g.end, ctx.runEnd),
        // A new timer started in the same off-hours stretch is a new crossing; the cool-down spaces them.
        announced: { start: crossing, end: g.end },
        cooldownFrom: -Infinity,
        text: (at: number) => {
          const next = g.end < ctx.rangeEnd ? ` Your next window opens ${whenWords(g.end, at, ctx.tz)}.` : '';
          return ranThrough
            ? `Your work window ended at ${clockWords(g.start, ctx.tz)} and the work timer is still running.${next}`
            : `The work timer is running outside your work windows.${next}`;
        },
      };
    });
}

/**
 * At the end of the day's last window (no other window opens before that local day is over), while the timer runs.
 * It makes sense for the evening: until the next window opens, at most six hours.
 */
function wrapUp(ctx: Context): NudgeCandidate[] {
  const found: NudgeCandidate[] = [];
  ctx.windows.forEach((w, i) => {
    const next = ctx.windows[i + 1];
    // The day the window ended in: a window closing at midnight ends the day before.
    const day = dayOf(ctx.settings)(w.end - 1);
    if (next && next.start < day.end) return;
    if (w.end <= ctx.now - EVENING || w.end <= ctx.timerStart || w.end >= ctx.rangeEnd) return;
    found.push({
      kind: 'wrap-up',
      at: w.end,
      until: Math.min(w.end + EVENING, next ? next.start : Infinity, ctx.runEnd),
      announced: { start: w.end, end: w.end + EVENING },
      cooldownFrom: -Infinity,
      text: () => `Your work day ended at ${clockWords(w.end, ctx.tz)}. Note where you left off and what comes first next time, then stop for today.`,
    });
  });
  return found;
}

function weekend(ctx: Context): NudgeCandidate[] {
  const found: NudgeCandidate[] = [];
  let date = localDateOf(Math.max(ctx.now, ctx.timerStart), ctx.tz);
  for (let i = 0; i < 9; i++, date = addDays(date, 1)) {
    const weekday = weekdayOf(date);
    if (weekday !== 0 && weekday !== 6) continue;
    const day = dayBounds(date, ctx.tz);
    // A Saturday or Sunday with a work window is a work day for this person (their week runs Tuesday to Saturday, say):
    // work outside its window hears the off-hours nudge, as on any work day, not "can this wait until a work day?".
    if (ctx.windows.some((w) => w.start < day.end && w.end > day.start)) continue;
    const crossing = Math.max(ctx.timerStart, day.start);
    if (crossing >= ctx.rangeEnd) break;
    found.push({
      kind: 'weekend-work',
      at: crossing,
      until: Math.min(day.end, ctx.runEnd),
      announced: day,
      cooldownFrom: -Infinity,
      text: () => `It's ${WEEKDAY_LONG[weekday]} and the work timer is running. Can this wait until your next work day?`,
    });
  }
  return found;
}

/** Successive periods in which the running timer brings work to `limitMs`: when, and the period. */
function crossings(ctx: Context, limit: (period: Interval) => number | null, periodOf: PeriodOf): Array<{ at: number; period: Interval }> {
  const found: Array<{ at: number; period: Interval }> = [];
  let t = ctx.now;
  for (let i = 0; i < 12 && t < ctx.rangeEnd; i++) {
    const at = limitReachedAt(ctx.saved, ctx.areaOf, ctx.run, limit, periodOf, t, ctx.rangeEnd);
    if (at === null) break;
    const period = periodOf(at);
    found.push({ at, period });
    t = period.end;
  }
  return found;
}

function usedAt(ctx: Context, at: number, period: Interval): number {
  return workMs(ctx.saved, ctx.areaOf, period.start, period.end) + overlapMs(ctx.run.from, Math.min(at, ctx.run.until), period.start, period.end);
}

function capCrossings(ctx: Context): NudgeCandidate[] {
  const { settings } = ctx;
  // Each week has its own cap: the one in force in it, after its days off.
  const capOf = weeklyLimit(settings);
  const weeks = weekOf(settings);
  const reached: NudgeCandidate[] = crossings(ctx, capOf, weeks).map(({ at, period }) => ({
    kind: 'cap-reached',
    at,
    until: Math.min(period.end, ctx.runEnd),
    announced: period,
    cooldownFrom: -Infinity,
    text: () => `You've reached ${weeklyCapWords(settings, period.start)}. Time to stop work for this week.`,
  }));
  const warnOf = (period: Interval) => Math.round((capOf(period) * settings.nudges.capWarningPercent) / 100);
  const warnings: NudgeCandidate[] = crossings(ctx, warnOf, weeks).map(({ at, period }) => {
    const capMs = capOf(period);
    const cap = durationWords(capMs);
    // The warning makes sense until the cap itself is reached: then cap-reached says more.
    const capAt = limitReachedAt(ctx.saved, ctx.areaOf, ctx.run, capMs, weeks, at, period.end);
    return {
      kind: 'cap-warning',
      at,
      until: Math.min(period.end, ctx.runEnd, capAt ?? Infinity),
      announced: period,
      cooldownFrom: -Infinity,
      text: (when: number) => {
        const used = usedAt(ctx, when, period);
        const percent = capMs > 0 ? Math.floor((used / capMs) * 100) : 100;
        return `You've used ${percent}% of your weekly cap: ${durationWords(used)} of ${cap}, ${durationWords(capMs - used)} left this week.`;
      },
    };
  });
  return [...warnings, ...reached];
}

function dailyCap(ctx: Context): NudgeCandidate[] {
  const capOf = dailyLimit(ctx.settings);
  return crossings(ctx, capOf, dayOf(ctx.settings)).map(({ at, period }) => ({
    kind: 'daily-cap-reached',
    at,
    until: Math.min(period.end, ctx.runEnd),
    announced: period,
    cooldownFrom: -Infinity,
    text: () => `You've reached your daily cap of ${durationWords(capOf(period) ?? 0)} of work. Time to call it a day.`,
  }));
}

export function inMinutes(ms: number): string {
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 1) return 'in under a minute';
  return minutes === 1 ? 'in 1 minute' : `in ${minutes} minutes`;
}
