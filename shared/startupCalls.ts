// The requests the window makes as it starts, listed once. The stores make them (renderer/state/startStores.ts), and
// the early askers (the browser's early script, the Electron preload) send the same ones as the page starts, while
// the window's code still downloads and evaluates; the transport then hands each early answer to the store's call.
// One list, so the two can never disagree (test/renderer/state/startupCalls.test.ts checks the stores against it).
import type { ChannelName, RequestOf } from './contract';
import { canonicalJson } from './sync/canonicalJson';

/** What a start-up payload may depend on, read in the page by whoever asks: the clock, the window's language. */
export interface StartupContext {
  now: number;
  /** navigator.language of the window. */
  locale: string;
}

export interface StartupCall<C extends ChannelName = ChannelName> {
  channel: C;
  payload: RequestOf<C>;
}

/** Longer than any day in any time zone (25 h at a daylight-saving change) with an hour to spare for clocks that
 * disagree: the entries asked for before today's bounds are known span the day containing now whatever it is. */
export const AROUND_NOW_MS = 26 * 3_600_000;

/** The window around now starts on a whole step, so the early asker and the store, a few hundred milliseconds apart,
 * ask for the same one (unless a step boundary falls between, and then the store's own request goes out). The
 * step eats at most 5 minutes of the spare hour at the window's end. */
const AROUND_NOW_STEP_MS = 5 * 60_000;

/** The entries Today asks for before it knows today's bounds: a window around now that holds the day containing it. */
export function entriesAroundNow(now: number): { from: number; to: number } {
  const at = now - (now % AROUND_NOW_STEP_MS);
  return { from: at - AROUND_NOW_MS, to: at + AROUND_NOW_MS };
}

const call = <C extends ChannelName>(channel: C, payload: RequestOf<C>): StartupCall => ({ channel, payload }) as StartupCall;

/** Every request startStores makes at once, in the order it makes them. */
export function startupCalls(context: StartupContext): StartupCall[] {
  return [
    call('app.snapshot', { locale: context.locale }),
    call('summary.week', {}),
    call('plan.week', {}),
    call('entries.list', entriesAroundNow(context.now)),
    call('locks.unlocks', {}),
    call('sync.status', {}),
    call('idle.pending', {}),
  ];
}

/** One string per channel and payload, the same for payloads equal as data (keys in any order). */
export function requestKey(channel: string, payload: unknown): string {
  return `${channel} ${canonicalJson(payload ?? {})}`;
}
