import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../renderApp';

const form = (name: string) => within(screen.getByRole('form', { name }));
const settingsLink = () => within(screen.getByRole('navigation', { name: 'Views' })).getByRole('link', { name: 'Settings' });

describe('Settings: a change not saved yet is never lost without a word', () => {
  it('leaving Settings keeps the typed change; the header marks Settings; back on Settings the form still has it', async () => {
    const { api, stores, user } = await renderApp({ view: 'settings' });
    const cap = () => form('Weekly cap').getByRole('textbox', { name: 'Weekly work cap (hours)' }) as HTMLInputElement;
    await user.clear(cap());
    await user.type(cap(), '30');
    expect(form('Weekly cap').getByText('Changed, not saved yet')).toBeInTheDocument();
    expect(screen.getByText(/^Changed, not saved yet: Weekly cap\. Save or undo it below/)).toBeInTheDocument();

    stores.nav.getState().go('week');
    await screen.findByRole('heading', { level: 2, name: /^Week/ });
    expect(settingsLink()).toHaveAttribute('aria-describedby', expect.stringMatching(/\S/));
    expect(document.getElementById(settingsLink().getAttribute('aria-describedby')!)?.textContent).toBe('Changed settings not saved yet');

    stores.nav.getState().go('settings');
    await screen.findByRole('heading', { level: 2, name: 'Settings' });
    expect(cap().value).toBe('30');
    expect(api.callsTo('settings.update')).toEqual([]);

    await user.click(form('Weekly cap').getByRole('button', { name: 'Save cap' }));
    await waitFor(() => expect(api.callsTo('settings.update')).toEqual([{ weeklyCapMinutes: 1800 }]));
    expect(await form('Weekly cap').findByText('Weekly cap saved: 30 h.')).toBeInTheDocument();
    expect(form('Weekly cap').queryByText('Changed, not saved yet')).toBeNull();
    expect(settingsLink().getAttribute('aria-describedby')).toBeNull();
  });

  it('Undo changes drops the kept draft and the marks', async () => {
    const { stores, user } = await renderApp({ view: 'settings' });
    const targets = form('Weekly targets');
    await user.type(targets.getByRole('textbox', { name: /Fitness/ }), '5');
    stores.nav.getState().go('today');
    stores.nav.getState().go('settings');
    await user.click(await form('Weekly targets').findByRole('button', { name: 'Undo changes' }));
    expect(screen.queryByText(/^Changed, not saved yet:/)).toBeNull();
    expect(settingsLink().getAttribute('aria-describedby')).toBeNull();
  });

  it('with several forms changed, one button saves them all, each with its own checks and outcome', async () => {
    const { api, user } = await renderApp({ view: 'settings' });
    const cap = form('Weekly cap').getByRole('textbox', { name: 'Weekly work cap (hours)' });
    await user.clear(cap);
    await user.type(cap, '32');
    await user.type(form('Daily cap').getByRole('textbox', { name: 'Daily work cap (hours)' }), 'soon');
    await user.click(screen.getByRole('button', { name: 'Save all 2 changes' }));
    await waitFor(() => expect(api.callsTo('settings.update')).toEqual([{ weeklyCapMinutes: 1920 }]));
    expect(await form('Weekly cap').findByText('Weekly cap saved: 32 h.')).toBeInTheDocument();
    // The daily cap it could not read stays as typed, refused in words, still marked unsaved.
    expect(form('Daily cap').getByRole('alert').textContent).toMatch(/daily cap/i);
    expect(screen.getByText(/^Changed, not saved yet: Daily cap\./)).toBeInTheDocument();
  });
});
