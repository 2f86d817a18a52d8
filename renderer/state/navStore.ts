// Which view the window shows, kept in the address's hash (#/week) so Back and Forward work and a reload stays put.
// Hashes that name no view (the skip link's #main) leave the view as it is.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { APP_VIEWS } from '../../shared/contract';
import { registerStoreReset } from './resetAllStores';

export type ViewName = (typeof APP_VIEWS)[number];

/**
 * The views in the order of the navigation: Plan beside Week, where it belongs. The View menu lists APP_VIEWS, where
 * Plan came last so Ctrl/Cmd+1…5 kept their views.
 */
export const VIEWS: readonly ViewName[] = ['today', 'week', 'plan', 'balance', 'insights', 'settings'];

export const VIEW_TITLES: Record<ViewName, string> = {
  today: 'Today',
  week: 'Week',
  plan: 'Plan',
  balance: 'Balance',
  insights: 'Insights',
  settings: 'Settings',
};

export interface NavStoreState {
  view: ViewName;
  /** True once the person has moved between views: focus then goes to the new view's heading. */
  moved: boolean;
  go(view: ViewName): void;
  followHash(hash: string): void;
}
export type NavStore = StoreApi<NavStoreState>;

export function viewFromHash(hash: string): ViewName | null {
  const name = /^#\/([a-z]+)$/.exec(hash)?.[1];
  return (VIEWS as readonly string[]).includes(name ?? '') ? (name as ViewName) : null;
}

export function createNavStore(initialHash = ''): NavStore {
  const store = createStore<NavStoreState>()((set, get) => ({
    view: viewFromHash(initialHash) ?? 'today',
    moved: false,
    go(view) {
      if (view !== get().view) set({ view, moved: true });
      if (typeof window !== 'undefined' && window.location.hash !== `#/${view}`) window.history.pushState(null, '', `#/${view}`);
    },
    followHash(hash) {
      const view = viewFromHash(hash);
      if (view && view !== get().view) set({ view, moved: true });
    },
  }));
  registerStoreReset(() => store.setState({ view: 'today', moved: false }));
  return store;
}
