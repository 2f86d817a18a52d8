// Unlocks: the friction that lets a person past a hard lock. A typed reason, a cool-down wait, then a limited time;
// every unlock is a record, so the log shows each time the lock was set aside and why.
import type { LockRule, Settings, Unlock } from '../model';
import { fail, ok, type Result } from '../result';
import { MINUTE } from './time';

const MAX_REASON = 500;

export interface UnlockOptions {
  /** How long the unlock lasts once active; settings.unlockDurationMinutes when absent. */
  durationMinutes?: number;
  /** The record's id; the service passes one from its id source. Defaults to one derived from `now`. */
  id?: string;
  /** The rules it lifts (the ones the refusal named); every rule when absent. */
  lifts?: readonly LockRule[];
}

/**
 * A new unlock requested at `now`: active after the cool-down, for the chosen duration.
 * Refused (bad-request) without a reason, with a reason over 500 characters, or with a duration outside 1 min–24 h.
 */
export function requestUnlock(
  reason: string,
  now: number,
  settings: Pick<Settings, 'unlockCooldownSeconds' | 'unlockDurationMinutes'>,
  options: UnlockOptions = {},
): Result<Unlock> {
  const said = reason.trim();
  if (said.length === 0) return fail({ code: 'bad-request', message: 'Type a reason to unlock: it is kept in the unlock log.' });
  if (said.length > MAX_REASON) return fail({ code: 'bad-request', message: `Keep the reason under ${MAX_REASON} characters.` });
  const minutes = options.durationMinutes ?? settings.unlockDurationMinutes;
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 24 * 60) {
    return fail({ code: 'bad-request', message: 'An unlock lasts from 1 minute to 24 hours.' });
  }
  const activeFrom = now + settings.unlockCooldownSeconds * 1000;
  const lifts = options.lifts && options.lifts.length > 0 ? [...new Set(options.lifts)] : undefined;
  return ok({
    id: options.id ?? `unlock-${now.toString(36)}`,
    reason: said,
    requestedAt: now,
    activeFrom,
    activeUntil: activeFrom + minutes * MINUTE,
    ...(lifts ? { lifts } : {}),
  });
}

/** True when the unlock lifts every rule in `rules` (an unlock that names none lifts them all). */
export function unlockLifts(unlock: Unlock, rules: readonly LockRule[]): boolean {
  return !unlock.lifts || rules.every((rule) => unlock.lifts!.includes(rule));
}

/** An unlock ended early: its time runs out at `now` (one still in its cool-down never becomes active). */
export function endUnlock(unlock: Unlock, now: number): Unlock {
  if (now >= unlock.activeUntil) return unlock;
  return { ...unlock, activeFrom: Math.min(unlock.activeFrom, now), activeUntil: now };
}

/**
 * The unlock in force at `now` (cool-down over, time not run out) that lifts every rule in `rules` (any unlock when
 * none are given); of several, the one lasting longest.
 */
export function activeUnlock(unlocks: readonly Unlock[], now: number, rules: readonly LockRule[] = []): Unlock | null {
  let best: Unlock | null = null;
  for (const u of unlocks) {
    if (u.activeFrom <= now && now < u.activeUntil && unlockLifts(u, rules) && (!best || u.activeUntil > best.activeUntil)) best = u;
  }
  return best;
}

/**
 * An unlock still in its cool-down at `now` that lifts every rule in `rules` (any unlock when none are given), the one
 * that becomes active first; null when none waits.
 */
export function pendingUnlock(unlocks: readonly Unlock[], now: number, rules: readonly LockRule[] = []): Unlock | null {
  let first: Unlock | null = null;
  for (const u of unlocks) {
    if (u.requestedAt <= now && now < u.activeFrom && unlockLifts(u, rules) && (!first || u.activeFrom < first.activeFrom)) first = u;
  }
  return first;
}

/**
 * The end of the unbroken run of unlock time that covers `instant` for `rules`, chained across overlapping unlocks;
 * null if none covers it.
 */
export function unlockedUntil(unlocks: readonly Unlock[], instant: number, rules: readonly LockRule[] = []): number | null {
  let end: number | null = null;
  let t = instant;
  for (;;) {
    const covering = activeUnlock(unlocks, t, rules);
    if (!covering) return end;
    end = covering.activeUntil;
    t = end;
  }
}
