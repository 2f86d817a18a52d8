// The week being viewed and the summary the domain computed for it (`summary.week`). The store never works out a
// week boundary: moving to the previous or next week asks for the week containing an instant just outside the
// bounds the last summary gave. Finished weeks already fetched are shown again at once, and while a person pages back
// the week before is asked for ahead (keptWeeks.ts).
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../api';
import type { ResponseOf } from '../../shared/contract';
import type { AppErrorShape, Result } from '../../shared/result';
import { createKeptWeeks } from './keptWeeks';
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
  /** The data behind the week figures changed: weeks kept or asked for ahead are asked for again when shown. */
  forgetKeptWeeks(): void;
}

export type WeekStoreState = WeekState & WeekActions;
export type WeekStore = StoreApi<WeekStoreState>;

export const initialWeekState: WeekState = { at: null, summary: null, status: 'idle', error: null };

export function createWeekStore(api: Api): WeekStore {
  const latest = createLatestRequest();

  const weeks = createKeptWeeks(api);

  const apply = (result: Result<WeekWithPlan>) =>
    result.ok ? store.setState({ summary: result.value, status: 'ready', error: null }) : store.setState({ status: 'failed', error: result.error });

  const store = createStore<WeekStoreState>()((set, get) => ({
    ...initialWeekState,

    async show(at) {
      const kept = at === null ? undefined : weeks.find(at);
      if (kept) {
        // Makes an answer still on its way for an earlier move older than this one.
        latest.forget();
        set({ at, summary: kept, status: 'ready', error: null });
        return;
      }
      set({ at, status: 'loading' });
      await latest.run(() => (at === null ? weeks.fetch(null) : weeks.ask(at)), apply);
    },

    async refresh() {
      const { at } = get();
      set({ status: 'loading' });
      await latest.run(() => weeks.fetch(at), apply);
    },

    async showPrevious() {
      const { summary } = get();
      if (!summary) return;
      const at = summary.start - 1;
      await get().show(at);
      // Paging back: the week before this one, asked for while this one is painted, is there for the next click.
      const shown = get().summary;
      if (get().status === 'ready' && shown && shown.start <= at && at < shown.end) weeks.askAhead(shown.start - 1);
    },

    async showNext() {
      const { summary } = get();
      if (summary) await get().show(summary.end);
    },

    forgetKeptWeeks: () => weeks.forget(),
  }));

  registerStoreReset(() => {
    latest.forget();
    weeks.forget();
    store.setState(initialWeekState);
  });
  return store;
}
