// Reactions between stores: a change of timer or settings changes the figures, and a running timer keeps the week
// live. Changes during the first load are skipped; startStores fetches the figures itself.
import type { Stores } from './createStores';
import { sameTimer } from './appStore';
import { refreshFigures } from './subscribeEvents';

export function linkStores(stores: Stores): () => void {
  const { app, week } = stores;
  return app.subscribe((state, previous) => {
    const timerChanged = !sameTimer(state.timer, previous.timer);
    if (timerChanged || state.status !== previous.status) week.getState().setLive(state.timer !== null);
    if (previous.status !== 'ready') return;
    if (timerChanged || state.settings !== previous.settings) refreshFigures(stores);
  });
}
