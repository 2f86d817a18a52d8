// Gap nudges: no fitness (or family) time logged for N days. Due when the gap reaches N days, shown at a friendly
// hour of the day rather than at whatever minute the last session happened to end.
import { settingsInForce } from './boundaries';
import { GAP_LOOKBACK_DAYS } from './gaps';
import type { LockState } from './locks';
import type { NudgeCandidate } from './nudgeCandidates';
import { spansOf, type AreaOf } from './spans';
import { DAY, MINUTE, addDays, dayBounds, fromLocal, localDateOf, toLocal, type CalendarDate } from './time';
import { windowIntervals, type DatedSettings } from './windows';

/**
 * No fitness (family) logged for N days: due N local days after the last logged minute, at the same wall-clock time,
 * and shown at the first friendly hour from then on: the end of that day's last work window, or 18:00 on a day
 * without one. Never logged in the present stretch of logging (loggingSince): counted from that stretch's start. Not
 * scheduled when the area's target is 0, nor while that stretch has ended (nothing logged for GAP_LOOKBACK_DAYS).
 */
export function gapCandidates(state: LockState, areaOf: AreaOf, area: 'fitness' | 'family'): NudgeCandidate[] {
  const { settings, now } = state;
  const tz = settings.timeZone;
  const days = area === 'fitness' ? settings.nudges.fitnessGapDays : settings.nudges.familyGapDays;
  // The target in force this week: a gap nudge is about now.
  const { targets } = settingsInForce(settings, localDateOf(now, tz));
  const target = area === 'fitness' ? targets.fitnessMinutes : targets.familyMinutes;
  if (target === 0) return [];
  const spans = spansOf(state.entries, state.timer, now).filter((s) => s.start <= now);
  const timerStarted = state.timer !== null && state.timer.start <= now ? state.timer : null;
  const since = loggingSince(timerStarted ? [...spans, { start: timerStarted.start, end: now }] : spans, now);
  if (since === null) return [];
  const ofArea = spans.filter((s) => areaOf(s.categoryId) === area);
  // A timer of the area running (even one started this very instant) closes the gap now.
  const last =
    timerStarted && areaOf(timerStarted.categoryId) === area
      ? now
      : ofArea.reduce((latest, s) => Math.max(latest, Math.min(s.end, now)), since);
  const lastLocal = toLocal(last, tz);
  const dueDate = addDays(localDateOf(last, tz), days);
  const due = fromLocal(dueDate, lastLocal.hour, lastLocal.minute, tz) + (last % MINUTE);
  let at = friendlyHour(dueDate, settings);
  if (at < due) at = friendlyHour(addDays(dueDate, 1), settings);
  const kind = area === 'fitness' ? 'fitness-gap' : 'family-gap';
  return [
    {
      kind,
      at,
      until: Infinity,
      // One nudge per gap: any record since the last logged minute.
      announced: { start: last, end: Infinity },
      cooldownFrom: -Infinity,
      text: (when) => {
        const n = Math.max(days, Math.floor((when - last) / DAY));
        return area === 'fitness'
          ? `No fitness logged for ${n} days. Time for a walk, a run or a workout?`
          : `No family time logged for ${n} days. Time to call someone or plan something together?`;
      },
    },
  ];
}

/**
 * Where the present stretch of logging began: the first span after the last time nothing at all was logged for more
 * than GAP_LOOKBACK_DAYS (the longest a gap nudge can be set to), as between history imported from years ago and a
 * first day here; null when that stretch has ended, nothing logged in the last GAP_LOOKBACK_DAYS. Days outside it say
 * nothing about fitness or family: a gap is never counted from before it, as the gap card reads no further back.
 */
function loggingSince(spans: readonly { start: number; end: number }[], now: number): number | null {
  const pause = GAP_LOOKBACK_DAYS * DAY;
  let since: number | null = null;
  let reach = -Infinity;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (since === null || s.start - reach > pause) since = s.start;
    reach = Math.max(reach, s.end);
  }
  return since !== null && now - Math.min(reach, now) <= pause ? since : null;
}

/** The end of the date's last work window, or 18:00 local when it has none (or one that runs to midnight). */
export function friendlyHour(date: CalendarDate, settings: DatedSettings): number {
  const day = dayBounds(date, settings.timeZone);
  const windows = windowIntervals(day.start, day.end, settings);
  const last = windows[windows.length - 1];
  return last && last.end < day.end ? last.end : fromLocal(date, 18, 0, settings.timeZone);
}
