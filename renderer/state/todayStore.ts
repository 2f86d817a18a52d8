// Today as the domain sees it: the summary of the week containing now (for the status line), today's entries, and
// the boxes planned this week (for "Start" on a box that is due). Which day is today comes from that summary's own
// days; the store never works out a day boundary.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../api';
import type { DaySummary, Entry, WeekSummary } from '../../shared/model';
import type { TimeboxOccurrence } from '../../shared/planModel';
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

export interface TodayRefresh {
  /** Today's entries (they change with entries, not with a running timer's tick); fetched anyway on a new day. */
  entries?: boolean;
  /** The week's boxes (they change with the plan only); fetched anyway in a new week. */
  plan?: boolean;
  /** The summary of the week containing now, fetched a moment ago by the week store (start-up): not asked again. */
  summary?: WeekSummary;
}

export interface TodayActions {
  /** Fetches the week's summary, and the entries and boxes asked for (all of them when nothing is said). */
  refresh(what?: TodayRefresh): Promise<void>;
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
    async refresh(what = { entries: true, plan: true }) {
      const request = ++latestRequest;
      const shown = get();
      // Refreshes (every tick while a timer runs) keep what is shown: no flicker of the empty state.
      if (shown.status !== 'ready') set({ status: 'loading' });
      const complete = shown.status === 'ready';
      const summary = what.summary ? { ok: true as const, value: what.summary } : await callApi(api, 'summary.week', {});
      if (request !== latestRequest) return;
      if (!summary.ok) return set({ status: 'failed', error: summary.error });
      const day = dayContainingNow(summary.value);
      const sameWeek = complete && shown.summary?.start === summary.value.start;
      const sameDay = complete && shown.day !== null && day !== null && shown.day.start === day.start;
      const [plan, entries] = await Promise.all([
        what.plan || !sameWeek ? callApi(api, 'plan.week', {}) : null,
        day && (what.entries || !sameDay) ? callApi(api, 'entries.list', { from: day.start, to: day.end }) : null,
      ]);
      if (request !== latestRequest) return;
      const boxes = plan ? (plan.ok ? plan.value.occurrences : []) : shown.boxes;
      if (entries && !entries.ok) return set({ summary: summary.value, day, boxes, status: 'failed', error: entries.error });
      const dayEntries = entries ? entries.value : day && sameDay ? shown.entries : [];
      set({ summary: summary.value, day, entries: dayEntries, boxes, status: 'ready', error: null });
    },
  }));
  registerStoreReset(() => {
    latestRequest++;
    store.setState(initialTodayState);
  });
  return store;
}
