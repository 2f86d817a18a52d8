// Reactions between stores: a change of timer or settings changes the week's figures, and a running timer keeps
// them live. Changes during the first load are skipped; startStores fetches the week itself.
import type { Stores } from './createStores';
import { sameTimer } from './appStore';

export function linkStores({ app, week }: Stores): () => void {
  return app.subscribe((state, previous) => {
    const timerChanged = !sameTimer(state.timer, previous.timer);
    if (timerChanged || state.status !== previous.status) week.getState().setLive(state.timer !== null);
    if (previous.status !== 'ready') return;
    if (timerChanged || state.settings !== previous.settings) void week.getState().refresh();
  });
}
