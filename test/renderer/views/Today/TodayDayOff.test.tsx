import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NOW, SAMPLE_WEEK } from '../../fixtures';
import { region, renderApp } from '../../renderApp';
import { createTestApi, seedWeek } from '../../testApi';

const today = () => region('Today');
const HOUR = 3_600_000;

describe('Today: taking today off when work is already logged', () => {
  it('asks first, saying the hours, the lowered cap and that the entries stay; Cancel changes nothing', async () => {
    const api = await createTestApi();
    // 21.5 h this week, 6 h of it today (Wednesday); the default cap is 35 h over five equal work days.
    await seedWeek(api, SAMPLE_WEEK);
    const entries = api.host.app.store.getEntries();
    const { user } = await renderApp({ api });

    await user.click(today().getByRole('button', { name: 'Take today off' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Take today off?' });
    expect(within(dialog).getByText('Today already has 6 h of work logged.')).toBeInTheDocument();
    expect(within(dialog).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      "This week's cap goes from 35 h to 28 h; with 21.5 h of work this week, 6.5 h are left.",
      "Today's entries are kept. They still count toward the week, as work outside your work hours.",
    ]);
    // The safe answer has the focus, as in the other confirmations.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(api.callsTo('daysOff.add')).toEqual([]);
    expect(document.activeElement).toBe(today().getByRole('button', { name: 'Take today off' }));

    await user.click(today().getByRole('button', { name: 'Take today off' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Take today off' }));
    expect(api.callsTo('daysOff.add')).toEqual([{ from: '2026-03-25' }]);
    expect(await today().findByText(/Day off: no work to log/)).toBeInTheDocument();
    expect(document.activeElement).toBe(today().getByRole('button', { name: 'Work today after all' }));
    expect(api.host.app.store.getEntries()).toEqual(entries);
  });

  it('with a work timer running and the week past the lowered cap, it says both; Escape cancels', async () => {
    const api = await createTestApi();
    // 29 h up to an hour ago, then a Work timer: 30 h this week, 10 h of it today.
    api.clock.set(NOW - HOUR);
    await seedWeek(api, [{ work: 600 }, { work: 600 }, { work: 540 }]);
    await api.host.call('timer.start', { categoryId: 'work' });
    api.clock.set(NOW);
    const { user } = await renderApp({ api });

    await user.click(today().getByRole('button', { name: 'Take today off' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Take today off?' });
    expect(within(dialog).getByText('Today already has 10 h of work logged, and a Work timer is running.')).toBeInTheDocument();
    expect(within(dialog).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      "This week's cap goes from 35 h to 28 h; with 30 h of work this week, that puts the week 2 h over its cap.",
      "Today's entries are kept. They still count toward the week, as work outside your work hours.",
      'The Work timer keeps running.',
    ]);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(api.callsTo('daysOff.add')).toEqual([]);
    expect(api.host.app.store.getTimer()).not.toBeNull();
    expect(document.activeElement).toBe(today().getByRole('button', { name: 'Take today off' }));
  });

  it('with no work today (fitness only), the day is taken off at once, as before', async () => {
    const api = await createTestApi();
    await seedWeek(api, [{ work: 480 }, {}, { fitness: 45 }]);
    const { user } = await renderApp({ api });

    await user.click(today().getByRole('button', { name: 'Take today off' }));
    expect(await today().findByText(/Day off: no work to log/)).toBeInTheDocument();
    expect(api.callsTo('daysOff.add')).toEqual([{ from: '2026-03-25' }]);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});
