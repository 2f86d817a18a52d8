// The unlock in force and the one waiting out its cool-down, so every view can show it with "End now". Fetched at
// start and whenever the main process says the unlocks changed.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../api';
import type { Unlock } from '../../shared/model';
import type { Result } from '../../shared/result';
import { callApi } from './callApi';
import { registerStoreReset } from './resetAllStores';

export interface UnlockState {
  active: Unlock | null;
  pending: Unlock | null;
}

export interface UnlockActions {
  refresh(): Promise<void>;
  end(id: string): Promise<Result<Unlock>>;
}

export type UnlockStoreState = UnlockState & UnlockActions;
export type UnlockStore = StoreApi<UnlockStoreState>;

export const initialUnlockState: UnlockState = { active: null, pending: null };

export function createUnlockStore(api: Api): UnlockStore {
  let latest = 0;
  const store = createStore<UnlockStoreState>()((set, get) => ({
    ...initialUnlockState,
    async refresh() {
      const request = ++latest;
      const result = await callApi(api, 'locks.unlocks', {});
      if (request === latest && result.ok) set({ active: result.value.active, pending: result.value.pending });
    },
    async end(id) {
      const result = await callApi(api, 'locks.endUnlock', { id });
      if (result.ok) await get().refresh();
      return result;
    },
  }));
  registerStoreReset(() => {
    latest++;
    store.setState(initialUnlockState);
  });
  return store;
}
