// The browser host's first screen: the window's own components, drawn to HTML by the host from the same start-up
// answers the window asks for, so a page shows Today as soon as its HTML and CSS are in instead of after its code has
// downloaded, run and asked (in Chromium with 25,000 entries, about 130 ms of a cold load before any content). The
// window's code then takes the markup over (hydrateRoot in main.tsx) from its own answers; where they differ (a change
// in between, a draft kept in the tab) React draws anew what differs. Electron's window reads its files from disk and
// asks over IPC, and draws itself as before.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import type { Result } from '../../shared/result';
import { createApi } from '../api';
import { App } from '../App';
import { preloadViews } from '../LazyView';
import { createStores } from '../state/createStores';
import { firstAnswers } from '../state/firstAnswers';
import { withoutStoreResets } from '../state/resetAllStores';
import { askFirstAnswers } from '../state/startStores';
import type { FirstScreenMark } from './firstScreenMark';

/** One call to the host's router, as the page's /api would answer it. */
export type RouterCall = (channel: string, payload: unknown) => Promise<Result<unknown>>;

/** Today's first screen for a page that opens at `context.now` in `context.locale`, as HTML for the page's root. Throws
 * when it cannot be drawn (the page is then served without it, and the window draws itself). */
export async function renderFirstScreen(call: RouterCall, context: FirstScreenMark): Promise<string> {
  // Each answer through JSON, as the page receives it: the same values the window's stores will hold, so the two draw
  // the same markup (an object the router keeps, or a field left undefined, would not survive the trip).
  const api = createApi({
    invoke: async (channel, payload) => JSON.parse(JSON.stringify(await call(channel, payload))) as Result<unknown>,
    subscribe: () => () => {},
  });
  const clock = () => context.now;
  // Stores for this page alone: kept out of the tests' reset registry, which would hold every page's for good.
  const stores = withoutStoreResets(() => createStores(api, { notifier: null, initialHash: '', clock, locale: context.locale }));
  try {
    askFirstAnswers(stores);
    await Promise.all([firstAnswers(stores), preloadViews(['today'])]);
    return renderToString(
      <StrictMode>
        <App env={{ stores, clock, locale: context.locale, host: 'browser' }} />
      </StrictMode>,
    );
  } finally {
    stores.figures.dispose();
  }
}
