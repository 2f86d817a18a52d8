// What every view reads from above: the stores, the clock for the seconds display, and the reader's locale.
// Passed in rather than read from globals so tests can give a fixed clock and locale.
import { createContext, useCallback, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { StoreApi } from 'zustand';
import type { Stores } from './state/createStores';
import type { AppStoreState } from './state/appStore';
import type { WeekStoreState } from './state/weekStore';

export interface AppEnv {
  stores: Stores;
  /** Epoch milliseconds; used only to count a running timer's seconds between the domain's figures. */
  clock: () => number;
  locale: string | undefined;
  /** Charts at a fixed width where there is no layout to measure (jsdom); the window leaves it out. */
  chartWidth?: number;
  /** Which host serves the window: the browser host alone offers Web Notifications and has no Reveal. */
  host?: 'electron' | 'browser';
  /** Called once a view is on screen, from inside the boundary that waits for its code: the window taking over the
   * browser host's first screen (firstScreen/drawWindow.tsx) hydrates the view after the frame around it. */
  onViewShown?: () => void;
}

const AppEnvContext = createContext<AppEnv | null>(null);

export function AppEnvProvider({ env, children }: { env: AppEnv; children: ReactNode }) {
  return <AppEnvContext.Provider value={env}>{children}</AppEnvContext.Provider>;
}

export function useAppEnv(): AppEnv {
  const env = useContext(AppEnvContext);
  if (!env) throw new Error('useAppEnv outside AppEnvProvider');
  return env;
}

/** AppEnv's onViewShown: none where no one listens (a view drawn without the window around it, as tests draw one). */
export function useOnViewShown(): (() => void) | undefined {
  return useContext(AppEnvContext)?.onViewShown;
}

type StoreKey = { [K in keyof Stores]: Stores[K] extends StoreApi<unknown> ? K : never }[keyof Stores];
type StateOf<K extends StoreKey> = Stores[K] extends StoreApi<infer S> ? S : never;

/** A slice of one store's state, re-rendering only when the slice changes. zustand's useStore, but with the store's
 * state as it is now for the server's snapshot too: zustand's is the store's initial state ("loading"), and the
 * browser host's first screen (renderer/firstScreen) is drawn, then hydrated, from stores that have their answers. */
export function useSlice<K extends StoreKey, T>(key: K, selector: (state: StateOf<K>) => T): T {
  const store = useAppEnv().stores[key] as unknown as StoreApi<StateOf<K>>;
  const slice = useCallback(() => selector(store.getState()), [store, selector]);
  return useSyncExternalStore(store.subscribe, slice, slice);
}

export function useAppState<T>(selector: (state: AppStoreState) => T): T {
  return useSlice('app', selector);
}

export function useWeekState<T>(selector: (state: WeekStoreState) => T): T {
  return useSlice('week', selector);
}
