// The nudge schedule: the one next nudge, its instant, kind and text. The main process sets one timer to `at` and asks
// again after showing it. Asked again at `at`, the schedule answers the same nudge until it is in pastNudges.
//
// Rules, for every kind but lock-stopped (the lock's own event, never held back):
// - quiet hours: a nudge due inside them moves to their end if it still makes sense then, else it is dropped;
// - a snooze (for all kinds or for this one) holds it back to the snooze's end on the same terms;
// - the cool-down: nothing of a kind within settings.nudges.cooldownMinutes of the last one of that kind;
// - the spacing: nothing at all within the same minutes of the last nudge of any kind, so several boundaries met at
//   once come as one nudge, the most pressing, with the others folded into it (a pile of toasts is what makes
//   people turn nudges off), and another kind due within the spacing waits for its end;
// - a boundary already announced (a record of the kind within the same window, off-hours stretch, day or week; for a
//   box nudge, a record of the kind about the same occurrence) is not announced again; a disabled kind is never scheduled.
// lock-stopped comes at the stop instant; only a second one for the same running timer waits out the cool-down.
import type { Category, Entry, NudgeKind, NudgeRecord, NudgeRef, ScheduledNudge, RunningTimer, Settings, Snooze, Unlock } from '../model';
import type { Timebox } from '../planModel';
import { nudgeCandidates, NUDGE_HORIZON, type NudgeCandidate } from './nudgeCandidates';
import { boxCandidates, boxStartingLead, type BoxNudgeState } from './nudgeTimeboxes';
import { DAY, MINUTE, addDays, dayBounds, fromLocal, localDateOf, parseHHmm } from './time';
import type { Interval } from './windows';

export interface NudgeScheduleInput {
  settings: Settings;
  categories: readonly Category[];
  entries: readonly Entry[];
  timer: RunningTimer | null;
  snoozes: readonly Snooze[];
  pastNudges: readonly NudgeRecord[];
  now: number;
  /** Unlocks move a hard lock's stop; absent, none is in force. */
  unlocks?: readonly Unlock[];
  /** The timeboxes, for the box nudges; absent, no box nudge is scheduled. Only the occurrences near `now` are expanded. */
  timeboxes?: readonly Timebox[];
}

/** How far ahead boxes are expanded first: a day's plan and the next, whatever the years of series behind it. */
export const BOX_LOOKAHEAD = 2 * DAY;

/** At one instant, the more pressing kind goes first. */
const PRIORITY: readonly NudgeKind[] = [
  'lock-stopped',
  'cap-reached',
  'daily-cap-reached',
  'cap-warning',
  'window-ending',
  'box-ending',
  'wrap-up',
  'off-hours-work',
  'weekend-work',
  'box-starting',
  'box-missed',
  'fitness-gap',
  'family-gap',
];

export function scheduleNextNudge(input: NudgeScheduleInput): ScheduledNudge | null {
  const state: BoxNudgeState = { ...input, unlocks: input.unlocks ?? [], timeboxes: input.timeboxes ?? [] };
  const others = nudgeCandidates(state);
  let to = input.now + BOX_LOOKAHEAD;
  let best = pick(input, [...others, ...boxCandidates(state, to)]);
  if (state.timeboxes.length === 0) return best;
  // A box beyond `to` starts at `to` or later, so its nudges come at the earliest a lead before `to`: an answer
  // sooner than that is whole. Else the boxes are expanded further (rarely: nothing is due for about two days).
  const lead = boxStartingLead(state);
  if (best === null) {
    to = input.now + NUDGE_HORIZON;
    best = pick(input, [...others, ...boxCandidates(state, to)]);
  }
  if (best !== null && best.at >= to - lead) best = pick(input, [...others, ...boxCandidates(state, best.at + lead + MINUTE)]);
  return best;
}

/**
 * The candidate shown first: per kind the first that survives its rules, then the earliest, the more pressing on a
 * tie; the other kinds due at that same instant are folded into it.
 */
function pick(input: NudgeScheduleInput, candidates: readonly NudgeCandidate[]): ScheduledNudge | null {
  const { settings, now } = input;
  const due: ScheduledNudge[] = [];
  let lastShown: number | null = null;
  for (const r of input.pastNudges) if (r.at <= now && (lastShown === null || r.at > lastShown)) lastShown = r.at;
  const byKind = new Map<NudgeKind, NudgeCandidate[]>();
  for (const c of candidates) {
    if (settings.nudges.enabled[c.kind] === false) continue;
    byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c]);
  }
  for (const [kind, ofKind] of byKind) {
    const records = input.pastNudges.filter((r) => r.kind === kind);
    // Within a kind the candidates come in order: the first that survives is that kind's next nudge.
    for (const c of [...ofKind].sort((a, b) => a.at - b.at)) {
      if (c.ref ? records.some((r) => sameOccurrence(r.ref, c.ref!)) : records.some((r) => c.announced.start <= r.at && r.at < c.announced.end)) continue;
      const at = place(c, records, lastShown, input.snoozes, settings, now);
      if (at === null) continue;
      due.push({ at, kind, text: c.text(at), ...(c.ref ? { ref: c.ref } : {}) });
      break;
    }
  }
  if (due.length === 0) return null;
  due.sort((a, b) => a.at - b.at || PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
  const [best, ...rest] = due as [ScheduledNudge, ...ScheduledNudge[]];
  // The lock's stop is its own event; everything else due at the same instant is said once, in the first.
  const folded = best.kind === 'lock-stopped' ? [] : rest.filter((n) => n.at === best.at && n.kind !== 'lock-stopped');
  return folded.length === 0 ? best : { ...best, folded: folded.map(({ kind, text, ref }) => ({ kind, text, ...(ref ? { ref } : {}) })) };
}

function sameOccurrence(a: NudgeRef | undefined, b: NudgeRef): boolean {
  return a !== undefined && a.boxId === b.boxId && a.start === b.start;
}

/**
 * When the candidate can be shown, after the cool-down, snoozes, quiet hours and its own readiness; null when that is
 * too late to matter.
 */
function place(
  c: NudgeCandidate,
  records: readonly NudgeRecord[],
  lastShown: number | null,
  snoozes: readonly Snooze[],
  settings: Settings,
  now: number,
): number | null {
  const lock = c.kind === 'lock-stopped';
  let last: number | null = null;
  for (const r of records) if (r.at >= c.cooldownFrom && (last === null || r.at > last)) last = r.at;
  const cooldown = settings.nudges.cooldownMinutes * MINUTE;
  // The lock's own stop is never held back; every other kind waits out the spacing after the last nudge shown.
  let at = lock || lastShown === null ? Math.max(c.at, now) : Math.max(c.at, now, lastShown + cooldown);
  // Each step only moves later; the rules settle within a few rounds. One that does not settle is not shown.
  let settled = false;
  for (let i = 0; i < 10 && !settled; i++) {
    let next = last === null ? at : Math.max(at, last + cooldown);
    if (!lock) {
      for (const s of snoozes) if ((s.kind === undefined || s.kind === c.kind) && s.until > next) next = s.until;
      const quiet = quietHoursAt(next, settings);
      if (quiet) next = quiet.end;
    }
    if (c.readyFrom && next < c.until) next = c.readyFrom(next);
    settled = next === at;
    at = next;
  }
  return settled && at < c.until ? at : null;
}

/**
 * The quiet-hours stretch containing the instant, or null. Quiet hours may run overnight (22:00–07:00 belongs to
 * the evening it starts on); equal start and end mean none.
 */
export function quietHoursAt(instant: number, settings: Pick<Settings, 'quietHours' | 'timeZone'>): Interval | null {
  const quiet = settings.quietHours;
  if (!quiet || quiet.start === quiet.end) return null;
  const open = parseHHmm(quiet.start);
  const close = parseHHmm(quiet.end);
  const tz = settings.timeZone;
  const today = localDateOf(instant, tz);
  for (const date of [addDays(today, -1), today]) {
    const start = fromLocal(date, Math.floor(open / 60), open % 60, tz);
    const end = fromLocal(close <= open ? addDays(date, 1) : date, Math.floor(close / 60), close % 60, tz);
    if (start <= instant && instant < end) return { start, end };
  }
  return null;
}

export type SnoozeChoice = 'snooze-15' | 'snooze-60' | 'snooze-day';

/** The end of a snooze chosen at `now`: 15 minutes, an hour, or the rest of the local day (to the next midnight). */
export function snoozeUntil(choice: SnoozeChoice, now: number, settings: Pick<Settings, 'timeZone'>): number {
  if (choice === 'snooze-15') return now + 15 * MINUTE;
  if (choice === 'snooze-60') return now + 60 * MINUTE;
  return dayBounds(localDateOf(now, settings.timeZone), settings.timeZone).end;
}
