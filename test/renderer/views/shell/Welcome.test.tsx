import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestApi } from '../../testApi';
import { renderApp } from '../../renderApp';

const welcome = () => within(screen.getByRole('region', { name: 'Welcome to Timelock' }));

describe('the first-run welcome', () => {
  it('three steps, each saved as it is left: the cap, the weekdays’ window, then the categories; shown once', async () => {
    const api = await createTestApi({ settings: { welcomePending: true } });
    const { user } = await renderApp({ api });
    expect(welcome().getByText(/Step 1 of 3: Your weekly cap/)).toBeInTheDocument();
    const cap = welcome().getByRole('textbox', { name: 'Work hours a week, at most' });
    await user.clear(cap);
    await user.type(cap, '30');
    await user.click(welcome().getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(api.callsTo('settings.update')).toEqual([{ weeklyCapMinutes: 1800, welcomeStep: 1 }]));

    expect(await welcome().findByText(/Step 2 of 3: When you work/)).toBeInTheDocument();
    const from = welcome().getByLabelText('Work day from');
    await user.clear(from);
    await user.type(from, '08:00');
    await user.click(welcome().getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(api.callsTo('settings.update')).toHaveLength(2));
    expect(api.callsTo('settings.update')[1]!.welcomeStep).toBe(2);
    const windows = api.callsTo('settings.update')[1]!.workWindows!;
    expect(windows.slice(1, 6)).toEqual(Array(5).fill([{ start: '08:00', end: '17:00' }]));
    expect(windows[0]).toEqual([]);
    expect(windows[6]).toEqual([]);

    expect(await welcome().findByText(/Step 3 of 3: What you track/)).toBeInTheDocument();
    expect(welcome().getAllByRole('listitem').map((li) => li.textContent)).toContain('Fitness (fitness)');
    await user.click(welcome().getByRole('button', { name: 'Start using Timelock' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Welcome to Timelock' })).toBeNull());
    expect(api.callsTo('settings.update').at(-1)).toEqual({ welcomePending: false });
    // Focus went with the button; it is on Today's heading now, not on the page.
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Today' }));
  });

  it('a work day that ends before it starts is said to run overnight first, and kept only when Next is pressed again', async () => {
    const api = await createTestApi({ settings: { welcomePending: true, welcomeStep: 1 } });
    const { user } = await renderApp({ api });
    const from = welcome().getByLabelText('Work day from');
    await user.clear(from);
    await user.type(from, '17:00');
    const to = welcome().getByLabelText('until');
    await user.clear(to);
    await user.type(to, '09:00');
    await user.click(welcome().getByRole('button', { name: 'Next' }));
    expect(await welcome().findByText(/17:00 until 09:00 runs overnight, past midnight into the next day/)).toBeInTheDocument();
    expect(api.callsTo('settings.update')).toEqual([]);
    // The same time twice is a whole day, said as one.
    await user.clear(to);
    await user.type(to, '17:00');
    await user.click(welcome().getByRole('button', { name: 'Next' }));
    expect(await welcome().findByText(/17:00 until 17:00 is a 24-hour work day/)).toBeInTheDocument();
    expect(api.callsTo('settings.update')).toEqual([]);
    // Corrected: saved at once.
    await user.clear(to);
    await user.type(to, '21:00');
    await user.click(welcome().getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(api.callsTo('settings.update')).toHaveLength(1));
    expect(api.callsTo('settings.update')[0]!.workWindows![1]).toEqual([{ start: '17:00', end: '21:00' }]);
  });

  it('a night shift is kept when Next is pressed again with the same times', async () => {
    const api = await createTestApi({ settings: { welcomePending: true, welcomeStep: 1 } });
    const { user } = await renderApp({ api });
    const from = welcome().getByLabelText('Work day from');
    await user.clear(from);
    await user.type(from, '22:00');
    const to = welcome().getByLabelText('until');
    await user.clear(to);
    await user.type(to, '06:00');
    await user.click(welcome().getByRole('button', { name: 'Next' }));
    expect(await welcome().findByText(/runs overnight/)).toBeInTheDocument();
    await user.click(welcome().getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(api.callsTo('settings.update')).toHaveLength(1));
    expect(api.callsTo('settings.update')[0]!.workWindows![1]).toEqual([{ start: '22:00', end: '06:00' }]);
  });

  it('a reload resumes at the step the person was on, with what the earlier steps saved', async () => {
    const api = await createTestApi({ settings: { welcomePending: true } });
    const first = await renderApp({ api });
    const cap = welcome().getByRole('textbox', { name: 'Work hours a week, at most' });
    await first.user.clear(cap);
    await first.user.type(cap, '30');
    await first.user.click(welcome().getByRole('button', { name: 'Next' }));
    expect(await welcome().findByText(/Step 2 of 3: When you work/)).toBeInTheDocument();

    // The window goes away and comes back: new stores, filled only from what the main process kept.
    first.stop();
    cleanup();
    const { user } = await renderApp({ api });
    expect(welcome().getByText(/Step 2 of 3: When you work/)).toBeInTheDocument();
    expect(welcome().getByRole('listitem', { current: 'step' }).textContent).toBe('When you work');
    await user.click(welcome().getByRole('button', { name: 'Next' }));
    expect(await welcome().findByText(/Step 3 of 3: What you track/)).toBeInTheDocument();
    expect(api.host.app.store.getSettings()).toMatchObject({ weeklyCapMinutes: 1800, welcomePending: true, welcomeStep: 2 });
  });

  it('a cap it cannot read is refused in words and nothing is saved', async () => {
    const api = await createTestApi({ settings: { welcomePending: true } });
    const { user } = await renderApp({ api });
    const cap = welcome().getByRole('textbox', { name: 'Work hours a week, at most' });
    await user.clear(cap);
    await user.type(cap, 'lots');
    await user.click(welcome().getByRole('button', { name: 'Next' }));
    expect(welcome().getByRole('alert').textContent).toBe('Enter the cap as a number of hours from 0 to 168, for example 35.');
    expect(api.callsTo('settings.update')).toEqual([]);
  });

  it('can be skipped at any step, and is not shown to someone already welcomed', async () => {
    const api = await createTestApi({ settings: { welcomePending: true } });
    const { user } = await renderApp({ api });
    await user.click(welcome().getByRole('button', { name: 'Skip the welcome' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Welcome to Timelock' })).toBeNull());
    expect(api.callsTo('settings.update')).toEqual([{ welcomePending: false }]);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Today' }));

    await renderApp();
    expect(screen.queryAllByRole('region', { name: 'Welcome to Timelock' })).toEqual([]);
  });
});
