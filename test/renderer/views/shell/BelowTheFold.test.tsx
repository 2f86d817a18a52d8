// What a view draws below its fold waits for the window's first paint once (Today's first screen, in
// TodayFirstRender.test.tsx), and only once: a view opened again is drawn whole at once.
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { region, renderApp } from '../../renderApp';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('below the fold', () => {
  it('draws Today’s form at once when Today opens again, with no frame painted since', async () => {
    const { stores } = await renderApp();
    expect(region('Today').getByRole('heading', { name: 'Add time by hand' })).toBeInTheDocument();
    // From here no frame is painted: anything waiting for one would not show.
    vi.stubGlobal('requestAnimationFrame', () => 1);
    vi.stubGlobal('cancelAnimationFrame', () => {});
    act(() => stores.nav.getState().go('week'));
    await screen.findByRole('heading', { level: 2, name: /^Week/ });
    act(() => stores.nav.getState().go('today'));
    await screen.findByRole('heading', { level: 2, name: 'Today' });
    expect(region('Today').getByRole('heading', { name: 'Add time by hand' })).toBeInTheDocument();
  });
});
