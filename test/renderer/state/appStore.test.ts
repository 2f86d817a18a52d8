import { describe, expect, it } from 'vitest';
import { createAppStore, initialAppState } from '../../../renderer/state/appStore';
import { resetAllStores } from '../../../renderer/state/resetAllStores';
import { NOW } from '../fixtures';
import { march } from '../planFixtures';
import { createTestApi } from '../testApi';

describe('appStore', () => {
  it('loads the snapshot: settings, categories, timer, data folder', async () => {
    const api = await createTestApi();
    await api.host.call('timer.start', { categoryId: 'work' });
    const app = createAppStore(api);
    await app.getState().load();
    const state = app.getState();
    expect(state.status).toBe('ready');
    expect(state.settings?.weeklyCapMinutes).toBe(35 * 60);
    expect(state.categories.map((c) => c.name)).toEqual(['Work', 'Fitness', 'Family', 'Reading', 'Old project']);
    expect(state.timer?.categoryId).toBe('work');
    expect(state.dataDir).toBe(api.host.dataDir);
  });

  it('keeps an error envelope in state, by area, and clears it on the next success', async () => {
    // The soft lock: work at 18:00, after the window, needs a reason; back inside the window it does not.
    const api = await createTestApi({ settings: { lockMode: 'soft' } });
    const app = createAppStore(api);
    await app.getState().load();
    api.clock.set(march(25, 18));
    expect(await app.getState().startTimer('work')).toBe(false);
    expect(app.getState().errors.timer).toMatchObject({ code: 'needs-reason' });
    expect(app.getState().timer).toBeNull();

    api.clock.set(NOW);
    expect(await app.getState().startTimer('work')).toBe(true);
    expect(app.getState().errors.timer).toBeUndefined();
  });

  it('sends one start while one is on its way, however often the button is pressed', async () => {
    const api = await createTestApi();
    const app = createAppStore(api);
    await Promise.all([app.getState().startTimer('work'), app.getState().startTimer('work')]);
    expect(api.callsTo('timer.start')).toHaveLength(1);
  });

  it('an echo of the same timer (answer, then timer.changed) does not change state twice', async () => {
    const api = await createTestApi();
    const app = createAppStore(api);
    let changes = 0;
    app.subscribe((state, previous) => {
      if (state.timer !== previous.timer) changes++;
    });
    await app.getState().startTimer('work');
    app.getState().timerChanged({ ...app.getState().timer! });
    expect(changes).toBe(1);
  });

  it('reset puts the initial state back and keeps the actions', async () => {
    const app = createAppStore(await createTestApi());
    await app.getState().load();
    app.getState().pushNotice('info', 'hello');
    resetAllStores();
    const { load, ...data } = app.getState();
    expect(typeof load).toBe('function');
    expect(Object.fromEntries(Object.entries(data).filter(([, value]) => typeof value !== 'function'))).toEqual(initialAppState);
  });
});
