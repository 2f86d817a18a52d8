import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NOW } from '../../fixtures';
import { march } from '../../planFixtures';
import { region, renderApp } from '../../renderApp';
import { createTestApi, seedPlan } from '../../testApi';

const planned = () => within(region('Today').getByRole('group', { name: 'Planned now' }));
// Now is Wednesday 25 March, 11:00 in Berlin.
const RUN_NOW = { categoryId: 'fitness', title: 'Run', start: march(25, 10, 30), end: march(25, 12) };

describe('TodayView: a box that is due', () => {
  it('a box planned for now offers “Start <title>”, which starts its category’s timer', async () => {
    const api = await createTestApi();
    await seedPlan(api, [RUN_NOW]);
    const { user } = await renderApp({ api });
    const start = planned().getByRole('button', { name: 'Start Run' });
    expect(planned().getByText('Fitness, 10:30 AM–12:00 PM, now')).toBeInTheDocument();
    await user.click(start);
    expect(api.callsTo('timer.start')).toEqual([{ categoryId: 'fitness' }]);
    expect(await region('Today').findByRole('timer')).toBeInTheDocument();
    // Its category runs now: nothing left to offer.
    expect(region('Today').queryByRole('group', { name: 'Planned now' })).toBeNull();
  });

  it('a box starting within 15 minutes is due, one starting later or already over is not', async () => {
    const api = await createTestApi();
    await seedPlan(api, [
      { categoryId: 'family', start: NOW + 15 * 60_000, end: NOW + 60 * 60_000 },
      { categoryId: 'work', start: NOW + 16 * 60_000, end: NOW + 60 * 60_000 },
      { categoryId: api.categoryId('Reading'), start: NOW - 60 * 60_000, end: NOW },
    ]);
    await renderApp({ api });
    expect(planned().getAllByRole('button').map((b) => b.textContent)).toEqual(['Start Family']);
    expect(planned().getByText('11:15 AM–12:00 PM, starts in 15 min')).toBeInTheDocument();
  });

  it('the start passes through the lock: a soft lock asks for a reason and starts with it', async () => {
    // A daily cap of an hour, and 75 minutes of work already today: the soft lock asks why before more work.
    const api = await createTestApi({ settings: { lockMode: 'soft', dailyCapMinutes: 60 } });
    await api.host.call('entries.add', { categoryId: 'work', start: march(25, 9), end: march(25, 10, 15), reason: 'sprint' });
    await seedPlan(api, [{ ...RUN_NOW, categoryId: 'work', title: 'Report' }]);
    const { user } = await renderApp({ api });
    await user.click(planned().getByRole('button', { name: 'Start Report' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'A reason to go ahead' }));
    await user.type(dialog.getByRole('textbox', { name: 'Reason' }), 'deadline');
    await user.click(dialog.getByRole('button', { name: 'Go ahead' }));
    expect(api.callsTo('timer.start')).toEqual([{ categoryId: 'work' }, { categoryId: 'work', reason: 'deadline' }]);
  });

  it('nothing due: nothing shown', async () => {
    await renderApp();
    expect(region('Today').queryByRole('group', { name: 'Planned now' })).toBeNull();
  });
});
