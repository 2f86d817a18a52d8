import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeApi } from '../../fakeApi';
import { renderApp } from '../../renderApp';

const banner = () => within(screen.getByRole('banner'));

describe('the header', () => {
  it('shows this week’s work against the cap on every view, with the cap’s state in words', async () => {
    const { stores } = await renderApp();
    for (const view of ['today', 'week', 'plan', 'balance', 'insights', 'settings'] as const) {
      stores.nav.getState().go(view);
      await waitFor(() => expect(banner().getByText('This week')).toBeInTheDocument());
      expect(screen.getByRole('banner').textContent).toMatch(/This week\s*21\.5 h of 35 h, within the cap/);
    }
  });

  it('follows the week as it changes while another view is shown, and says when the cap is passed', async () => {
    const api = createFakeApi();
    const { stores } = await renderApp({ api, view: 'settings' });
    await waitFor(() => expect(screen.getByRole('banner').textContent).toMatch(/21\.5 h of 35 h/));
    api.state.week = [{ work: 36 * 60 }];
    api.emit('data.changed', { what: ['entries'] });
    await waitFor(() => expect(screen.getByRole('banner').textContent).toMatch(/This week\s*36 h of 35 h, over the cap/));
    expect(stores.nav.getState().view).toBe('settings');
  });
});
