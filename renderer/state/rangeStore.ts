// The twelve weeks up to the week being viewed (`summary.range`), for the Balance and Insights trends. Fetched when
// one of those views asks; afterwards kept fresh on data changes.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../api';
import type { WeekRange } from '../../shared/model';
import type { AppErrorShape } from '../../shared/result';
import { callApi } from './callApi';
import { createLatestRequest } from './latestRequest';
import { registerStoreReset } from './resetAllStores';

export const TREND_WEEKS = 12;

export interface RangeState {
  /** An instant in the last week of the range; null: the week containing now. */
  at: number | null;
  range: WeekRange | null;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  error: AppErrorShape | null;
}

export interface RangeActions {
  show(at: number | null): Promise<void>;
  /** Refetches only when a view has asked for the range before. */
  refresh(): Promise<void>;
}

export type RangeStoreState = RangeState & RangeActions;
export type RangeStore = StoreApi<RangeStoreState>;

export const initialRangeState: RangeState = { at: null, range: null, status: 'idle', error: null };

export function createRangeStore(api: Api): RangeStore {
  const latest = createLatestRequest();
  const store = createStore<RangeStoreState>()((set, get) => {
    const load = async () => {
      const { at } = get();
      set({ status: 'loading' });
      await latest.run(
        () => callApi(api, 'summary.range', at === null ? { weeks: TREND_WEEKS } : { weeks: TREND_WEEKS, at }),
        (result) => (result.ok ? set({ range: result.value, status: 'ready', error: null }) : set({ status: 'failed', error: result.error })),
      );
    };
    return {
      ...initialRangeState,
      async show(at) {
        if (at === get().at && get().status !== 'idle') return;
        set({ at });
        await load();
      },
      async refresh() {
        if (get().status !== 'idle') await load();
      },
    };
  });
  registerStoreReset(() => {
    latest.forget();
    store.setState(initialRangeState);
  });
  return store;
}
