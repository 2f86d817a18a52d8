// Reactions between stores: a change of timer or settings (an answer applied here, or a push event) makes the
// figures stale. Changes during the first load are skipped; startStores fetches the figures itself.
import type { Stores } from './createStores';
import { sameTimer } from './appStore';

export function linkStores(stores: Stores): () => void {
  const { app, figures } = stores;
  return app.subscribe((state, previous) => {
    if (previous.status !== 'ready') return;
    if (!sameTimer(state.timer, previous.timer)) figures.changed('timer');
    if (state.settings !== previous.settings) figures.changed('settings');
  });
}
