import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/defaults';
import type { Unlock } from '../../../shared/model';
import { activeUnlock, pendingUnlock, requestUnlock, unlockedUntil } from '../../../shared/domain/unlocks';
import { MINUTE } from '../../../shared/domain/time';

const settings = defaultSettings('Europe/Berlin');
const now = Date.UTC(2026, 2, 24, 17, 0);

const unlock = (activeFrom: number, minutes: number, id = `u${activeFrom}`): Unlock => ({
  id,
  reason: 'release day',
  requestedAt: activeFrom - MINUTE,
  activeFrom,
  activeUntil: activeFrom + minutes * MINUTE,
});

describe('requestUnlock', () => {
  it('an unlock becomes active after the cool-down and lasts the default duration', () => {
    const result = requestUnlock('  release day  ', now, settings);
    expect(result).toEqual({
      ok: true,
      value: { id: expect.any(String), reason: 'release day', requestedAt: now, activeFrom: now + 60_000, activeUntil: now + 60_000 + 30 * MINUTE },
    });
  });

  it('the person may choose how long it lasts, and the service may give it an id', () => {
    const result = requestUnlock('on call', now, { unlockCooldownSeconds: 120, unlockDurationMinutes: 30 }, { durationMinutes: 90, id: 'id-7' });
    expect(result.ok && result.value).toMatchObject({ id: 'id-7', activeFrom: now + 120_000, activeUntil: now + 120_000 + 90 * MINUTE });
  });

  it.each([
    ['an empty reason', '', {}],
    ['a reason of only spaces', '   ', {}],
    ['a reason over 500 characters', 'x'.repeat(501), {}],
    ['a duration of 0 minutes', 'ok', { durationMinutes: 0 }],
    ['a duration over a day', 'ok', { durationMinutes: 24 * 60 + 1 }],
    ['a fractional duration', 'ok', { durationMinutes: 1.5 }],
  ])('refuses %s with a message a person can read', (_, reason, options) => {
    const result = requestUnlock(reason, now, settings, options);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('bad-request');
      expect(result.error.message.length).toBeGreaterThan(10);
    }
  });
});

describe('activeUnlock', () => {
  const u = unlock(now, 30);

  it.each([
    ['during the cool-down', now - 1, null],
    ['the instant it becomes active', now, u],
    ['in its last millisecond', now + 30 * MINUTE - 1, u],
    ['the instant it runs out', now + 30 * MINUTE, null],
  ])('%s', (_, at, expected) => {
    expect(activeUnlock([u], at)).toEqual(expected);
  });

  it('of two unlocks in force, the one lasting longer counts', () => {
    const short = unlock(now, 10, 'short');
    const long = unlock(now + MINUTE, 60, 'long');
    expect(activeUnlock([long, short], now + 2 * MINUTE)?.id).toBe('long');
  });

  it('no unlocks: none is active', () => {
    expect(activeUnlock([], now)).toBeNull();
  });
});

describe('pendingUnlock and unlockedUntil', () => {
  it('an unlock in its cool-down is pending until it becomes active', () => {
    const u = unlock(now, 30);
    expect(pendingUnlock([u], now - 30_000)).toEqual(u);
    expect(pendingUnlock([u], now)).toBeNull();
  });

  it('overlapping unlocks make one unbroken stretch; a gap between them ends it', () => {
    const a = unlock(now, 30, 'a');
    const b = unlock(now + 20 * MINUTE, 30, 'b');
    const c = unlock(now + 60 * MINUTE, 30, 'c');
    expect(unlockedUntil([a, b, c], now + 5 * MINUTE)).toBe(now + 50 * MINUTE);
    expect(unlockedUntil([a, b, c], now + 55 * MINUTE)).toBeNull();
  });
});
