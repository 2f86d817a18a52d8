// Today as the domain sees it: the summary of the week containing now (for the status line), today's entries, and
// the boxes planned this week (for "Start" on a box that is due). Which day is today comes from that summary's own
// days; the store never works out a day boundary.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../api';
import type { DaySummary, Entry, TimeboxOccurrence, WeekSummary } from '../../shared/model';
import type { AppErrorShape } from '../../shared/result';
import { callApi } from './callApi';
import { registerStoreReset } from './resetAllStores';

export interface TodayState {
  summary: WeekSummary | null;
  day: DaySummary | null;
  entries: Entry[];
  /** The occurrences of the week containing now; none when the plan could not be read (Today works without it). */
  boxes: TimeboxOccurrence[];
  status: 'idle' | 'loading' | 'ready' | 'failed';
  error: AppErrorShape | null;
}

export interface TodayActions {
  refresh(): Promise<void>;
}

export type TodayStoreState = TodayState & TodayActions;
export type TodayStore = StoreApi<TodayStoreState>;

export const initialTodayState: TodayState = { summary: null, day: null, entries: [], boxes: [], status: 'idle', error: null };

/** The day of a summary that contains the summary's own `now`. */
export function dayContainingNow(summary: WeekSummary): DaySummary | null {
  return summary.days.find((day) => day.start <= summary.now && summary.now < day.end) ?? null;
}

export function createTodayStore(api: Api): TodayStore {
  let latestRequest = 0;
  const store = createStore<TodayStoreState>()((set, get) => ({
    ...initialTodayState,
    async refresh() {
      const request = ++latestRequest;
      // Refreshes (every tick while a timer runs) keep what is shown: no flicker of the empty state.
      if (get().status !== 'ready') set({ status: 'loading' });
      const [summary, plan] = await Promise.all([callApi(api, 'summary.week', {}), callApi(api, 'plan.week', {})]);
      if (request !== latestRequest) return;
      if (!summary.ok) return set({ status: 'failed', error: summary.error });
      const boxes = plan.ok ? plan.value.occurrences : [];
      const day = dayContainingNow(summary.value);
      const entries = day ? await callApi(api, 'entries.list', { from: day.start, to: day.end }) : null;
      if (request !== latestRequest) return;
      if (entries && !entries.ok) return set({ summary: summary.value, day, boxes, status: 'failed', error: entries.error });
      set({ summary: summary.value, day, entries: entries?.value ?? [], boxes, status: 'ready', error: null });
    },
  }));
  registerStoreReset(() => {
    latestRequest++;
    store.setState(initialTodayState);
  });
  return store;
}
