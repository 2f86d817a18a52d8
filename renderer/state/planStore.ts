// The week being planned and what the main process says of it (`plan.week`): its boxes with series expanded, the plan
// check's findings and the plan against what was logged. Like the week store, it never works out a week boundary:
// the neighbouring weeks are the weeks containing an instant just outside the bounds the last answer gave.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../api';
import type { PlanWeek } from '../../shared/planModel';
import type { AppErrorShape } from '../../shared/result';
import { callApi } from './callApi';
import { createLatestRequest } from './latestRequest';
import { registerStoreReset } from './resetAllStores';

export interface PlanState {
  /** An instant inside the week being planned; null: the week containing now. */
  at: number | null;
  plan: PlanWeek | null;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  error: AppErrorShape | null;
}

export interface PlanActions {
  show(at: number | null): Promise<void>;
  /** Refetches only once the Plan view has asked for a week: nothing is fetched for a view never opened. */
  refresh(): Promise<void>;
  showPrevious(): Promise<void>;
  showNext(): Promise<void>;
}

export type PlanStoreState = PlanState & PlanActions;
export type PlanStore = StoreApi<PlanStoreState>;

export const initialPlanState: PlanState = { at: null, plan: null, status: 'idle', error: null };

export function createPlanStore(api: Api): PlanStore {
  const latest = createLatestRequest();
  const store = createStore<PlanStoreState>()((set, get) => {
    const load = async () => {
      const { at } = get();
      // A refetch keeps the grid as it is (and focus on its box) until the new week is in.
      if (get().status !== 'ready') set({ status: 'loading' });
      await latest.run(
        () => callApi(api, 'plan.week', at === null ? {} : { at }),
        (result) => (result.ok ? set({ plan: result.value, status: 'ready', error: null }) : set({ status: 'failed', error: result.error })),
      );
    };
    return {
      ...initialPlanState,
      async show(at) {
        set({ at });
        await load();
      },
      async refresh() {
        if (get().status !== 'idle') await load();
      },
      async showPrevious() {
        const { plan } = get();
        if (plan) await get().show(plan.start - 1);
      },
      async showNext() {
        const { plan } = get();
        if (plan) await get().show(plan.end);
      },
    };
  });
  registerStoreReset(() => {
    latest.forget();
    store.setState(initialPlanState);
  });
  return store;
}
