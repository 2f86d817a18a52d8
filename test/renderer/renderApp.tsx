// Renders the whole window as main.tsx does, over a fake api, with a fixed clock and locale and charts at a fixed
// width (jsdom has no layout to measure).
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import { App } from '../../renderer/App';
import type { AppEnv } from '../../renderer/AppEnv';
import { createStores } from '../../renderer/state/createStores';
import { startStores } from '../../renderer/state/startStores';
import { createFakeApi, type FakeApi } from './fakeApi';
import { NOW } from './fixtures';

export const CHART_WIDTH = 640;

export async function renderApp(options: { api?: FakeApi; clock?: () => number; waitForReady?: boolean } = {}) {
  const api = options.api ?? createFakeApi();
  const stores = createStores(api);
  const stop = startStores(api, stores);
  const env: AppEnv = { stores, clock: options.clock ?? (() => NOW), locale: 'en-US', chartWidth: CHART_WIDTH };
  const user = userEvent.setup();
  const view = render(<App env={env} />);
  if (options.waitForReady ?? true) {
    await screen.findByRole('heading', { name: 'Today' });
    await waitFor(() => expect(stores.week.getState().summary).not.toBeNull());
  }
  return { api, stores, env, user, stop, ...view };
}
