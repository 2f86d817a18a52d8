// The early askers send shared/startupCalls.ts's list; the stores must make exactly those calls at start, with the
// same payloads, or an early answer is wasted and the store's call waits for the host (or is asked twice).
import { afterEach, describe, expect, it } from 'vitest';
import type { Api } from '../../../renderer/api';
import { createStores } from '../../../renderer/state/createStores';
import { startStores } from '../../../renderer/state/startStores';
import type { ChannelName } from '../../../shared/contract';
import { adoptEarlyAnswers, askEarly } from '../../../shared/earlyAnswers';
import { startupCalls } from '../../../shared/startupCalls';
import { NOW } from '../fixtures';
import { createTestApi } from '../testApi';

let stop = () => {};
afterEach(() => stop());

describe('the start-up calls', () => {
  for (const [when, now] of [
    ['at the fixtures’ now', NOW],
    ['a moment before a five-minute step', NOW + 5 * 60_000 - 1],
    ['at midnight', NOW - 11 * 3_600_000],
  ] as const) {
    it(`each have an early twin with the same payload, in one list, and nothing else is asked at once (${when})`, async () => {
      const api = await createTestApi({ now });
      const stores = createStores(api, { clock: () => now, locale: navigator.language });
      stop = startStores(api, stores);
      // What startStores sent in its own task: the calls the early answers are kept for.
      const atOnce = api.calls.map(({ channel, request }) => ({ channel, payload: request }));
      expect(atOnce).toEqual(startupCalls({ now, locale: navigator.language }));
    });
  }

  it('once sent early, leave nothing for the stores to ask at start, and Today shows the same first screen', async () => {
    const api = await createTestApi();
    await api.host.call('entries.add', { categoryId: 'work', start: NOW - 2 * 3_600_000, end: NOW - 3_600_000, note: 'report' });
    // As an early asker does: every start-up call sent to the host's router before the stores exist (not recorded).
    const early = askEarly({ now: NOW, locale: navigator.language }, (channel, payload) => api.host.app.router.call(channel, structuredClone(payload)));
    const invoke = adoptEarlyAnswers(early, (channel, payload) => api.call(channel as ChannelName, payload as never), (run) => void setTimeout(run, 0));
    const withEarly: Api = { call: ((channel: string, request: unknown) => invoke(channel, request)) as Api['call'], on: (name, listener) => api.on(name, listener) };
    const stores = createStores(withEarly, { clock: () => NOW, locale: navigator.language });
    stop = startStores(withEarly, stores);
    await expect.poll(() => stores.today.getState().status).toBe('ready');
    expect(api.calls).toEqual([]);
    expect(stores.today.getState().entries.map((entry) => entry.note)).toEqual(['report']);
    expect(stores.app.getState().status).toBe('ready');
  });
});
