import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareStamps, HybridClock, parseStampText, stampText, type Stamp } from '../../../shared/sync/hybridClock';

const DAY = 86_400_000;
const T = Date.UTC(2026, 11, 6, 9);

describe('HybridClock', () => {
  it('follows the wall clock when it moves forward', () => {
    const clock = new HybridClock('laptop');
    expect(clock.tick(T)).toEqual({ wall: T, counter: 0, device: 'laptop' });
    expect(clock.tick(T + 5)).toEqual({ wall: T + 5, counter: 0, device: 'laptop' });
  });

  it('orders changes made in the same millisecond, or while the clock goes back, by the counter', () => {
    const clock = new HybridClock('laptop');
    const a = clock.tick(T);
    const b = clock.tick(T);
    const c = clock.tick(T - 60_000);
    expect(compareStamps(a, b)).toBeLessThan(0);
    expect(compareStamps(b, c)).toBeLessThan(0);
  });

  it('a device whose clock is days behind stamps its new changes after everything it has seen, and never refuses', () => {
    const desktop = new HybridClock('desktop');
    const seen = desktop.tick(T);
    const laptop = new HybridClock('laptop');
    laptop.receive(seen, T - 3 * DAY);
    const next = laptop.tick(T - 3 * DAY + 1000);
    expect(compareStamps(next, seen)).toBeGreaterThan(0);
  });

  it('a stamp from a clock days ahead is taken in without complaint', () => {
    const ahead = new HybridClock('ahead').tick(T + 5 * DAY);
    const clock = new HybridClock('laptop');
    clock.receive(ahead, T);
    expect(compareStamps(clock.tick(T), ahead)).toBeGreaterThan(0);
  });

  it('refuses a device id that could not be a folder name', () => {
    expect(() => new HybridClock('../etc')).toThrow(/device id/);
  });

  it('stamps from two devices never compare equal, and the order is total', () => {
    const a: Stamp = { wall: T, counter: 0, device: 'a' };
    const b: Stamp = { wall: T, counter: 0, device: 'b' };
    expect(compareStamps(a, b)).toBe(-1);
    expect(compareStamps(b, a)).toBe(1);
    expect(compareStamps(a, { ...a })).toBe(0);
  });

  it('every tick is after every stamp made or received before, whatever the local clock does (property)', () => {
    const event = fc.oneof(
      fc.record({ type: fc.constant('tick' as const), now: fc.integer({ min: T - 10 * DAY, max: T + 10 * DAY }) }),
      fc.record({
        type: fc.constant('receive' as const),
        now: fc.integer({ min: T - 10 * DAY, max: T + 10 * DAY }),
        remote: fc.record({ wall: fc.integer({ min: T - 10 * DAY, max: T + 10 * DAY }), counter: fc.nat(50), device: fc.constantFrom('a', 'z', 'm') }),
      }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), (events) => {
        const clock = new HybridClock('m');
        let highest: Stamp | null = null;
        for (const e of events) {
          if (e.type === 'receive') {
            clock.receive(e.remote, e.now);
            if (!highest || compareStamps(e.remote, highest) > 0) highest = e.remote;
          } else {
            const stamp = clock.tick(e.now);
            if (highest) expect(compareStamps(stamp, highest)).toBeGreaterThan(0);
            expect(stamp.wall).toBeGreaterThanOrEqual(e.now);
            highest = stamp;
          }
        }
      }),
    );
  });

  it('stamp text sorts like the stamps and reads back', () => {
    fc.assert(
      fc.property(
        fc.record({ wall: fc.integer({ min: 0, max: 8.64e15 }), counter: fc.nat(1e9), device: fc.constantFrom('a', 'b-1', 'Z_9') }),
        fc.record({ wall: fc.integer({ min: 0, max: 8.64e15 }), counter: fc.nat(1e9), device: fc.constantFrom('a', 'b-1', 'Z_9') }),
        (x, y) => {
          expect(parseStampText(stampText(x))).toEqual(x);
          const byText = stampText(x) < stampText(y) ? -1 : stampText(x) > stampText(y) ? 1 : 0;
          expect(byText).toBe(compareStamps(x, y));
        },
      ),
    );
  });
});
