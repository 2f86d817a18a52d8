// Fake timers on the fake clock, the way a machine runs them: a timer counts elapsed (monotonic) time, so when the
// machine sleeps or the wall clock jumps, it fires late or early by the wall clock. Tests run whole weeks through it.
import type { TimerHandle, Timers } from '../../electron/ports';
import type { FakeClock } from './testHost';

export interface FakeTimers extends Timers {
  /** Timers set and not yet fired or cleared. */
  readonly pending: number;
  /** The wall-clock instant the next timer fires at, or null. */
  nextAt(): number | null;
  /** How many timers have fired so far. */
  readonly fired: number;
  /** The most timers pending at once so far. */
  readonly peak: number;
  /** Lets time pass to `instant`, firing every timer due on the way in order, the clock at each one's instant. */
  runTo(instant: number): void;
  advance(ms: number): void;
  /**
   * The wall clock moves by `ms` while elapsed time does not: a sleep (ms > 0: timers fire that much late) or a
   * clock set back or forward. Nothing fires during the jump itself.
   */
  jump(ms: number): void;
}

interface Pending {
  id: number;
  /** Elapsed-time instant it fires at. */
  due: number;
  callback: () => void;
}

export function fakeTimers(clock: FakeClock): FakeTimers {
  /** Wall clock minus elapsed time: grows with every sleep or jump. */
  let offset = 0;
  let serial = 0;
  let fired = 0;
  let peak = 0;
  const timers = new Map<number, Pending>();
  const elapsed = () => clock.now() - offset;
  const earliest = (): Pending | null => {
    let first: Pending | null = null;
    for (const t of timers.values()) if (!first || t.due < first.due || (t.due === first.due && t.id < first.id)) first = t;
    return first;
  };
  const api: FakeTimers = {
    setTimeout(callback: () => void, ms: number): TimerHandle {
      const id = ++serial;
      timers.set(id, { id, due: elapsed() + Math.max(0, ms), callback });
      peak = Math.max(peak, timers.size);
      return id;
    },
    clearTimeout(handle: TimerHandle) {
      timers.delete(handle as number);
    },
    get pending() {
      return timers.size;
    },
    get fired() {
      return fired;
    },
    get peak() {
      return peak;
    },
    nextAt() {
      const first = earliest();
      return first ? first.due + offset : null;
    },
    runTo(instant: number) {
      for (let guard = 0; guard < 1_000_000; guard++) {
        const first = earliest();
        if (!first || first.due + offset > instant) break;
        timers.delete(first.id);
        clock.set(first.due + offset);
        fired++;
        first.callback();
      }
      if (instant > clock.now()) clock.set(instant);
    },
    advance(ms: number) {
      api.runTo(clock.now() + ms);
    },
    jump(ms: number) {
      clock.advance(ms);
      offset += ms;
    },
  };
  return api;
}
