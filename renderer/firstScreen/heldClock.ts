// The window's clock while it takes the host's first screen over (drawWindow.tsx): it reads the moment the host drew
// until the window has the screen, so what the host wrote (a running timer's seconds) is what hydration finds, and
// the window's own clock after. Displays that count seconds (useNow) read it again the moment it is let go: waiting
// for their next tick kept the host's second on screen for up to a second more, then jumped two.

/** The held clocks, each with what is waiting for it to be let go. */
const waiting = new WeakMap<() => number, Set<() => void>>();

export interface HeldClock {
  clock: () => number;
  /** From now on `clock` reads `own`; whoever waits for that is told. Once: later calls do nothing. */
  release(): void;
}

export function holdClock(at: number, own: () => number): HeldClock {
  let held = true;
  const clock = () => (held ? at : own());
  const listeners = new Set<() => void>();
  waiting.set(clock, listeners);
  return {
    clock,
    release() {
      if (!held) return;
      held = false;
      waiting.delete(clock);
      for (const then of [...listeners]) then();
      listeners.clear();
    },
  };
}

/** Calls `then` once `clock` is let go, if it is a held clock not yet let go; the returned function calls that off. */
export function whenClockReleased(clock: () => number, then: () => void): () => void {
  const listeners = waiting.get(clock);
  if (!listeners) return () => undefined;
  listeners.add(then);
  return () => listeners.delete(then);
}
