// Box nudges, from the plan: a timebox about to start (with a Start), a work box ending while work goes on, and a
// fitness or family box that passed with nothing logged in its area. Each is about one occurrence, said once for it.
import type { Category, NudgeRef } from '../model';
import type { Timebox, TimeboxOccurrence } from '../planModel';
import { decideLock, hardStopAt, type LockState } from './locks';
import { clockWords, dayWords } from './words';
import { inMinutes, type NudgeCandidate } from './nudgeCandidates';
import { areaLookup, type AreaOf } from './spans';
import { HOUR, MINUTE, localDateOf, daysBetween } from './time';
import { timeboxOccurrences } from './timeboxOccurrences';
import type { Interval } from './windows';

/** The box-starting lead when settings.nudges.boxStartingMinutes is absent (settings saved before it existed). */
export const BOX_STARTING_MINUTES = 5;
/** A work box's end is worth naming this long after it, while the work timer still runs. */
export const BOX_ENDING_GRACE = 30 * MINUTE;
/** A missed box is asked about this long after its end: time to log by hand what was done without a timer. */
export const BOX_MISSED_AFTER = 5 * MINUTE;
/** Until the next morning: overnight quiet hours hold a missed box back rather than drop it. */
export const BOX_MISSED_UNTIL = 12 * HOUR;

export interface BoxNudgeState extends LockState {
  timeboxes: readonly Timebox[];
}

const NONE: Interval = { start: 0, end: 0 };

/** The box-starting lead, in ms, with the default for settings that do not name one. */
export function boxStartingLead(state: Pick<LockState, 'settings'>): number {
  return (state.settings.nudges.boxStartingMinutes ?? BOX_STARTING_MINUTES) * MINUTE;
}

/**
 * The box nudges of the occurrences overlapping [now - BOX_MISSED_UNTIL, to): only those boxes are expanded, so a
 * plan of years of weekly series costs a few days of them.
 */
export function boxCandidates(state: BoxNudgeState, to: number): NudgeCandidate[] {
  if (state.timeboxes.length === 0) return [];
  const tz = state.settings.timeZone;
  const from = state.now - BOX_MISSED_UNTIL;
  const boxes = timeboxOccurrences(state.timeboxes, from, to, tz);
  if (boxes.length === 0) return [];
  const names = new Map(state.categories.map((c: Category) => [c.id, c.name]));
  let stop: number | undefined;
  let logged: LoggedIn | undefined;
  const ctx: BoxContext = {
    state,
    tz,
    boxes,
    areaOf: areaLookup(state.categories),
    lead: boxStartingLead(state),
    // The hard lock's stop ends the running timer's run: asked once, and only when a box depends on it.
    runEnd: () => (stop ??= hardStopAt(state)?.at ?? Infinity),
    // From the earliest box's start (they come sorted): an entry that logs part of any of them ends after it.
    logged: () => (logged ??= loggedIn(state, ctx.areaOf, boxes[0]!.start)),
    say: (o, at) => boxWords(o, names.get(o.categoryId), at, tz),
  };
  const found: NudgeCandidate[] = [];
  for (const o of boxes) {
    const ref: NudgeRef = { boxId: o.boxId, categoryId: o.categoryId, start: o.start };
    for (const c of [starting(ctx, o, ref), ending(ctx, o, ref), missed(ctx, o, ref)]) if (c) found.push(c);
  }
  return found;
}

interface BoxContext {
  state: BoxNudgeState;
  tz: string;
  boxes: readonly TimeboxOccurrence[];
  areaOf: AreaOf;
  lead: number;
  runEnd: () => number;
  logged: () => LoggedIn;
  say: (o: TimeboxOccurrence, at: number) => string;
}

/**
 * The lead before the box starts, up to as long after: not while that category's timer runs on into the box. Under the
 * hard lock a work box's nudge waits for the first instant its Start would be allowed (a window opening at the box's
 * start: then, not five minutes early), and a box the lock blocks throughout gets none: a Start that can only be
 * refused is no invitation.
 */
function starting(ctx: BoxContext, o: TimeboxOccurrence, ref: NudgeRef): NudgeCandidate | null {
  const { state } = ctx;
  const { timer, now } = state;
  const until = Math.min(o.start + ctx.lead, o.end);
  if (until <= now) return null;
  const work = ctx.areaOf(o.categoryId) === 'work';
  if (timer && timer.categoryId === o.categoryId && (!work || ctx.runEnd() > o.start)) return null;
  const hard = work && state.settings.lockMode === 'hard';
  return {
    kind: 'box-starting',
    at: o.start - ctx.lead,
    until,
    announced: NONE,
    cooldownFrom: -Infinity,
    ref,
    ...(hard ? { readyFrom: (at: number) => startAllowedFrom(state, o.categoryId, at) } : {}),
    text: (when) => `${ctx.say(o, when)} ${when < o.start ? `starts ${inMinutes(o.start - when)}` : when === o.start ? 'starts now' : `started ${minutesAgo(when - o.start)}`}.`,
  };
}

/**
 * At a work box's end, while a work timer started before that end still runs; not where another work box carries on
 * from that instant (the plan says to keep working).
 */
function ending(ctx: BoxContext, o: TimeboxOccurrence, ref: NudgeRef): NudgeCandidate | null {
  const { timer, now } = ctx.state;
  const { areaOf } = ctx;
  if (areaOf(o.categoryId) !== 'work' || !timer || areaOf(timer.categoryId) !== 'work' || timer.start >= o.end) return null;
  if (o.end + BOX_ENDING_GRACE <= now) return null;
  if (ctx.boxes.some((b) => b !== o && areaOf(b.categoryId) === 'work' && b.start <= o.end && o.end < b.end)) return null;
  return {
    kind: 'box-ending',
    at: o.end,
    until: Math.min(o.end + BOX_ENDING_GRACE, ctx.runEnd()),
    announced: NONE,
    cooldownFrom: -Infinity,
    ref,
    text: (at) => `${ctx.say(o, at)} ${at <= o.end ? 'ends now' : `ended at ${clockWords(o.end, ctx.tz)}`} and the work timer is still running. Time to wrap up.`,
  };
}

/**
 * A little after a fitness or family box ends with nothing of its area logged during it. A timer of the area that
 * started before the box ended and still runs will be logged during it, so it counts already.
 */
function missed(ctx: BoxContext, o: TimeboxOccurrence, ref: NudgeRef): NudgeCandidate | null {
  const { timer, now } = ctx.state;
  const area = ctx.areaOf(o.categoryId);
  if (area === 'work' || o.end + BOX_MISSED_UNTIL <= now) return null;
  if (timer && ctx.areaOf(timer.categoryId) === area && timer.start < o.end) return null;
  if (ctx.logged()[area].some((s) => s.start < o.end && s.end > o.start)) return null;
  const nothing = area === 'fitness' ? 'no fitness' : 'no family time';
  return {
    kind: 'box-missed',
    at: o.end + BOX_MISSED_AFTER,
    until: o.end + BOX_MISSED_UNTIL,
    announced: NONE,
    cooldownFrom: -Infinity,
    ref,
    text: (at) => `${ctx.say(o, at)} passed with ${nothing} logged. Log it if it happened, or plan another time.`,
  };
}

/** The first instant from `at` on when the hard lock would let a timer of the category start (Infinity: not soon). */
function startAllowedFrom(state: LockState, categoryId: string, at: number): number {
  const lock = decideLock({ ...state, action: 'start', categoryId, at });
  return lock.verdict !== 'blocked' ? at : (lock.nextAllowedAt ?? Infinity);
}

type LoggedIn = Record<'fitness' | 'family', Interval[]>;

/** Fitness and family entries ending after `from`: one pass over the entries, made only when a box asks. */
function loggedIn(state: LockState, areaOf: AreaOf, from: number): LoggedIn {
  const found: LoggedIn = { fitness: [], family: [] };
  for (const e of state.entries) {
    if (e.end <= from) continue;
    const area = areaOf(e.categoryId);
    if (area !== 'work') found[area].push({ start: e.start, end: e.end });
  }
  return found;
}

/** "Your Work box (09:00–12:00)", "“Deep work” (Work, 09:00–12:00)"; the box's day too when it is not the day of `at`. */
function boxWords(o: TimeboxOccurrence, category: string | undefined, at: number, tz: string): string {
  const day = daysBetween(localDateOf(o.start, tz), localDateOf(at, tz)) === 0 ? '' : `${dayWords(o.start, tz)} `;
  const when = `${day}${clockWords(o.start, tz)}–${clockWords(o.end, tz)}`;
  const name = category ?? 'planned';
  return o.title ? `“${o.title}” (${name}, ${when})` : `Your ${name} box (${when})`;
}

function minutesAgo(ms: number): string {
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 1) return 'under a minute ago';
  return minutes === 1 ? '1 minute ago' : `${minutes} minutes ago`;
}
