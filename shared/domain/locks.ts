// Locks: one answer for every path that logs work (start, resume, manual add, edit) and the instant a hard lock stops
// a running work timer. Only work is windowed and capped: fitness and family are never locked.
import type { Category, Entry, LockDecision, LockRule, RunningTimer, Settings, Unlock } from '../model';
import { dailyLimit, dayOf, limitReachedAt, weekOf, weeklyLimit, workMs, type PeriodOf } from './caps';
import { dailyCapMinutesAt, weeklyCapMinutesAt, weeklyCapWords } from './daysOff';
import { activeUnlock, pendingUnlock, unlockedUntil } from './unlocks';
import { entrySource } from './entryIndex';
import { areaLookup, runStretch, spansOf, type AreaOf, type Span } from './spans';
import { DAY, MINUTE, addDays, daysBetween, formatDate, localDateOf, overlapMs } from './time';
import { capitalize, dateWords, dayWords, durationWords, whenWords } from './words';
import { dayOffOn, msInside, nextWindowStart, windowIntervals, type DatedSettings, type Interval } from './windows';

export type LockAction = 'start' | 'resume' | 'add' | 'edit';

export interface LockState {
  now: number;
  settings: Settings;
  categories: readonly Category[];
  entries: readonly Entry[];
  timer: RunningTimer | null;
  unlocks: readonly Unlock[];
}

export interface LockInput extends LockState {
  action: LockAction;
  categoryId: string;
  /** start / resume: when the timer would start (usually now). add / edit: the entry's start. */
  at: number;
  /** add / edit: the entry's end. */
  end?: number;
  /** edit: the entry being changed. Found in `entries`, it is judged by what the edit adds, not by what it was. */
  entryId?: string;
}

export interface HardStop {
  at: number;
  why: 'window-end' | 'weekly-cap' | 'daily-cap';
}

/** One rule an action breaks, and the sentence that says how. */
interface Problem {
  rule: LockRule;
  text: string;
}

/** The rule whose stop it is: the one an unlock must lift to carry a timer past it. */
export const RULE_OF_STOP: Record<HardStop['why'], LockRule> = { 'window-end': 'windows', 'weekly-cap': 'weekly-cap', 'daily-cap': 'daily-cap' };
const RULE_WORDS: Record<LockRule, string> = { windows: 'the work windows', 'weekly-cap': 'the weekly cap', 'daily-cap': 'the daily cap' };

/** "the work windows and the weekly cap". */
export function lockRulesWords(rules: readonly LockRule[]): string {
  const words = rules.map((r) => RULE_WORDS[r]);
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

const HORIZON = 14 * DAY;
const ALLOWED: LockDecision = { verdict: 'allowed', reasons: [], nextAllowedAt: null, needsReason: false };

/**
 * What the lock says of an action. off, or a non-work category: allowed. soft: warn, with a reason to type.
 * hard: blocked, unless an unlock is in force (at the start instant for starts, at `now` for add and edit).
 */
export function decideLock(input: LockInput): LockDecision {
  const { settings } = input;
  const areaOf = areaLookup(input.categories);
  if (settings.lockMode === 'off' || areaOf(input.categoryId) !== 'work') return ALLOWED;
  const starting = input.action === 'start' || input.action === 'resume';
  // The figures as they stand now (a running timer counts up to now), built once for every week this decision reads:
  // the action's own, and the fortnight after it and after now that the next allowed start is looked for in.
  const weeks = weekOf(settings);
  const from = weeks(Math.min(input.at, input.now)).start;
  const to = weeks(Math.max(input.end ?? input.at, input.at, input.now) + HORIZON).end;
  const spans = spansWithin(input, input.timer, from, to);
  const found = starting ? startProblems(input, areaOf, spans) : spanProblems(input, areaOf, spans);
  if (found.length === 0) return ALLOWED;
  const problems = found.map((p) => p.text);
  const rules = [...new Set(found.map((p) => p.rule))];
  if (settings.lockMode === 'soft') return { verdict: 'warn', reasons: problems, nextAllowedAt: null, needsReason: true, rules };

  const judgedAt = starting ? input.at : input.now;
  const tz = settings.timeZone;
  // An unlock lifts only the rules it was asked for: one for a start outside the windows does not lift the cap.
  const unlock = activeUnlock(input.unlocks, judgedAt, rules);
  if (unlock) {
    // Allowed, and says why: the service keeps the unlock's reason with what it allowed.
    const until = unlockedUntil(input.unlocks, judgedAt, rules) ?? unlock.activeUntil;
    return { ...ALLOWED, reasons: [...problems, `Your unlock allows it ${whenWords(until, input.now, tz, 'until')}.`], rules };
  }
  // Only an unlock that lifts every rule broken here lets it through, once active: one waiting out its cool-down that
  // lifts fewer is no promise of when this is allowed.
  const pending = pendingUnlock(input.unlocks, judgedAt, rules);
  const partial = activeUnlock(input.unlocks, judgedAt) ?? (pending ? null : pendingUnlock(input.unlocks, judgedAt));
  if (partial?.lifts) {
    const left = rules.filter((r) => !partial.lifts!.includes(r));
    problems.push(`Your unlock lifts only ${lockRulesWords(partial.lifts)}, not ${lockRulesWords(left)}.`);
  }
  let next = starting ? nextAllowedStart(input, areaOf, spans) : nextWorkAfter(input, areaOf, spans);
  if (pending && (next === null || pending.activeFrom < next)) next = pending.activeFrom;
  const howTo = pending
    ? `Your unlock starts ${whenWords(pending.activeFrom, input.now, tz)}.`
    : `The hard lock blocks this. To go ahead, ask for an unlock: ${unlockTermsWords(settings)}.`;
  return { verdict: 'blocked', reasons: [...problems, howTo], nextAllowedAt: next, needsReason: false, rules };
}

/**
 * The spans that count in [from, to): the entries found there (by the index the domain keeps for an array of
 * entries, so a decision reads the weeks it judges, not all history) and the timer. Spans outside add nothing to a
 * period inside, so every figure over a period in [from, to) is what all the spans would give.
 */
function spansWithin(state: LockState, timer: RunningTimer | null, from: number, to: number): Span[] {
  const source = entrySource(state.entries);
  return spansOf(source.between(from, to), timer, state.now, timer ? source.between(timer.start, state.now) : undefined);
}

/** A start (a running timer counts up to now: a start switches it off). */
function startProblems(input: LockInput, areaOf: AreaOf, spans: readonly Span[]): Problem[] {
  const { settings, at, now } = input;
  const tz = settings.timeZone;
  const problems: Problem[] = [];
  if (windowExit(at, settings) === at) {
    const next = nextWindowStart(at, settings, 14);
    const off = dayOffOn(settings, formatDate(localDateOf(at, tz)));
    // A day off has no work window: said as what it is, not only as the window it lacks.
    const outside = off ? `It's a day off (${off.kind}), outside your work windows` : "It's outside your work windows";
    problems.push({
      rule: 'windows',
      text: next === null ? `${outside}, and none opens in the next 14 days.` : `${outside}; the next one opens ${whenWords(next, now, tz)}.`,
    });
  }
  const capMs = weeklyCapMinutesAt(settings, at) * MINUTE;
  const week = weekOf(settings)(at);
  const weekUsed = workMs(spans, areaOf, week.start, week.end);
  if (weekUsed >= capMs) {
    const text = capMs === 0 ? `No work fits under ${weeklyCapWords(settings, at)}.` : `You've reached your weekly cap: ${durationWords(weekUsed)} of ${durationWords(capMs)} this week.`;
    problems.push({ rule: 'weekly-cap', text });
  }
  const dailyCap = dailyCapMinutesAt(settings, at);
  if (dailyCap !== null) {
    const dailyMs = dailyCap * MINUTE;
    const day = dayOf(settings)(at);
    const dayUsed = workMs(spans, areaOf, day.start, day.end);
    const which = daysBetween(localDateOf(now, tz), localDateOf(at, tz)) === 0 ? 'today' : `on ${dayWords(at, tz)}`;
    if (dayUsed >= dailyMs) problems.push({ rule: 'daily-cap', text: `You've reached your daily cap: ${durationWords(dayUsed)} of ${durationWords(dailyMs)} ${which}.` });
  }
  return problems;
}

/** ", on Wed 9 Dec, a day off (vacation)": the days off a span touches, which have no work window; "" for none. */
function daysOffWords(start: number, end: number, settings: Settings): string {
  const tz = settings.timeZone;
  const last = localDateOf(end - 1, tz);
  const off: string[] = [];
  for (let date = localDateOf(start, tz), i = 0; daysBetween(date, last) >= 0 && i < 3; date = addDays(date, 1), i++) {
    const day = dayOffOn(settings, formatDate(date));
    if (day) off.push(`${dateWords(day.date)}, a day off (${day.kind})`);
  }
  return off.length > 0 ? `, on ${off.join(' and ')}` : '';
}

/** Manual spans: the part outside the windows and any week or day it would push past its cap. */
function spanProblems(input: LockInput, areaOf: AreaOf, spans: readonly Span[]): Problem[] {
  const { settings } = input;
  const tz = settings.timeZone;
  const start = input.at;
  const end = input.end ?? input.at;
  if (end <= start) return [];
  const old = input.entryId === undefined ? undefined : input.entries.find((e) => e.id === input.entryId);
  const before = old && areaOf(old.categoryId) === 'work' ? old : null;
  // The others are every span but the edited entry's (if it has one: an entry saved under the running timer's id
  // counts as the timer), taken off the shared spans' sums rather than building them all again without it.
  const oldSpans = old ? spansOf([old], input.timer, input.now).filter((s) => !s.running) : [];
  const problems: Problem[] = [];
  // An edit answers only for what it adds: a note fixed on an entry logged past a lock is not a new offence.
  const outside = outsideMs(start, end, settings) - (before ? outsideMs(Math.max(start, before.start), Math.min(end, before.end), settings) : 0);
  if (outside > 0) problems.push({ rule: 'windows', text: `${capitalize(durationWords(outside))} of it falls outside your work windows${daysOffWords(start, end, settings)}.` });

  // Each week and day is judged against its own cap: the one in force then, after that week's days off.
  const judge = (rule: LockRule, limitOf: (p: Interval) => number | null, periodOf: PeriodOf, say: (p: Interval, total: number, limitMs: number) => string) => {
    for (let t = start, i = 0; t < end && i < 400; i++) {
      const p = periodOf(t);
      const limitMs = limitOf(p);
      const others = workMs(spans, areaOf, p.start, p.end) - workMs(oldSpans, areaOf, p.start, p.end);
      const total = others + overlapMs(start, end, p.start, p.end);
      const was = others + (before ? overlapMs(before.start, before.end, p.start, p.end) : 0);
      if (limitMs !== null && total > limitMs && total > was) problems.push({ rule, text: say(p, total, limitMs) });
      t = p.end;
    }
  };
  judge('weekly-cap', weeklyLimit(settings), weekOf(settings), (p, total) =>
    `It would bring the week starting ${dayWords(p.start, tz)} to ${durationWords(total)} of work, past ${weeklyCapWords(settings, p.start, 'that')}.`,
  );
  judge('daily-cap', dailyLimit(settings), dayOf(settings), (p, total, dailyMs) =>
    `It would bring ${dayWords(p.start, tz)} to ${durationWords(total)} of work, past your daily cap of ${durationWords(dailyMs)}.`,
  );
  return problems;
}

/** The first instant from `at` on, within 14 days, when a start would pass every rule, with the figures as they stand now. */
function nextAllowedStart(input: LockInput, areaOf: AreaOf, spans: readonly Span[]): number | null {
  const { settings } = input;
  const limit = input.at + HORIZON;
  let t = input.at;
  while (t <= limit) {
    const week = weekOf(settings)(t);
    if (workMs(spans, areaOf, week.start, week.end) >= weeklyCapMinutesAt(settings, t) * MINUTE) {
      t = week.end;
      continue;
    }
    const day = dayOf(settings)(t);
    const dailyCap = dailyCapMinutesAt(settings, t);
    if (dailyCap !== null && workMs(spans, areaOf, day.start, day.end) >= dailyCap * MINUTE) {
      t = day.end;
      continue;
    }
    const open = nextWindowStart(t, settings, 15);
    if (open === null) return null;
    if (open === t) return t;
    t = open;
  }
  return null;
}

/**
 * For an add or edit: when logging work opens again, seen from now (the next instant a start would pass), so a refused
 * edit tells the same time a refused start does. Null when work is open now (only the span itself is refused) or
 * nothing opens within 14 days.
 */
function nextWorkAfter(input: LockInput, areaOf: AreaOf, spans: readonly Span[]): number | null {
  const next = nextAllowedStart({ ...input, at: input.now }, areaOf, spans);
  return next !== null && next > input.now ? next : null;
}

/**
 * When hard mode must stop the running work timer: the first instant from `now` on that is outside the windows or at
 * a cap, and not covered by an unlock (an unlock moves the stop to its end, if the timer is still outside or past
 * then). Null in other modes, for a non-work timer, or when nothing stops it within 14 days. On a tie the cap is named.
 */
export function hardStopAt(input: LockState): HardStop | null {
  const { settings, timer, now } = input;
  if (settings.lockMode !== 'hard' || !timer) return null;
  const areaOf = areaLookup(input.categories);
  if (areaOf(timer.categoryId) !== 'work') return null;
  const until = now + HORIZON;
  const weeks = weekOf(settings);
  const saved = spansWithin(input, null, weeks(now).start, weeks(until).end);
  const run = runStretch(input.entries, timer, until);
  let t = Math.max(now, timer.start);
  for (let i = 0; i < 100 && t < until; i++) {
    const candidates: HardStop[] = [];
    const weekly = limitReachedAt(saved, areaOf, run, weeklyLimit(settings), weekOf(settings), t, until);
    if (weekly !== null) candidates.push({ at: weekly, why: 'weekly-cap' });
    const daily = limitReachedAt(saved, areaOf, run, dailyLimit(settings), dayOf(settings), t, until);
    if (daily !== null) candidates.push({ at: daily, why: 'daily-cap' });
    const exit = windowExit(t, settings);
    if (exit !== null) candidates.push({ at: exit, why: 'window-end' });
    if (candidates.length === 0) return null;
    // The earliest stop no unlock covers for its own rule: one for the windows does not carry the timer past the cap
    // reached while it lasts. Past the first covered run's end, the rules are judged again from there.
    candidates.sort((a, b) => a.at - b.at);
    let resume = Infinity;
    for (const stop of candidates) {
      if (stop.at >= resume) break;
      const covered = unlockedUntil(input.unlocks, stop.at, [RULE_OF_STOP[stop.why]]);
      if (covered === null) return stop;
      resume = Math.min(resume, covered);
    }
    t = resume;
  }
  return null;
}

/** `instant` itself when it is off-hours, else the end of the window it is in; null when that window runs past 15 days. */
export function windowExit(instant: number, settings: DatedSettings): number | null {
  const reach = instant + 15 * DAY;
  // windowAt would report a window clipped at its look-ahead as ending there: read the intervals directly.
  const first = windowIntervals(instant, reach, settings)[0];
  if (!first || first.start > instant) return instant;
  return first.end >= reach ? null : first.end;
}

function outsideMs(start: number, end: number, settings: Settings): number {
  if (end <= start) return 0;
  return end - start - msInside(windowIntervals(start, end, settings), start, end);
}

/** "a reason and a 60-second wait", as the unlock dialog will ask. */
function unlockTermsWords(settings: Pick<Settings, 'unlockCooldownSeconds'>): string {
  const s = settings.unlockCooldownSeconds;
  if (s === 0) return 'a reason';
  return s < 120 ? `a reason and a ${s}-second wait` : `a reason and a wait of ${durationWords(s * 1000)}`;
}
