// The browser host's first screen and the window taking it over: the host draws Today with the window's components
// from its answers (renderFirstScreen), and the window hydrates that markup with the stores it filled from its own.
import { act, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../renderer/App';
import { drawWindow } from '../../../renderer/firstScreen/drawWindow';
import { FIRST_SCREEN_LOCALE, FIRST_SCREEN_NOW } from '../../../renderer/firstScreen/firstScreenMark';
import { renderFirstScreen } from '../../../renderer/firstScreen/renderFirstScreen';
import { preloadViews } from '../../../renderer/LazyView';
import { createStores } from '../../../renderer/state/createStores';
import { storeResetCount } from '../../../renderer/state/resetAllStores';
import { firstAnswers } from '../../../renderer/state/firstAnswers';
import type { ViewName } from '../../../renderer/state/navStore';
import { startStores } from '../../../renderer/state/startStores';
import { NOW } from '../fixtures';
import { createTestApi, type TestApi } from '../testApi';

const LOCALE = 'en-US';
const MINUTE = 60_000;
const stops: Array<() => void> = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  document.body.replaceChildren();
});

/** A page's root as the browser host serves it: Today drawn at the host's clock, marked. */
async function hostPage(api: TestApi, locale = LOCALE): Promise<HTMLElement> {
  const root = document.createElement('div');
  root.id = 'root';
  root.setAttribute(FIRST_SCREEN_NOW, String(api.clock.now()));
  root.setAttribute(FIRST_SCREEN_LOCALE, locale);
  root.innerHTML = await renderFirstScreen((channel, payload) => api.host.app.router.call(channel, payload), { now: api.clock.now(), locale });
  document.body.append(root);
  return root;
}

/** The window's start as main.tsx makes it, then drawWindow; the clock is the window's (the page a while after). */
async function openWindow(api: TestApi, root: HTMLElement, options: { clock: () => number; view?: ViewName; locale?: string; whileDrawing?: () => void }) {
  const locale = options.locale ?? LOCALE;
  const stores = createStores(api, { notifier: null, initialHash: options.view ? `#/${options.view}` : '', clock: options.clock, locale });
  stops.push(startStores(api, stores, null));
  await Promise.all([firstAnswers(stores), preloadViews([stores.nav.getState().view])]);
  const onDifference = vi.fn();
  let tookOver = false;
  await act(async () => {
    tookOver = drawWindow(root, {
      locale,
      view: stores.nav.getState().view,
      clock: options.clock,
      onDifference,
      app: (clock, onViewShown) => (
        <StrictMode>
          <App env={{ stores, clock, locale, host: 'browser', ...(onViewShown ? { onViewShown } : {}) }} />
        </StrictMode>
      ),
    });
    options.whileDrawing?.();
  });
  return { tookOver, onDifference, stores };
}

describe("the host's first screen, taken over by the window", () => {
  it('is the markup the window draws: hydrated as it is, the same elements kept, and then the window works', async () => {
    const api = await createTestApi();
    await api.host.call('entries.add', { categoryId: 'work', start: NOW - 90 * MINUTE, end: NOW - 30 * MINUTE });
    const root = await hostPage(api);
    const heading = root.querySelector('#today-heading');
    const status = root.querySelector('.today-status');
    expect(status?.textContent).toMatch(/^1 of 35 h this week/);
    const { tookOver, onDifference } = await openWindow(api, root, { clock: () => api.clock.now() + 400 });
    expect(tookOver).toBe(true);
    expect(onDifference).not.toHaveBeenCalled();
    expect(root.querySelector('#today-heading')).toBe(heading);
    expect(root.querySelector('.today-status')).toBe(status);
    // Taken over, the mark goes: styles.css keeps clicks off the host's markup only while it is there.
    expect(root.hasAttribute(FIRST_SCREEN_NOW)).toBe(false);
    // Hydrated means alive: a click on a category starts its timer.
    await act(async () => root.querySelector<HTMLButtonElement>('.category-buttons button')?.click());
    await waitFor(() => expect(root.querySelector('.running-timer')?.textContent).toMatch(/timer running/));
  });

  it("clicks again, once it has the screen, the last button clicked on the host's screen while the page loaded", async () => {
    const api = await createTestApi();
    const root = await hostPage(api);
    // As the page's first-screen script keeps them (electron/hosts/firstScreenCheck.ts): Work, then Fitness's label.
    const button = (name: string) => [...root.querySelectorAll('.category-buttons button')].find((b) => b.textContent?.startsWith(name))!;
    window.timelockHeldClicks = [button('Work'), button('Fitness').firstElementChild ?? button('Fitness')];
    await openWindow(api, root, { clock: () => api.clock.now() });
    await waitFor(() => expect(root.querySelector('.running-timer')?.textContent).toMatch(/Fitness timer running/));
    expect(api.callsTo('timer.start')).toEqual([{ categoryId: 'fitness' }]);
    expect(window.timelockHeldClicks).toEqual([]);
    delete window.timelockHeldClicks;
  });

  it("takes a running timer's seconds over as the host wrote them, then counts on from the window's clock", async () => {
    const api = await createTestApi();
    await api.host.call('timer.start', { categoryId: 'work' });
    api.clock.advance(7 * MINUTE + 5_000);
    const root = await hostPage(api);
    expect(root.querySelector('.running-timer')?.textContent).toContain('0:07:05');
    // The window hydrates 3.4 s after the host drew: drawn at its own clock, the seconds would differ from the markup
    // (no difference told). Once it has the screen, Today's timer reads the window's clock at once, not at its next
    // tick: waiting for it showed 0:07:05 a second more, then 0:07:09, never 0:07:08.
    let windowNow = api.clock.now() + 3_400;
    const { onDifference } = await openWindow(api, root, { clock: () => windowNow });
    expect(onDifference).not.toHaveBeenCalled();
    expect(root.querySelector('.running-timer')?.textContent).toContain('0:07:08');
    // Then a second at a time, from the window's clock.
    windowNow += 1_000;
    await waitFor(() => expect(root.querySelector('.running-timer')?.textContent).toContain('0:07:09'), { timeout: 1500 });
  });

  it('a change between the host drawing and the window asking: told as a difference, and the window shows the change', async () => {
    const api = await createTestApi();
    const root = await hostPage(api);
    expect(root.querySelector('.entry-list')).toBeNull();
    await api.host.call('entries.add', { categoryId: 'work', start: NOW - 90 * MINUTE, end: NOW - 30 * MINUTE });
    const { onDifference } = await openWindow(api, root, { clock: () => api.clock.now() });
    expect(onDifference).toHaveBeenCalled();
    await waitFor(() => expect(root.querySelector('.entry-list')?.textContent).toMatch(/Work/));
    expect(root.querySelector('.today-status')?.textContent).toMatch(/^1 of 35 h this week/);
  });

  it('a window on another view, or in another language, draws itself in place of the markup, and the mark goes', async () => {
    for (const options of [{ view: 'week' as const }, { locale: 'de-DE' }]) {
      const api = await createTestApi();
      const root = await hostPage(api);
      // The host's screen goes as the window starts drawing, not when React first commits: unmarked, it would show
      // where the page's check had hidden it (electron/hosts/firstScreenCheck.ts).
      let left = -1;
      const { tookOver, onDifference } = await openWindow(api, root, { clock: () => api.clock.now(), ...options, whileDrawing: () => (left = root.childElementCount) });
      expect(left).toBe(0);
      expect(tookOver).toBe(false);
      expect(onDifference).not.toHaveBeenCalled();
      expect(root.hasAttribute(FIRST_SCREEN_NOW)).toBe(false);
      if (options.view) await waitFor(() => expect(root.querySelector('h2')?.textContent).toMatch(/^Week/));
      else await waitFor(() => expect(root.querySelector('#today-heading')).not.toBeNull());
      root.remove();
    }
  });

  it("releases the host's screen when the window cannot take it over as it is: its own answers failed, it says so, and takes clicks", async () => {
    const api = await createTestApi();
    const root = await hostPage(api);
    api.fail('app.snapshot', { code: 'internal', message: 'The data folder could not be read.' });
    const { tookOver, onDifference } = await openWindow(api, root, { clock: () => api.clock.now() });
    expect(tookOver).toBe(true);
    await waitFor(() => expect(root.textContent).toContain('The data folder could not be read.'));
    expect(onDifference).toHaveBeenCalled();
    // The mark holds clicks off (styles.css): gone, the window's buttons (Try again) take them.
    expect(root.hasAttribute(FIRST_SCREEN_NOW)).toBe(false);
  });
});

describe('the host drawing pages', () => {
  it('keeps nothing of a page once drawn: its stores are not left in the reset registry', async () => {
    const api = await createTestApi();
    const before = storeResetCount();
    for (let page = 0; page < 3; page++) await renderFirstScreen((channel, payload) => api.host.app.router.call(channel, payload), { now: api.clock.now(), locale: LOCALE });
    expect(storeResetCount()).toBe(before);
  });
});
