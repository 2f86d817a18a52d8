// Weekly check-ins (energy and mood 1–5, a note), listed once and saved one week at a time.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../api';
import type { RequestOf } from '../../shared/contract';
import type { CheckIn } from '../../shared/model';
import type { AppErrorShape } from '../../shared/result';
import { callApi } from './callApi';
import { registerStoreReset } from './resetAllStores';

export interface CheckInState {
  checkIns: CheckIn[];
  status: 'idle' | 'loading' | 'ready' | 'failed';
  error: AppErrorShape | null;
  saveError: AppErrorShape | null;
}

export interface CheckInActions {
  load(): Promise<void>;
  refresh(): Promise<void>;
  save(request: RequestOf<'checkins.save'>): Promise<boolean>;
}

export type CheckInStoreState = CheckInState & CheckInActions;
export type CheckInStore = StoreApi<CheckInStoreState>;

export const initialCheckInState: CheckInState = { checkIns: [], status: 'idle', error: null, saveError: null };

export function createCheckInStore(api: Api): CheckInStore {
  const store = createStore<CheckInStoreState>()((set, get) => ({
    ...initialCheckInState,
    async load() {
      // A refresh keeps what is shown (and the open form) until the new list is in.
      if (get().status !== 'ready') set({ status: 'loading' });
      const result = await callApi(api, 'checkins.list', {});
      if (result.ok) set({ checkIns: result.value, status: 'ready', error: null });
      else set({ status: 'failed', error: result.error });
    },
    async refresh() {
      if (get().status !== 'idle') await get().load();
    },
    async save(request) {
      const result = await callApi(api, 'checkins.save', request);
      if (!result.ok) {
        set({ saveError: result.error });
        return false;
      }
      const saved = result.value;
      set((state) => ({ saveError: null, checkIns: [...state.checkIns.filter((c) => c.week !== saved.week), saved].sort((a, b) => a.week.localeCompare(b.week)) }));
      return true;
    },
  }));
  registerStoreReset(() => store.setState(initialCheckInState));
  return store;
}
