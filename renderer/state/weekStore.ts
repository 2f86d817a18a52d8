// The week being viewed and the summary the domain computed for it (`summary.week`). The store never works out a
// week boundary: moving to the previous or next week asks for the week containing an instant just outside the
// bounds the last summary gave.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../api';
import type { ResponseOf } from '../../shared/contract';
import type { AppErrorShape } from '../../shared/result';
import { callApi } from './callApi';
import { createLatestRequest } from './latestRequest';
import { registerStoreReset } from './resetAllStores';

/** A week's figures with the plan against them (`planned`, absent from a main process older than plans). */
export type WeekWithPlan = ResponseOf<'summary.week'>;

export interface WeekState {
  /** An instant inside the week being viewed; null: the week containing now, which moves on by itself. */
  at: number | null;
  summary: WeekWithPlan | null;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  error: AppErrorShape | null;
}

export interface WeekActions {
  show(at: number | null): Promise<void>;
  refresh(): Promise<void>;
  showPrevious(): Promise<void>;
  showNext(): Promise<void>;
}

export type WeekStoreState = WeekState & WeekActions;
export type WeekStore = StoreApi<WeekStoreState>;

export const initialWeekState: WeekState = { at: null, summary: null, status: 'idle', error: null };

export function createWeekStore(api: Api): WeekStore {
  const latest = createLatestRequest();

  const store = createStore<WeekStoreState>()((set, get) => ({
    ...initialWeekState,

    async show(at) {
      set({ at });
      await get().refresh();
    },

    async refresh() {
      const { at } = get();
      set({ status: 'loading' });
      await latest.run(
        () => callApi(api, 'summary.week', at === null ? {} : { at }),
        (result) => (result.ok ? set({ summary: result.value, status: 'ready', error: null }) : set({ status: 'failed', error: result.error })),
      );
    },

    async showPrevious() {
      const { summary } = get();
      if (summary) await get().show(summary.start - 1);
    },

    async showNext() {
      const { summary } = get();
      if (summary) await get().show(summary.end);
    },
  }));

  registerStoreReset(() => {
    latest.forget();
    store.setState(initialWeekState);
  });
  return store;
}
