// A hybrid logical clock: stamps that follow wall time when clocks agree and causality when they do not. A device
// whose clock runs hours or days behind still stamps its new changes after everything it has seen, and nothing
// refuses a stamp for drift (Actual Budget's "maximum clock drift" stop is the failure this avoids).

export interface Stamp {
  /** Milliseconds since the epoch: the largest wall time this device had seen when it made the stamp. */
  readonly wall: number;
  /** Orders stamps made within one wall millisecond (or while the local clock lags what was seen). */
  readonly counter: number;
  /** Breaks the last tie, so no two devices ever make equal stamps. */
  readonly device: string;
}

/** A total order: wall, then counter, then device id. */
export function compareStamps(a: Stamp, b: Stamp): number {
  if (a.wall !== b.wall) return a.wall < b.wall ? -1 : 1;
  if (a.counter !== b.counter) return a.counter < b.counter ? -1 : 1;
  return a.device < b.device ? -1 : a.device > b.device ? 1 : 0;
}

export function maxStamp(a: Stamp, b: Stamp): Stamp {
  return compareStamps(a, b) >= 0 ? a : b;
}

const WALL_DIGITS = 16;
const COUNTER_DIGITS = 8;

/**
 * The stamp as text that sorts like `compareStamps` (fixed-width wall and counter): used in snapshot file names.
 * Device ids are restricted to [A-Za-z0-9_-] by `isDeviceId`, so the text is safe in a file name too.
 */
export function stampText(stamp: Stamp): string {
  return `${String(stamp.wall).padStart(WALL_DIGITS, '0')}-${stamp.counter.toString(36).padStart(COUNTER_DIGITS, '0')}-${stamp.device}`;
}

export function parseStampText(text: string): Stamp | null {
  const match = /^(\d{16})-([0-9a-z]{8})-([A-Za-z0-9_-]{1,64})$/.exec(text);
  if (!match) return null;
  return { wall: Number(match[1]), counter: parseInt(match[2]!, 36), device: match[3]! };
}

export function isDeviceId(id: string): boolean {
  return /^[A-Za-z0-9_-]{1,64}$/.test(id);
}

/** The clock of one device. Its state is the last stamp it made or saw, so it can be saved and restored. */
export class HybridClock {
  readonly device: string;
  #last: Stamp;

  constructor(device: string, last?: Stamp) {
    if (!isDeviceId(device)) throw new Error(`A device id is 1 to 64 letters, digits, '-' or '_': got "${device}".`);
    this.device = device;
    this.#last = last ? { wall: last.wall, counter: last.counter, device } : { wall: 0, counter: 0, device };
  }

  get last(): Stamp {
    return this.#last;
  }

  /** A new stamp for a local change at wall time `now`: after every stamp made or seen before. */
  tick(now: number): Stamp {
    const last = this.#last;
    this.#last = now > last.wall ? { wall: now, counter: 0, device: this.device } : { wall: last.wall, counter: last.counter + 1, device: this.device };
    return this.#last;
  }

  /** Takes in a stamp seen on another device, so the next `tick` orders after it whatever the local clock says. */
  receive(remote: Stamp, now: number): void {
    const last = this.#last;
    const wall = Math.max(last.wall, remote.wall, now);
    let counter: number;
    if (wall === last.wall && wall === remote.wall) counter = Math.max(last.counter, remote.counter) + 1;
    else if (wall === last.wall) counter = last.counter + 1;
    else if (wall === remote.wall) counter = remote.counter + 1;
    else counter = 0;
    this.#last = { wall, counter, device: this.device };
  }
}
