import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubIdleCallbacks, type IdleCallbacks } from '../../idleCallbacks';

// The charts' warm-up runs once per window (a module's state): each test loads the window's code afresh.
async function freshRenderApp() {
  vi.resetModules();
  return (await import('../../renderApp')).renderApp;
}

let idle: IdleCallbacks['waiting'];
let runIdleTask: IdleCallbacks['runOne'];
beforeEach(() => {
  ({ waiting: idle, runOne: runIdleTask } = stubIdleCallbacks());
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const warmUpBox = () => document.body.querySelector<HTMLElement>(':scope > div[aria-hidden="true"]');
/** Long enough for the start-up figures, the other views' code and the warm-up's module to have come. */
const aWhile = () => act(() => new Promise((resolve) => setTimeout(resolve, 300)));

describe('AppShell: the charts’ code warmed up while the first view is read', () => {
  it('after start-up, on Today, draws charts out of sight one idle task at a time; a move to another view stops it at once', async () => {
    const renderApp = await freshRenderApp();
    const { user } = await renderApp();
    await waitFor(() => expect(idle.size).toBe(1));
    await runIdleTask();
    expect(warmUpBox()?.querySelector('svg.recharts-surface')).not.toBeNull();
    expect(idle.size).toBe(1);
    await user.click(within(document.body).getByRole('link', { name: 'Week' }));
    await screen.findByRole('heading', { level: 2, name: /^Week/ });
    expect(warmUpBox()).toBeNull();
    expect(idle.size).toBe(0);
    // Back on Today, it does not start again.
    await user.click(within(document.body).getByRole('link', { name: 'Today' }));
    await aWhile();
    expect(idle.size).toBe(0);
  });

  it('runs once per window: the shell drawn again after start-up does not warm up a second time', async () => {
    const renderApp = await freshRenderApp();
    const first = await renderApp();
    await waitFor(() => expect(idle.size).toBe(1));
    first.unmount();
    expect(idle.size).toBe(0);
    await renderApp();
    await aWhile();
    expect(idle.size).toBe(0);
    expect(warmUpBox()).toBeNull();
  });

  it('a window that opens on a view with charts does not warm up: that view’s own charts are drawn first', async () => {
    const renderApp = await freshRenderApp();
    await renderApp({ view: 'week' });
    await aWhile();
    expect(idle.size).toBe(0);
  });
});
