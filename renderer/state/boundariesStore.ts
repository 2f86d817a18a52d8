// The dated boundaries (the timeline of the cap, daily cap, windows and targets) and days off: the timeline as the
// service labels it, and the changes to both. The days off themselves are in the settings (app store).
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../api';
import type { BoundaryStep, RequestOf } from '../../shared/contract';
import type { AppErrorShape } from '../../shared/result';
import { callApi } from './callApi';
import { registerStoreReset } from './resetAllStores';

export interface BoundariesState {
  steps: BoundaryStep[];
  status: 'idle' | 'loading' | 'ready' | 'failed';
  /** The last refusal of a change, for the form that made it. */
  error: AppErrorShape | null;
}

export interface BoundariesActions {
  load(): Promise<void>;
  set(request: RequestOf<'boundaries.set'>): Promise<boolean>;
  removeStep(week: string): Promise<boolean>;
  addDaysOff(request: RequestOf<'daysOff.add'>): Promise<boolean>;
  removeDayOff(date: string): Promise<boolean>;
}

export type BoundariesStoreState = BoundariesState & BoundariesActions;
export type BoundariesStore = StoreApi<BoundariesStoreState>;

export const initialBoundariesState: BoundariesState = { steps: [], status: 'idle', error: null };

export function createBoundariesStore(api: Api): BoundariesStore {
  const store = createStore<BoundariesStoreState>()((set, get) => {
    // Every change answers ok or a refusal; the settings push event reloads the settings and, through them, the figures.
    const settle = (result: { ok: true } | { ok: false; error: AppErrorShape }) => {
      set({ error: result.ok ? null : result.error });
      return result.ok;
    };
    return {
      ...initialBoundariesState,
      async load() {
        if (get().status !== 'ready') set({ status: 'loading' });
        const result = await callApi(api, 'boundaries.history', {});
        if (result.ok) set({ steps: result.value, status: 'ready' });
        else set({ status: 'failed', error: result.error });
      },
      async set(request) {
        const result = await callApi(api, 'boundaries.set', request);
        if (result.ok) set({ steps: result.value, status: 'ready' });
        return settle(result);
      },
      async removeStep(week) {
        const result = await callApi(api, 'boundaries.removeStep', { week });
        if (result.ok) set({ steps: result.value, status: 'ready' });
        return settle(result);
      },
      async addDaysOff(request) {
        return settle(await callApi(api, 'daysOff.add', request));
      },
      async removeDayOff(date) {
        return settle(await callApi(api, 'daysOff.remove', { date }));
      },
    };
  });
  registerStoreReset(() => store.setState(initialBoundariesState));
  return store;
}
