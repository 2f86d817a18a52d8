// The window's clock held at the host's moment while it takes the first screen over, and let go once.
import { describe, expect, it, vi } from 'vitest';
import { holdClock, whenClockReleased } from '../../../renderer/firstScreen/heldClock';

describe('holdClock', () => {
  it('reads the held moment until released, then the own clock; those waiting are told once, and a call off holds', () => {
    let own = 5_000;
    const held = holdClock(1_000, () => own);
    const told = vi.fn();
    const calledOff = vi.fn();
    whenClockReleased(held.clock, told);
    whenClockReleased(held.clock, calledOff)();
    expect(held.clock()).toBe(1_000);
    own = 6_000;
    expect(held.clock()).toBe(1_000);
    held.release();
    expect(held.clock()).toBe(6_000);
    expect(told).toHaveBeenCalledTimes(1);
    expect(calledOff).not.toHaveBeenCalled();
    held.release();
    expect(told).toHaveBeenCalledTimes(1);
    // Let go, or never held: nothing to wait for, and nothing is ever told.
    const late = vi.fn();
    whenClockReleased(held.clock, late)();
    whenClockReleased(() => own, late);
    expect(late).not.toHaveBeenCalled();
  });
});
