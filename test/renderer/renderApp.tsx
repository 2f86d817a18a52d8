// Renders the whole window as main.tsx does, over the real main process in a temporary folder (testApi.ts), on its
// fake clock, with a fixed locale and charts at a fixed width (jsdom has no layout to measure). `view` opens one view as the address's hash would.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import { App } from '../../renderer/App';
import { afterPaint } from '../../renderer/afterPaint';
import { preloadViews } from '../../renderer/LazyView';
import type { AppEnv } from '../../renderer/AppEnv';
import { createStores } from '../../renderer/state/createStores';
import type { ViewName } from '../../renderer/state/navStore';
import { VIEW_TITLES } from '../../renderer/state/navStore';
import { startStores } from '../../renderer/state/startStores';
import type { WebNotifier } from '../../renderer/state/toastStore';
import { createTestApi, type TestApi } from './testApi';

export const CHART_WIDTH = 640;
const LOCALE = 'en-US';

// The window loads each view's code when it is first shown; here every view's code is in before any test renders,
// as when they were imported statically, so a test moves between views as fast as a person whose chunks are cached.
await preloadViews();

export interface RenderOptions {
  api?: TestApi;
  clock?: () => number;
  waitForReady?: boolean;
  view?: ViewName;
  host?: AppEnv['host'];
  notifier?: WebNotifier | null;
}

export async function renderApp(options: RenderOptions = {}) {
  const api: TestApi = options.api ?? (await createTestApi());
  // The locale goes with the snapshot request as main.tsx sends it, so the window formats from the host's conventions.
  const stores = createStores(api, { notifier: options.notifier ?? null, initialHash: options.view ? `#/${options.view}` : '', locale: LOCALE });
  const stop = startStores(api, stores, options.notifier ?? null);
  const env: AppEnv = { stores, clock: options.clock ?? (() => api.clock.now()), locale: LOCALE, chartWidth: CHART_WIDTH, host: options.host ?? 'electron' };
  const user = userEvent.setup();
  const view = render(<App env={env} />);
  if (options.waitForReady ?? true) {
    await screen.findByRole('heading', { level: 2, name: new RegExp(`^${VIEW_TITLES[options.view ?? 'today']}`) });
    await waitFor(() => expect(stores.week.getState().summary).not.toBeNull());
    await waitFor(() => expect(stores.today.getState().status).toBe('ready'));
    // The window's first screen is complete once painted: what a view draws below its fold comes then (BelowTheFold).
    await act(() => new Promise<void>((resolve) => afterPaint(resolve)));
  }
  return { api, stores, env, user, stop, ...view };
}

/** The region of one view, found by its heading. */
export function region(name: string | RegExp) {
  return within(screen.getByRole('region', { name }));
}
