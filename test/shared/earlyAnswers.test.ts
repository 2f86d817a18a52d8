// The adoption rule: a start-up request sent early hands its answer to the first call with the same channel and
// payload, once; every other call goes out as usual, and so does one whose early request got no answer.
import { describe, expect, it, vi } from 'vitest';
import { adoptEarlyAnswers, askEarly, askEarlyTogether, MAX_CALLS_TOGETHER, type EarlyAnswer, type Invoke } from '../../shared/earlyAnswers';
import type { Result } from '../../shared/result';
import { requestKey, startupCalls } from '../../shared/startupCalls';

const NOW = Date.UTC(2026, 11, 2, 10, 0);
const context = { now: NOW, locale: 'de-DE' };

/** Early requests answered by `answer` (the host's envelope, or null for one that never came back). */
function early(answer: (channel: string, payload: unknown) => Result<unknown> | null) {
  const sent: Array<[string, unknown]> = [];
  const requests = askEarly(context, (channel, payload): EarlyAnswer => {
    sent.push([channel, payload]);
    return Promise.resolve(answer(channel, payload));
  });
  return { requests, sent };
}

/** The usual way out, recording what went: its answer says it came from there. */
function usual() {
  const calls: Array<[string, unknown]> = [];
  const invoke: Invoke = async (channel, payload) => {
    calls.push([channel, payload]);
    return { ok: true, value: 'usual' };
  };
  return { invoke, calls };
}

/** Runs the end-of-task drop only when the test says the task is over. */
function taskEnd() {
  const waiting: Array<() => void> = [];
  return { endOfTask: (run: () => void) => void waiting.push(run), end: () => waiting.splice(0).forEach((run) => run()) };
}

describe('askEarly', () => {
  it('sends every start-up call at once, each with its payload', () => {
    const { sent } = early(() => ({ ok: true, value: 1 }));
    expect(sent).toEqual(startupCalls(context).map(({ channel, payload }) => [channel, payload]));
  });

  it('is settled once every early request has its answer, a failed one too', async () => {
    let release = (_: Result<unknown> | null) => {};
    const requests = askEarly(context, (channel) => (channel === 'summary.week' ? new Promise((resolve) => (release = resolve)) : Promise.resolve(null)));
    const settled = vi.fn();
    void requests.settled.then(settled);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settled).not.toHaveBeenCalled();
    release(null);
    await requests.settled;
    expect(settled).toHaveBeenCalled();
  });
});

describe('askEarlyTogether', () => {
  it('sends every start-up call in one go and hands each its own answer, null for one without an envelope', async () => {
    const sent: unknown[] = [];
    const requests = askEarlyTogether(context, async (calls) => {
      sent.push(calls);
      return calls.map(({ channel }) => (channel === 'plan.week' ? null : { ok: true, value: channel }));
    });
    expect(sent).toEqual([startupCalls(context)]);
    expect(startupCalls(context).length).toBeLessThanOrEqual(MAX_CALLS_TOGETHER);
    for (const { channel, payload } of startupCalls(context)) {
      await expect(requests.pending.get(requestKey(channel, payload))).resolves.toEqual(channel === 'plan.week' ? null : { ok: true, value: channel });
    }
    await requests.settled;
  });
});

describe('adoptEarlyAnswers', () => {
  it('hands the early answer to the first call with the same channel and payload, and sends nothing', async () => {
    const { requests } = early((channel) => ({ ok: true, value: `early ${channel}` }));
    const out = usual();
    const invoke = adoptEarlyAnswers(requests, out.invoke, taskEnd().endOfTask);
    await expect(invoke('summary.week', {})).resolves.toEqual({ ok: true, value: 'early summary.week' });
    expect(out.calls).toEqual([]);
  });

  it('hands it over once: the same call made again goes out for a fresh answer', async () => {
    const { requests } = early(() => ({ ok: true, value: 'early' }));
    const out = usual();
    const invoke = adoptEarlyAnswers(requests, out.invoke, taskEnd().endOfTask);
    await invoke('app.snapshot', { locale: context.locale });
    await expect(invoke('app.snapshot', { locale: context.locale })).resolves.toEqual({ ok: true, value: 'usual' });
    expect(out.calls).toEqual([['app.snapshot', { locale: context.locale }]]);
  });

  it('sends a call whose payload differs from the early one, and a channel asked for with no early twin', async () => {
    const { requests } = early(() => ({ ok: true, value: 'early' }));
    const out = usual();
    const invoke = adoptEarlyAnswers(requests, out.invoke, taskEnd().endOfTask);
    await expect(invoke('summary.week', { at: NOW })).resolves.toEqual({ ok: true, value: 'usual' });
    await expect(invoke('entries.list', { from: 0, to: 1 })).resolves.toEqual({ ok: true, value: 'usual' });
    await expect(invoke('settings.get', {})).resolves.toEqual({ ok: true, value: 'usual' });
    expect(out.calls.map(([channel]) => channel)).toEqual(['summary.week', 'entries.list', 'settings.get']);
  });

  it('takes a payload equal as data, its keys in another order', async () => {
    const { requests } = early(() => ({ ok: true, value: 'early' }));
    const out = usual();
    const invoke = adoptEarlyAnswers(requests, out.invoke, taskEnd().endOfTask);
    const { from, to } = startupCalls(context).find((call) => call.channel === 'entries.list')!.payload as { from: number; to: number };
    await expect(invoke('entries.list', { to, from })).resolves.toEqual({ ok: true, value: 'early' });
    expect(out.calls).toEqual([]);
  });

  it('sends the call as usual when its early request got no answer (the network failed), so a failure is the usual one', async () => {
    const { requests } = early((channel) => (channel === 'app.snapshot' ? null : { ok: true, value: 'early' }));
    const out = usual();
    const invoke = adoptEarlyAnswers(requests, out.invoke, taskEnd().endOfTask);
    await expect(invoke('app.snapshot', { locale: context.locale })).resolves.toEqual({ ok: true, value: 'usual' });
    expect(out.calls).toEqual([['app.snapshot', { locale: context.locale }]]);
  });

  it('hands over an error envelope as the answer it is: the host refused that very request', async () => {
    const refusal = { ok: false as const, error: { code: 'storage' as const, message: 'The data folder could not be read.' } };
    const { requests } = early(() => refusal);
    const out = usual();
    const invoke = adoptEarlyAnswers(requests, out.invoke, taskEnd().endOfTask);
    await expect(invoke('app.snapshot', { locale: context.locale })).resolves.toEqual(refusal);
    expect(out.calls).toEqual([]);
  });

  it('drops the early answers not taken once the first call’s task is over: a later call never gets an older answer', async () => {
    const { requests } = early(() => ({ ok: true, value: 'early' }));
    const out = usual();
    const task = taskEnd();
    const invoke = adoptEarlyAnswers(requests, out.invoke, task.endOfTask);
    // The start-up's calls, in one task: the first ends the adoption at its task's end, the others still adopt.
    await Promise.all([invoke('app.snapshot', { locale: context.locale }), invoke('summary.week', {})]);
    expect(out.calls).toEqual([]);
    task.end();
    await expect(invoke('plan.week', {})).resolves.toEqual({ ok: true, value: 'usual' });
    expect(out.calls).toEqual([['plan.week', {}]]);
    expect(requests.pending.size).toBe(0);
  });
});

describe('requestKey', () => {
  it('is the same for equal payloads and differs for another channel or payload', () => {
    expect(requestKey('entries.list', { from: 1, to: 2 })).toBe(requestKey('entries.list', { to: 2, from: 1 }));
    expect(requestKey('plan.week', undefined)).toBe(requestKey('plan.week', {}));
    expect(requestKey('entries.list', { from: 1, to: 2 })).not.toBe(requestKey('entries.list', { from: 1, to: 3 }));
    expect(requestKey('summary.week', {})).not.toBe(requestKey('plan.week', {}));
    expect(requestKey('x', { a: { c: 1, b: [2, { e: 1, d: 0 }] } })).toBe(requestKey('x', { a: { b: [2, { d: 0, e: 1 }], c: 1 } }));
  });
});
