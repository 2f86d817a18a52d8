// The window renders once the first screen's answers are in: firstAnswers waits for the snapshot, the week and
// Today, and a failed answer counts as an answer (the window then shows the error, not a blank page).
import { afterEach, describe, expect, it } from 'vitest';
import { createStores } from '../../../renderer/state/createStores';
import { firstAnswers } from '../../../renderer/state/firstAnswers';
import { startStores } from '../../../renderer/state/startStores';
import { NOW } from '../fixtures';
import { createTestApi } from '../testApi';

let stop = () => {};
afterEach(() => stop());

/** Whether `promise` has resolved by the time the answers already sent have been handled. */
async function resolvedYet(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 20));
  return done;
}

describe('the first answers', () => {
  it('are in only once the week’s summary has answered too, with the snapshot and Today’s figures ready', async () => {
    const api = await createTestApi();
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    api.answer('summary.week', (_request, real) => gate.then(real));
    const stores = createStores(api, { clock: () => NOW });
    stop = startStores(api, stores);
    const answers = firstAnswers(stores);
    await expect.poll(() => stores.app.getState().status).toBe('ready');
    expect(await resolvedYet(answers)).toBe(false);

    release();
    await answers;
    expect(stores.week.getState().status).toBe('ready');
    expect(stores.today.getState().status).toBe('ready');
    expect(stores.today.getState().summary).not.toBeNull();
  });

  it('are in when the snapshot failed, so the window shows why instead of staying blank', async () => {
    const api = await createTestApi();
    api.fail('app.snapshot', { code: 'internal', message: 'The data file could not be read.' });
    const stores = createStores(api, { clock: () => NOW });
    stop = startStores(api, stores);
    await firstAnswers(stores);
    expect(stores.app.getState().status).toBe('failed');
  });

  it('resolve at once when everything has already answered', async () => {
    const api = await createTestApi();
    const stores = createStores(api, { clock: () => NOW });
    stop = startStores(api, stores);
    await firstAnswers(stores);
    expect(await resolvedYet(firstAnswers(stores))).toBe(true);
  });
});
