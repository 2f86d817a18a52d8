// What happened in the week being viewed besides the hours: the nudges shown (`nudges.log`) and the entries kept
// with an override reason (a soft lock passed or an unlock used).
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../api';
import type { Entry, NudgeRecord } from '../../shared/model';
import type { AppErrorShape } from '../../shared/result';
import { callApi } from './callApi';
import { registerStoreReset } from './resetAllStores';

export interface WeekLogState {
  /** The bounds the log was fetched for, as the week summary gave them. */
  bounds: { start: number; end: number } | null;
  nudges: NudgeRecord[];
  overrides: Entry[];
  status: 'idle' | 'loading' | 'ready' | 'failed';
  error: AppErrorShape | null;
}

export interface WeekLogActions {
  load(bounds: { start: number; end: number }): Promise<void>;
  refresh(): Promise<void>;
}

export type WeekLogStoreState = WeekLogState & WeekLogActions;
export type WeekLogStore = StoreApi<WeekLogStoreState>;

export const initialWeekLogState: WeekLogState = { bounds: null, nudges: [], overrides: [], status: 'idle', error: null };

export function createWeekLogStore(api: Api): WeekLogStore {
  let latestRequest = 0;
  const store = createStore<WeekLogStoreState>()((set, get) => ({
    ...initialWeekLogState,
    async load(bounds) {
      const request = ++latestRequest;
      set({ bounds, status: 'loading' });
      const range = { from: bounds.start, to: bounds.end };
      const [nudges, entries] = await Promise.all([callApi(api, 'nudges.log', range), callApi(api, 'entries.list', range)]);
      if (request !== latestRequest) return;
      if (!nudges.ok) return set({ status: 'failed', error: nudges.error });
      if (!entries.ok) return set({ status: 'failed', error: entries.error });
      set({ nudges: nudges.value, overrides: entries.value.filter((entry) => entry.overrideReason), status: 'ready', error: null });
    },
    async refresh() {
      const { bounds } = get();
      if (bounds) await get().load(bounds);
    },
  }));
  registerStoreReset(() => {
    latestRequest++;
    store.setState(initialWeekLogState);
  });
  return store;
}
