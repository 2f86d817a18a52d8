// Push events from the main process into the stores, wired once at start-up outside any component so no event is
// missed while a view is unmounted.
import type { Api } from '../api';
import type { Stores } from './createStores';

export function subscribeEvents(api: Api, { app, week }: Stores): () => void {
  const unsubscribes = [
    api.on('timer.changed', ({ timer }) => app.getState().timerChanged(timer)),
    // The running timer counts up to now in every figure: the tick asks the domain for fresh ones.
    api.on('timer.tick', () => void week.getState().refresh()),
    api.on('data.changed', ({ what }) => {
      if (what.includes('settings')) void app.getState().reloadSettings();
      if (what.includes('categories')) void app.getState().reloadCategories();
      if (what.includes('entries') || what.includes('categories') || what.includes('settings')) void week.getState().refresh();
    }),
    api.on('nudge', ({ text }) => app.getState().pushNotice('info', text)),
    api.on('notice', ({ level, message }) => app.getState().pushNotice(level, message)),
  ];
  return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
}
