// Today's first figures cost one round trip: with the window's clock, its entries (a window around now) and the
// week's plan are asked for beside the week's summary, not after it, and the summary's day still decides which
// entries Today shows.
import { afterEach, describe, expect, it } from 'vitest';
import type { Api } from '../../../renderer/api';
import { createStores } from '../../../renderer/state/createStores';
import { startStores } from '../../../renderer/state/startStores';
import { createFakeApi, type FakeApi } from '../fakeApi';
import { NOW } from '../fixtures';

const HOUR = 3_600_000;
const entry = (note: string, start: number) => ({ id: note, categoryId: 'work', start, end: start + HOUR, note, tags: [], source: 'manual' as const });

/** The fake api with summary.week held until `release`. */
function holdingSummaries(api: FakeApi): { api: Api; release(): void } {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const call: Api['call'] = (channel, request) => (channel === 'summary.week' ? gate.then(() => api.call(channel, request)) : api.call(channel, request));
  return { api: { call, on: api.on.bind(api) }, release };
}

let stop = () => {};
afterEach(() => stop());

describe('Today at start-up', () => {
  it('asks for its entries and plan before the week’s summary has answered, and keeps only the summary’s day', async () => {
    const fake = createFakeApi();
    // Today (NOW is 10:00 UTC on a Wednesday in the fixtures' UTC zone), yesterday evening, tomorrow morning.
    fake.state.entries = [entry('yesterday', NOW - 14 * HOUR), entry('today', NOW - 2 * HOUR), entry('tomorrow', NOW + 15 * HOUR)];
    const held = holdingSummaries(fake);
    const stores = createStores(held.api, { clock: () => NOW });
    stop = startStores(held.api, stores);
    await expect.poll(() => fake.callsTo('entries.list').length).toBe(1);
    expect(fake.callsTo('plan.week')).toHaveLength(1);
    expect(fake.callsTo('summary.week')).toHaveLength(0);
    expect(stores.today.getState().status).toBe('loading');

    held.release();
    await expect.poll(() => stores.today.getState().status).toBe('ready');
    expect(stores.today.getState().entries.map((e) => e.note)).toEqual(['today']);
    // One summary for both stores, and no second ask for the entries.
    expect(fake.callsTo('summary.week')).toEqual([{}]);
    expect(fake.callsTo('entries.list')).toHaveLength(1);
  });

  it('asks again for the summary’s day when the window’s clock is far from the host’s', async () => {
    const fake = createFakeApi();
    fake.state.entries = [entry('today', NOW - 2 * HOUR)];
    const stores = createStores(fake, { clock: () => NOW + 3 * 86_400_000 });
    stop = startStores(fake, stores);
    await expect.poll(() => stores.today.getState().status).toBe('ready');
    expect(stores.today.getState().entries.map((e) => e.note)).toEqual(['today']);
    const day = stores.today.getState().day!;
    expect(fake.callsTo('entries.list').at(-1)).toEqual({ from: day.start, to: day.end });
  });
});
