// The browser host's transport with the early script's start: the early script opens the event stream and sends the
// start-up calls at once; httpTransport hands each answer to the identical call, once, sends everything else, and
// delivers the events the stream brought while the code loaded after the early answers they may follow.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startEarly, type EarlyStart } from '../../renderer/early/earlyAsk';
import { httpTransport } from '../../renderer/transport';
import { EARLY_EVENTS_WAIT_MS } from '../../shared/earlyAnswers';
import type { Result } from '../../shared/result';
import { startupCalls } from '../../shared/startupCalls';

const NOW = Date.UTC(2026, 11, 2, 10, 0);
const context = { now: NOW, locale: 'en-GB' };

/** What happened, in order: the stream opened, requests sent, events delivered. */
let log: string[] = [];

class FakeEventSource {
  static readonly CLOSED = 2;
  static opened: FakeEventSource[] = [];
  readyState = 1;
  onmessage: ((message: MessageEvent<string>) => void) | null = null;
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
    log.push(`stream ${url}`);
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
  /** The host pushes an event. */
  push(name: string, payload: unknown) {
    this.onmessage?.({ data: JSON.stringify({ name, payload }) } as MessageEvent<string>);
  }
}

interface Sent {
  channel: string;
  payload: unknown;
  answer(body: Result<unknown> | 'not json'): void;
  fail(): void;
}

/** fetch as the browser host answers it, each call answered when the test says; the calls sent together (to /api)
 * are answered in one reply once each has its answer, and all fail when one fails (one request). */
let sent: Sent[] = [];
function fakeFetch(url: string, init: RequestInit): Promise<Response> {
  if (url.endsWith('/api')) {
    const { calls } = JSON.parse(String(init.body)) as { calls: Array<{ channel: string; payload: unknown }> };
    log.push(`POST ${calls.map(({ channel }) => channel).join(', ')}`);
    return new Promise((resolve, reject) => {
      const answers: unknown[] = [];
      let left = calls.length;
      calls.forEach(({ channel, payload }, index) =>
        sent.push({
          channel,
          payload,
          answer: (body) => {
            answers[index] = body === 'not json' ? '<!doctype html>' : body;
            if (--left === 0) resolve({ json: async () => ({ answers }) } as Response);
          },
          fail: () => reject(new TypeError('Failed to fetch')),
        }),
      );
    });
  }
  const channel = decodeURIComponent(url.replace(/^.*\/api\//, ''));
  log.push(`POST ${channel}`);
  return new Promise((resolve, reject) => {
    sent.push({
      channel,
      payload: JSON.parse(String(init.body)),
      answer: (body) => resolve({ json: async () => (body === 'not json' ? JSON.parse('<!doctype html>') : body) } as Response),
      fail: () => reject(new TypeError('Failed to fetch')),
    });
  });
}

const answered = (channel: string): Result<unknown> => ({ ok: true, value: `early ${channel}` });
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  log = [];
  sent = [];
  FakeEventSource.opened = [];
  vi.stubGlobal('EventSource', FakeEventSource);
  vi.stubGlobal('fetch', vi.fn(fakeFetch));
});
afterEach(() => {
  vi.unstubAllGlobals();
  delete window.timelockEarly;
});

describe('the early script', () => {
  it('opens the event stream, then sends every start-up call with its payload, all in one request', () => {
    startEarly(context);
    expect(log).toEqual(['stream /api/events', `POST ${startupCalls(context).map(({ channel }) => channel).join(', ')}`]);
    expect(sent.map(({ channel, payload }) => ({ channel, payload }))).toEqual(startupCalls(context));
  });

  it('runs only where nothing asked yet: not in Electron (the preload asked) nor after the window’s code looked', async () => {
    const run = async () => {
      vi.resetModules();
      await import('../../renderer/early/earlyAskScript');
    };
    window.timelockEarly = null;
    await run();
    expect(sent).toEqual([]);
    delete window.timelockEarly;
    await run();
    expect(sent).toHaveLength(startupCalls(context).length);
    const started = window.timelockEarly as EarlyStart | null | undefined;
    expect(started?.requests.pending.size).toBe(startupCalls(context).length);
  });
});

describe('httpTransport with the early start', () => {
  it('hands each early answer to the identical call and sends nothing more', async () => {
    const transport = httpTransport('', startEarly(context));
    for (const request of sent.splice(0)) request.answer(answered(request.channel));
    for (const { channel, payload } of startupCalls(context)) await expect(transport.invoke(channel, payload)).resolves.toEqual(answered(channel));
    expect(sent).toEqual([]);
  });

  it('takes an early answer still on its way, as soon as it comes', async () => {
    const transport = httpTransport('', startEarly(context));
    const snapshot = transport.invoke('app.snapshot', { locale: context.locale });
    await tick();
    for (const request of sent.splice(0)) request.answer(answered(request.channel));
    await expect(snapshot).resolves.toEqual(answered('app.snapshot'));
    expect(log.filter((line) => line.startsWith('POST '))).toHaveLength(1);
  });

  it('sends again only the call whose answer in the shared reply was not an envelope', async () => {
    const transport = httpTransport('', startEarly(context));
    for (const request of sent.splice(0)) request.answer(request.channel === 'plan.week' ? 'not json' : answered(request.channel));
    const summary = transport.invoke('summary.week', {});
    const plan = transport.invoke('plan.week', {});
    await expect(summary).resolves.toEqual(answered('summary.week'));
    await vi.waitFor(() => expect(sent.map((request) => request.channel)).toEqual(['plan.week']));
    sent[0]!.answer({ ok: true, value: 'second try' });
    await expect(plan).resolves.toEqual({ ok: true, value: 'second try' });
  });

  it('sends a call with another payload, and the same call made a second time, to the host for a fresh answer', async () => {
    const transport = httpTransport('', startEarly(context));
    for (const request of sent.splice(0)) request.answer(answered(request.channel));
    const otherWeek = transport.invoke('summary.week', { at: NOW - 7 * 86_400_000 });
    await transport.invoke('app.snapshot', { locale: context.locale });
    const again = transport.invoke('app.snapshot', { locale: context.locale });
    expect(sent.map(({ channel, payload }) => [channel, payload])).toEqual([
      ['summary.week', { at: NOW - 7 * 86_400_000 }],
      ['app.snapshot', { locale: context.locale }],
    ]);
    for (const request of sent.splice(0)) request.answer({ ok: true, value: 'fresh' });
    await expect(otherWeek).resolves.toEqual({ ok: true, value: 'fresh' });
    await expect(again).resolves.toEqual({ ok: true, value: 'fresh' });
  });

  it('sends a call again when the early request failed, and reads a second failure as the usual “not reachable”', async () => {
    const transport = httpTransport('', startEarly(context));
    sent.find((request) => request.channel === 'summary.week')!.fail();
    sent.find((request) => request.channel === 'plan.week')!.answer('not json');
    sent.splice(0);
    const summary = transport.invoke('summary.week', {});
    const plan = transport.invoke('plan.week', {});
    await vi.waitFor(() => expect(sent.map((request) => request.channel)).toEqual(['summary.week', 'plan.week']));
    sent[0]!.answer({ ok: true, value: 'second try' });
    sent[1]!.fail();
    await expect(summary).resolves.toEqual({ ok: true, value: 'second try' });
    await expect(plan).resolves.toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/not reachable/) } });
  });

  it('hands over nothing once the start-up task is over: a refresh asked for later goes to the host', async () => {
    const transport = httpTransport('', startEarly(context));
    for (const request of sent.splice(0)) request.answer(answered(request.channel));
    await transport.invoke('app.snapshot', { locale: context.locale });
    await tick();
    void transport.invoke('locks.unlocks', {});
    expect(sent.map((request) => request.channel)).toEqual(['locks.unlocks']);
  });

  it('delivers the events the stream brought while the code loaded, in order, after the early answers are taken', async () => {
    const early = startEarly(context);
    const [stream] = FakeEventSource.opened;
    // The timer was started elsewhere after the host read the snapshot, then ticked.
    stream!.push('timer.changed', { timer: { categoryId: 'work' } });
    stream!.push('timer.tick', { now: NOW + 1 });
    const transport = httpTransport('', early);
    const heard: string[] = [];
    transport.subscribe((name) => heard.push(name));
    void transport.invoke('app.snapshot', { locale: context.locale }).then(() => heard.push('snapshot taken'));
    await tick();
    expect(heard).toEqual([]);
    for (const request of sent.splice(0)) request.answer(answered(request.channel));
    await vi.waitFor(() => expect(heard).toEqual(['snapshot taken', 'timer.changed', 'timer.tick']));
    stream!.push('timer.tick', { now: NOW + 2 });
    expect(heard).toEqual(['snapshot taken', 'timer.changed', 'timer.tick', 'timer.tick']);
    // One stream: the early one, taken over.
    expect(FakeEventSource.opened).toHaveLength(1);
  });

  it('does not hold the events for good when the host never answers an early request', async () => {
    vi.useFakeTimers();
    const early = startEarly(context);
    FakeEventSource.opened[0]!.push('timer.tick', { now: NOW });
    const transport = httpTransport('', early);
    const heard: string[] = [];
    transport.subscribe((name) => heard.push(name));
    for (const request of sent.slice(1)) request.answer(answered(request.channel));
    await vi.advanceTimersByTimeAsync(EARLY_EVENTS_WAIT_MS - 1);
    expect(heard).toEqual([]);
    // The wait is over; the events follow at the end of that task.
    await vi.advanceTimersByTimeAsync(2);
    expect(heard).toEqual(['timer.tick']);
  });

  it('opens a stream of its own when the early one was closed (the host refused or went away)', () => {
    const early = startEarly(context);
    early.events.close();
    const transport = httpTransport('', early);
    const heard: string[] = [];
    transport.subscribe((name) => heard.push(name));
    expect(FakeEventSource.opened).toHaveLength(2);
    FakeEventSource.opened[1]!.push('timer.tick', { now: NOW });
    expect(heard).toEqual(['timer.tick']);
  });
});
