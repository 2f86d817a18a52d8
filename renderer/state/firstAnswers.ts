// When the start-up answers that the first screen shows are in: the snapshot, the week's summary and Today's
// figures. The window renders once then, not once per answer (each render before it laid out and painted a screen
// the next answer replaced).
import type { Stores } from './createStores';

const settled = (status: string) => status === 'ready' || status === 'failed';

/** Resolves once the snapshot, the week and Today have each answered (well or not) after startStores asked. */
export function firstAnswers(stores: Pick<Stores, 'app' | 'week' | 'today'>): Promise<void> {
  const answered = () => settled(stores.app.getState().status) && settled(stores.week.getState().status) && settled(stores.today.getState().status);
  if (answered()) return Promise.resolve();
  return new Promise((resolve) => {
    const stops: Array<() => void> = [];
    const check = () => {
      if (!answered()) return;
      for (const stop of stops) stop();
      resolve();
    };
    stops.push(stores.app.subscribe(check), stores.week.subscribe(check), stores.today.subscribe(check));
  });
}
