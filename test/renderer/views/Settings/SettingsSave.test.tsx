import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../renderApp';

const form = (name: string) => within(screen.getByRole('form', { name }));
const settings = { view: 'settings' as const };

describe('Settings: one Save for the page', () => {
  it('says all is saved while nothing changed, with no Save to press and no per-form Save', async () => {
    await renderApp(settings);
    expect(screen.getByText('All settings are saved.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
    for (const name of ['Weekly cap', 'Daily cap', 'Lock mode', 'Work windows', 'Nudges', 'Quiet hours and idle time', 'Weekly targets', 'General']) {
      expect(form(name).queryByRole('button', { name: /^Save/ })).toBeNull();
    }
  });

  it('Ctrl+S saves every changed form, and the page says what was saved', async () => {
    const { api, user } = await renderApp(settings);
    const cap = form('Weekly cap').getByRole('textbox', { name: 'Weekly work cap (hours)' });
    await user.clear(cap);
    await user.type(cap, '30');
    await user.click(form('Lock mode').getByRole('radio', { name: 'Hard' }));
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(api.callsTo('settings.update')).toEqual([{ weeklyCapMinutes: 1800 }, { lockMode: 'hard', unlockCooldownSeconds: 60, unlockDurationMinutes: 30 }]));
    expect(await screen.findByText('All 2 changes saved: Weekly cap, Lock mode.')).toBeInTheDocument();
    expect(screen.queryByText('Changed, not saved yet')).toBeNull();
  });

  it('the “from when” chosen is kept with the draft while away, and the change is saved from that week', async () => {
    const { api, stores, user } = await renderApp(settings);
    await user.click(form('Weekly targets').getByRole('radio', { name: 'Next week' }));
    // The stored 2.5 becomes 2.55 hours: 153 minutes.
    await user.type(form('Weekly targets').getByRole('textbox', { name: 'Fitness, at least (hours a week)' }), '5');
    stores.nav.getState().go('today');
    await screen.findByRole('heading', { level: 2, name: /^Today/ });
    stores.nav.getState().go('settings');
    await screen.findByRole('heading', { level: 2, name: 'Settings' });
    expect(form('Weekly targets').getByRole('radio', { name: 'Next week' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(api.callsTo('boundaries.set')).toEqual([{ values: { targets: { fitnessMinutes: 153, familyMinutes: 600 } }, from: '2026-04-01' }]));
    expect(api.callsTo('settings.update')).toEqual([]);
    // The real boundaries service keeps this week's target and the new one from next week.
    const steps = await api.host.call('boundaries.history', {});
    expect(steps.map((step) => step.targets.fitnessMinutes)).toEqual([150, 153]);
  });

  it('Undo all changes puts every changed form back to what is stored, and nothing is sent', async () => {
    const { api, user } = await renderApp(settings);
    const cap = form('Weekly cap').getByRole('textbox', { name: 'Weekly work cap (hours)' }) as HTMLInputElement;
    await user.clear(cap);
    await user.type(cap, '30');
    await user.click(form('Lock mode').getByRole('radio', { name: 'Hard' }));
    await user.click(screen.getByRole('button', { name: 'Undo all changes' }));
    expect(cap.value).toBe('35');
    expect(form('Lock mode').getByRole('radio', { name: 'Hard' })).not.toBeChecked();
    expect(screen.getByText('All settings are saved.')).toBeInTheDocument();
    expect(api.callsTo('settings.update')).toEqual([]);
  });

  it('the page’s “Nothing saved” goes once the refused form is edited again', async () => {
    const { user } = await renderApp(settings);
    const daily = form('Daily cap').getByRole('textbox', { name: 'Daily work cap (hours)' });
    await user.type(daily, 'soon');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Nothing saved: Daily cap needs a fix first.')).toBeInTheDocument();
    await user.clear(daily);
    await user.type(daily, '7');
    expect(screen.queryByText('Nothing saved: Daily cap needs a fix first.')).toBeNull();
    expect(form('Daily cap').queryByRole('alert')).toBeNull();
  });
});
