// Today as the domain sees it: the summary of the week containing now (for the status line), today's entries, and
// the boxes planned this week (for "Start" on a box that is due). Which day is today comes from that summary's own
// days; the store never works out a day boundary.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../api';
import type { DaySummary, Entry, WeekSummary } from '../../shared/model';
import type { TimeboxOccurrence } from '../../shared/planModel';
import type { AppErrorShape } from '../../shared/result';
import { entriesAroundNow } from '../../shared/startupCalls';
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
  /** The summary of the week containing now, on its way from the week store (start-up): not asked again. Null when
   * that store did not get it (an error, or the person moved to another week): then Today asks for its own. */
  summary?: Promise<WeekSummary | null>;
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

/**
 * `clock`: the window's clock. With it, today's entries are asked for alongside the week's summary (a window around
 * now, trimmed to the summary's day when it comes) instead of after it, so the first paint waits for one round trip,
 * not two; the day's bounds still come from the summary. Without it, the entries wait for the summary's day.
 */
export function createTodayStore(api: Api, clock?: () => number): TodayStore {
  let latestRequest = 0;
  const store = createStore<TodayStoreState>()((set, get) => ({
    ...initialTodayState,
    async refresh(what = { entries: true, plan: true }) {
      const request = ++latestRequest;
      const shown = get();
      // Refreshes (every tick while a timer runs) keep what is shown: no flicker of the empty state.
      if (shown.status !== 'ready') set({ status: 'loading' });
      const complete = shown.status === 'ready';
      // The plan does not depend on the summary, and the entries around now need only the clock: all asked at once.
      const plan = what.plan ? callApi(api, 'plan.week', {}) : null;
      const now = what.entries && clock ? clock() : null;
      // The same window the early asker asked for at start (shared/startupCalls.ts), so its answer serves this call.
      const around = now === null ? null : entriesAroundNow(now);
      const aroundNow = around ? callApi(api, 'entries.list', around) : null;
      const given = what.summary ? await what.summary : null;
      const summary = given ? { ok: true as const, value: given } : await callApi(api, 'summary.week', {});
      if (request !== latestRequest) return;
      if (!summary.ok) return set({ status: 'failed', error: summary.error });
      const day = dayContainingNow(summary.value);
      const sameWeek = complete && shown.summary?.start === summary.value.start;
      const sameDay = complete && shown.day !== null && day !== null && shown.day.start === day.start;
      const covered = around && day && around.from <= day.start && day.end <= around.to ? aroundNow : null;
      const [planned, entries] = await Promise.all([
        plan ?? (sameWeek ? null : callApi(api, 'plan.week', {})),
        day && (what.entries || !sameDay)
          ? (covered?.then((listed) => (listed.ok ? { ok: true as const, value: listed.value.filter((e) => e.end > day.start && e.start < day.end) } : listed)) ??
            callApi(api, 'entries.list', { from: day.start, to: day.end }))
          : null,
      ]);
      if (request !== latestRequest) return;
      const boxes = planned ? (planned.ok ? planned.value.occurrences : []) : shown.boxes;
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
