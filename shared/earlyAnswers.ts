// The start-up requests sent before the window's code has run, and the rule by which the transport hands their answers
// over: the first call with the same channel and payload gets the early answer, once; anything else goes out as usual.
// Both hosts use it: the browser's early script (renderer/early/) and the Electron preload (electron/hosts/).
import type { Result } from './result';
import { requestKey, startupCalls, type StartupCall, type StartupContext } from './startupCalls';

/** An early request's answer: the host's envelope (an error envelope too: it is what the same request made later would
 * have got), or null when no envelope came back (the network failed, the reply was not JSON). */
export type EarlyAnswer = Promise<Result<unknown> | null>;

export interface EarlyRequests {
  /** The answers not handed over yet, by requestKey. */
  pending: Map<string, EarlyAnswer>;
  /** Resolves once every early request has its answer or has failed. */
  settled: Promise<void>;
}

/** The most calls the browser host takes in one request (its /api): the start-up's seven, with room. */
export const MAX_CALLS_TOGETHER = 16;

export type Invoke = (channel: string, payload: unknown) => Promise<Result<unknown>>;

/** The longest the push events wait for the early answers (a host that never answers one must not stop them for
 * good); far beyond any answer's time, even with the machine under load. */
export const EARLY_EVENTS_WAIT_MS = 10_000;

/** Sends every start-up call through `send` at once. `send` never rejects: a failure is a null answer. */
export function askEarly(context: StartupContext, send: (channel: string, payload: unknown) => EarlyAnswer): EarlyRequests {
  return held(startupCalls(context).map(({ channel, payload }) => [channel, payload, send(channel, payload)]));
}

/** Every start-up call in one request (`sendAll`): where each request costs the page a connection and a loader of its
 * own (the browser host's HTTP). `sendAll` answers each call in order, null for one without an envelope, all null
 * when the request failed; it never rejects. */
export function askEarlyTogether(context: StartupContext, sendAll: (calls: StartupCall[]) => Promise<Array<Result<unknown> | null>>): EarlyRequests {
  const calls = startupCalls(context);
  const answers = sendAll(calls);
  return held(calls.map(({ channel, payload }, index) => [channel, payload, answers.then((all) => all[index] ?? null)]));
}

function held(requests: Array<[channel: string, payload: unknown, answer: EarlyAnswer]>): EarlyRequests {
  const pending = new Map<string, EarlyAnswer>();
  for (const [channel, payload, answer] of requests) pending.set(requestKey(channel, payload), answer);
  return { pending, settled: Promise.all(pending.values()).then(() => undefined) };
}

/**
 * `invoke`, handing each early answer to the first call with the same channel and payload, once. A call whose early
 * request failed (a null answer) goes out as usual: the person sees the failure only if that fails too. Early answers
 * are for the start-up's calls, which startStores makes in one go: at the end of the first call's task (`endOfTask`)
 * the ones not taken are dropped, so a later call (a refresh after a change) never gets an answer older than itself.
 */
export function adoptEarlyAnswers(early: EarlyRequests, invoke: Invoke, endOfTask: (run: () => void) => void): Invoke {
  let first = true;
  return async (channel, payload) => {
    if (first) {
      first = false;
      endOfTask(() => early.pending.clear());
    }
    const key = requestKey(channel, payload);
    const answer = early.pending.get(key);
    if (answer) {
      early.pending.delete(key);
      const result = await answer;
      if (result) return result;
    }
    return invoke(channel, payload);
  };
}
