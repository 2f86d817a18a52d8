// Start-up in one place, used by main.tsx and by the tests: push events, store links, then the first fetches.
import type { Api } from '../api';
import type { Stores } from './createStores';
import { linkStores } from './linkStores';
import { subscribeEvents } from './subscribeEvents';

export function startStores(api: Api, stores: Stores): () => void {
  const unsubscribeEvents = subscribeEvents(api, stores);
  const unlink = linkStores(stores);
  void stores.app.getState().load();
  void stores.week.getState().show(null);
  return () => {
    unsubscribeEvents();
    unlink();
    stores.week.getState().setLive(false);
  };
}
