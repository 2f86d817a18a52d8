// Start-up in one place, used by main.tsx and by the tests: push events, store links, then the first fetches.
import type { Api } from '../api';
import type { Stores } from './createStores';
import { linkStores } from './linkStores';
import { subscribeEvents } from './subscribeEvents';
import type { WebNotifier } from './toastStore';

export function startStores(api: Api, stores: Stores, notifier: WebNotifier | null = null): () => void {
  const unsubscribeEvents = subscribeEvents(api, stores, notifier);
  const unlink = linkStores(stores);
  const followHash = () => stores.nav.getState().followHash(window.location.hash);
  window.addEventListener('hashchange', followHash);
  window.addEventListener('popstate', followHash);
  askFirstAnswers(stores);
  return () => {
    unsubscribeEvents();
    unlink();
    window.removeEventListener('hashchange', followHash);
    window.removeEventListener('popstate', followHash);
    stores.figures.dispose();
  };
}

/** The start-up requests (shared/startupCalls.ts lists the same): what the first screen shows, asked for at once. Also
 * how the browser host draws that screen itself (renderer/firstScreen/renderFirstScreen.tsx). */
export function askFirstAnswers(stores: Stores): void {
  void stores.app.getState().load();
  // Both show the week containing now at start-up: its one summary.week serves Today too, while Today's entries and
  // plan are asked for at once beside it (the first paint waits for one round trip, not two in a row).
  const weekShown = stores.week
    .getState()
    .show(null)
    .then(() => {
      const { summary, at, status } = stores.week.getState();
      return at === null && status === 'ready' && summary ? summary : null;
    });
  void stores.today.getState().refresh({ entries: true, plan: true, summary: weekShown });
  void stores.unlocks.getState().refresh();
  // Sync's status and the timers running on other computers, which Today and the header show.
  void stores.sync.getState().refresh();
  void stores.locks.askPendingIdle();
}
