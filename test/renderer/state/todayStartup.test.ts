// Today's first figures cost one round trip: with the window's clock, its entries (a window around now) and the
// week's plan are asked for beside the week's summary, not after it, and the summary's day still decides which
// entries Today shows.
import { afterEach, describe, expect, it } from 'vitest';
import { createStores } from '../../../renderer/state/createStores';
import { startStores } from '../../../renderer/state/startStores';
import { NOW } from '../fixtures';
import { createTestApi, type TestApi } from '../testApi';

const HOUR = 3_600_000;

/** An hour of work from `start`, saved by the real entries service; `note` names it. */
async function seedEntry(api: TestApi, note: string, start: number) {
  await api.host.call('entries.add', { categoryId: 'work', start, end: start + HOUR, note, reason: 'seeded' });
}

/** The real summary.week held until `release`. */
function holdSummaries(api: TestApi): () => void {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  api.answer('summary.week', (_request, real) => gate.then(real));
  return release;
}

let stop = () => {};
afterEach(() => stop());

describe('Today at start-up', () => {
  it('asks for its entries and plan before the week’s summary has answered, and keeps only the summary’s day', async () => {
    const api = await createTestApi();
    // Today (NOW is 11:00 on a Wednesday in the fixtures' Berlin), yesterday evening, tomorrow at 02:00.
    await seedEntry(api, 'yesterday', NOW - 14 * HOUR);
    await seedEntry(api, 'today', NOW - 2 * HOUR);
    await seedEntry(api, 'tomorrow', NOW + 15 * HOUR);
    const release = holdSummaries(api);
    const stores = createStores(api, { clock: () => NOW });
    stop = startStores(api, stores);
    await expect.poll(() => api.callsTo('entries.list').length).toBe(1);
    expect(api.callsTo('plan.week')).toHaveLength(1);
    // Asked beside them (a call is recorded when sent), its answer still held.
    expect(api.callsTo('summary.week')).toEqual([{}]);
    expect(stores.today.getState().status).toBe('loading');

    release();
    await expect.poll(() => stores.today.getState().status).toBe('ready');
    expect(stores.today.getState().entries.map((e) => e.note)).toEqual(['today']);
    // One summary for both stores, and no second ask for the entries.
    expect(api.callsTo('summary.week')).toEqual([{}]);
    expect(api.callsTo('entries.list')).toHaveLength(1);
  });

  it('asks again for the summary’s day when the window’s clock is far from the host’s', async () => {
    const api = await createTestApi();
    await seedEntry(api, 'today', NOW - 2 * HOUR);
    const stores = createStores(api, { clock: () => NOW + 3 * 86_400_000 });
    stop = startStores(api, stores);
    await expect.poll(() => stores.today.getState().status).toBe('ready');
    expect(stores.today.getState().entries.map((e) => e.note)).toEqual(['today']);
    const day = stores.today.getState().day!;
    expect(api.callsTo('entries.list').at(-1)).toEqual({ from: day.start, to: day.end });
  });
});
