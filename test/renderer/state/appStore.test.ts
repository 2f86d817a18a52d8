import { describe, expect, it } from 'vitest';
import { createAppStore, initialAppState } from '../../../renderer/state/appStore';
import { resetAllStores } from '../../../renderer/state/resetAllStores';
import { createFakeApi } from '../fakeApi';
import { NOW } from '../fixtures';

describe('appStore', () => {
  it('loads the snapshot: settings, categories, timer, data folder', async () => {
    const api = createFakeApi();
    api.state.timer = { id: 't', categoryId: 'work', start: NOW, note: '' };
    const app = createAppStore(api);
    await app.getState().load();
    const state = app.getState();
    expect(state.status).toBe('ready');
    expect(state.settings?.weeklyCapMinutes).toBe(35 * 60);
    expect(state.categories.map((c) => c.id)).toEqual(['work', 'fitness', 'family', 'reading', 'old-project']);
    expect(state.timer?.categoryId).toBe('work');
    expect(state.dataDir).toBe('/home/ada/.config/Timelock');
  });

  it('keeps an error envelope in state, by area, and clears it on the next success', async () => {
    const api = createFakeApi();
    const app = createAppStore(api);
    await app.getState().load();
    api.fail('timer.start', { code: 'needs-reason', message: 'Work after 17:00 needs a reason.' });
    expect(await app.getState().startTimer('work')).toBe(false);
    expect(app.getState().errors.timer).toEqual({ code: 'needs-reason', message: 'Work after 17:00 needs a reason.' });
    expect(app.getState().timer).toBeNull();

    api.answer('timer.start', ({ categoryId }) => ({ ok: true, value: { id: 'x', categoryId, start: NOW, note: '' } }));
    expect(await app.getState().startTimer('work')).toBe(true);
    expect(app.getState().errors.timer).toBeUndefined();
  });

  it('sends one start while one is on its way, however often the button is pressed', async () => {
    const api = createFakeApi();
    const app = createAppStore(api);
    await Promise.all([app.getState().startTimer('work'), app.getState().startTimer('work')]);
    expect(api.callsTo('timer.start')).toHaveLength(1);
  });

  it('an echo of the same timer (answer, then timer.changed) does not change state twice', async () => {
    const api = createFakeApi();
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
    const app = createAppStore(createFakeApi());
    await app.getState().load();
    app.getState().pushNotice('info', 'hello');
    resetAllStores();
    const { load, ...data } = app.getState();
    expect(typeof load).toBe('function');
    expect(Object.fromEntries(Object.entries(data).filter(([, value]) => typeof value !== 'function'))).toEqual(initialAppState);
  });
});
