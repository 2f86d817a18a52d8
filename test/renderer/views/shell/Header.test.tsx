import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SAMPLE_WEEK } from '../../fixtures';
import { renderApp } from '../../renderApp';
import { createTestApi, seedWeek } from '../../testApi';

const banner = () => within(screen.getByRole('banner'));

describe('the header', () => {
  it('shows this week’s work against the cap on every view, with the cap’s state in words', async () => {
    const api = await createTestApi();
    await seedWeek(api, SAMPLE_WEEK);
    const { stores } = await renderApp({ api });
    for (const view of ['today', 'week', 'plan', 'balance', 'insights', 'settings'] as const) {
      stores.nav.getState().go(view);
      await waitFor(() => expect(banner().getByText('This week')).toBeInTheDocument());
      expect(screen.getByRole('banner').textContent).toMatch(/This week\s*21\.5 h of 35 h, within the cap/);
    }
  });

  it('follows the week as it changes while another view is shown, and says when the cap is passed', async () => {
    const api = await createTestApi();
    await seedWeek(api, SAMPLE_WEEK);
    const { stores } = await renderApp({ api, view: 'settings' });
    await waitFor(() => expect(screen.getByRole('banner').textContent).toMatch(/21\.5 h of 35 h/));
    // 14.5 h more, Thursday evening to Friday morning, saved by the real service (which says data.changed).
    api.clock.set(api.clock.now() + 2 * 86_400_000);
    await api.host.call('entries.add', { categoryId: 'work', start: api.clock.now() - 15 * 3_600_000, end: api.clock.now() - 30 * 60_000 });
    await waitFor(() => expect(screen.getByRole('banner').textContent).toMatch(/This week\s*36 h of 35 h, over the cap/));
    expect(stores.nav.getState().view).toBe('settings');
  });
});
