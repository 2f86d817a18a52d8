// How the renderer reaches the router: the preload's `window.timelock` in Electron, HTTP + server-sent events in
// the browser host. Both carry the same envelopes; nothing else in the renderer knows which one is in use, nor that
// the start-up requests left before the window's code ran (the preload or the early script asked them; the answers
// are handed over by the rule in shared/earlyAnswers.ts).
import { adoptEarlyAnswers, EARLY_EVENTS_WAIT_MS, type Invoke } from '../shared/earlyAnswers';
import type { PreloadBridge } from '../shared/preloadBridge';
import type { Result } from '../shared/result';
import { postRequest, type EarlyStart } from './early/earlyAsk';

export interface Transport {
  invoke(channel: string, payload: unknown): Promise<Result<unknown>>;
  subscribe(listener: (name: string, payload: unknown) => void): () => void;
}

export type { PreloadBridge };

declare global {
  interface Window {
    timelock?: PreloadBridge;
  }
}

export function preloadTransport(bridge: PreloadBridge): Transport {
  return {
    invoke: (channel, payload) => bridge.invoke(channel, payload),
    subscribe: (listener) => {
      const unsubscribe = bridge.subscribe(listener);
      // Main holds push events until the window says it listens.
      bridge.ready();
      return unsubscribe;
    },
  };
}

const NOT_REACHABLE: Result<never> = { ok: false, error: { code: 'internal', message: 'Timelock is not reachable. Is the Timelock server still running?' } };

/** Runs `run` once the current task is over: the start-up's calls, made in one go, are all in by then. */
const endOfTask = (run: () => void) => void setTimeout(run, 0);

/**
 * The browser host lets in only a browser holding its HttpOnly cookie (set by the link it printed); fetch and
 * EventSource send it with every same-origin request, so the page itself holds no secret. `early`: what the early
 * script (renderer/early/earlyAsk.ts) asked for and opened as the page started, handed over here.
 */
export function httpTransport(base = '', early: EarlyStart | null = null): Transport {
  const post: Invoke = async (channel, payload) => (await postRequest(base, channel, payload)) ?? NOT_REACHABLE;
  let earlyEvents = early && early.events.readyState !== EventSource.CLOSED ? early : null;
  return {
    invoke: early ? adoptEarlyAnswers(early.requests, post, endOfTask) : post,
    subscribe(listener) {
      const forward = (message: MessageEvent<string>) => {
        const { name, payload } = JSON.parse(message.data) as { name: string; payload: unknown };
        listener(name, payload);
      };
      const adopted = earlyEvents;
      earlyEvents = null;
      if (!adopted) {
        const source = new EventSource(`${base}/api/events`);
        source.onmessage = forward;
        return () => source.close();
      }
      // An event the stream brought while the code loaded may be about a change made after an early answer was read:
      // it is delivered once those answers are in and the stores have taken them (a task later), never before.
      let closed = false;
      const waited = new Promise<void>((resolve) => setTimeout(resolve, EARLY_EVENTS_WAIT_MS));
      void Promise.race([adopted.requests.settled, waited]).then(() =>
        endOfTask(() => {
          if (closed) return;
          for (const message of adopted.held.splice(0)) forward(message);
          adopted.events.onmessage = forward;
        }),
      );
      return () => {
        closed = true;
        adopted.events.close();
      };
    },
  };
}

/** The early script's start, taken once; null left in its place tells an early script that comes late to ask nothing. */
function takeEarlyStart(): EarlyStart | null {
  const early = window.timelockEarly ?? null;
  window.timelockEarly = null;
  return early;
}

export function detectTransport(): Transport {
  return window.timelock ? preloadTransport(window.timelock) : httpTransport('', takeEarlyStart());
}
