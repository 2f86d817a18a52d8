// The browser host's early asker: run by a small classic script (earlyAskScript.ts, built to its own file and named in
// index.html before the window's module) as the page starts, it opens the event stream and sends the start-up
// requests while the window's code still downloads and evaluates. httpTransport (renderer/transport.ts) takes both
// over: the answers through the adoption rule (shared/earlyAnswers.ts), the stream with the events it held.
import { askEarlyTogether, type EarlyAnswer, type EarlyRequests } from '../../shared/earlyAnswers';
import type { Result } from '../../shared/result';
import type { StartupContext } from '../../shared/startupCalls';

/** What the early script leaves for the transport, as `window.timelockEarly`. */
export interface EarlyStart {
  requests: EarlyRequests;
  /** The event stream, opened before the requests left. */
  events: EventSource;
  /** The events it brought before the transport took it over, in order. */
  held: MessageEvent<string>[];
}

declare global {
  interface Window {
    /** Null once the transport has looked: an early script that arrived after the window's code asks nothing. */
    timelockEarly?: EarlyStart | null;
  }
}

const isEnvelope = (body: unknown): body is Result<unknown> =>
  typeof body === 'object' && body !== null && typeof (body as { ok?: unknown }).ok === 'boolean';

/** One API call as the browser host takes it: the envelope, or null when none came back (the network, not JSON). Same
 * origin, so the browser sends the session cookie with it, as with the event stream. */
export async function postRequest(base: string, channel: string, payload: unknown): EarlyAnswer {
  try {
    const response = await fetch(`${base}/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload ?? {}),
    });
    const body: unknown = await response.json();
    return isEnvelope(body) ? body : null;
  } catch {
    return null;
  }
}

/** Several API calls in one request to the browser host's /api, run there in order: each call's envelope, null for an
 * answer that is not one, and all null when no reply came back (the network, not JSON). Never rejects. */
export async function postCalls(base: string, calls: ReadonlyArray<{ channel: string; payload: unknown }>): Promise<Array<Result<unknown> | null>> {
  try {
    const response = await fetch(`${base}/api`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ calls: calls.map(({ channel, payload }) => ({ channel, payload: payload ?? {} })) }),
    });
    const body: unknown = await response.json();
    const answers = typeof body === 'object' && body !== null ? (body as { answers?: unknown }).answers : undefined;
    return calls.map((_, index) => (Array.isArray(answers) && isEnvelope(answers[index]) ? answers[index] : null));
  } catch {
    return calls.map(() => null);
  }
}

/**
 * Opens the event stream, then sends the start-up requests, in the same task: the order startStores kept when it
 * opened the stream and asked (a change the host makes after reading a request reaches the stream the host took in
 * first). The stream holds its events until the transport takes it over.
 */
export function startEarly(context: StartupContext): EarlyStart {
  const events = new EventSource('/api/events');
  const held: MessageEvent<string>[] = [];
  events.onmessage = (message: MessageEvent<string>) => held.push(message);
  // One request for all: each request costs the page a loader on its main thread and a connection of the six HTTP/1.1
  // allows a host, beside the window's code still downloading.
  const requests = askEarlyTogether(context, (calls) => postCalls('', calls));
  return { requests, events, held };
}
