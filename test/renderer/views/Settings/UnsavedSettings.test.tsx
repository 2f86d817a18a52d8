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
    expect(screen.getByText(/^Changed, not saved yet: Weekly cap\. Kept while you look at other views/)).toBeInTheDocument();

    stores.nav.getState().go('week');
    await screen.findByRole('heading', { level: 2, name: /^Week/ });
    expect(settingsLink()).toHaveAttribute('aria-describedby', expect.stringMatching(/\S/));
    expect(document.getElementById(settingsLink().getAttribute('aria-describedby')!)?.textContent).toBe('Changed settings not saved yet');

    stores.nav.getState().go('settings');
    await screen.findByRole('heading', { level: 2, name: 'Settings' });
    expect(cap().value).toBe('30');
    expect(api.callsTo('settings.update')).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(api.callsTo('settings.update')).toEqual([{ weeklyCapMinutes: 1800 }]));
    expect(await form('Weekly cap').findByText('Weekly cap saved: 30 h.')).toBeInTheDocument();
    expect(form('Weekly cap').queryByText('Changed, not saved yet')).toBeNull();
    expect(settingsLink().getAttribute('aria-describedby')).toBeNull();
    expect(screen.getByText('Saved: Weekly cap.')).toBeInTheDocument();
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

  it('one Save checks every changed form first: one refused, nothing is saved, and both stay typed and marked', async () => {
    const { api, user } = await renderApp({ view: 'settings' });
    const cap = form('Weekly cap').getByRole('textbox', { name: 'Weekly work cap (hours)' });
    await user.clear(cap);
    await user.type(cap, '32');
    await user.type(form('Daily cap').getByRole('textbox', { name: 'Daily work cap (hours)' }), 'soon');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    // The daily cap it could not read is refused in words, focus goes to it, and the weekly cap waits with it.
    expect((await form('Daily cap').findByRole('alert')).textContent).toMatch(/daily cap/i);
    expect(screen.getByText('Nothing saved: Daily cap needs a fix first.')).toBeInTheDocument();
    await waitFor(() => expect(form('Daily cap').getByRole('textbox', { name: 'Daily work cap (hours)' })).toHaveFocus());
    expect(api.callsTo('settings.update')).toEqual([]);
    expect(screen.getByText(/^Changed, not saved yet: Weekly cap, Daily cap\./)).toBeInTheDocument();

    await user.clear(form('Daily cap').getByRole('textbox', { name: 'Daily work cap (hours)' }));
    await user.type(form('Daily cap').getByRole('textbox', { name: 'Daily work cap (hours)' }), '7');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(api.callsTo('settings.update')).toEqual([{ weeklyCapMinutes: 1920 }, { dailyCapMinutes: 420 }]));
    expect(await screen.findByText('All 2 changes saved: Weekly cap, Daily cap.')).toBeInTheDocument();
    expect(form('Weekly cap').getByText('Weekly cap saved: 32 h.')).toBeInTheDocument();
    expect(form('Daily cap').getByText('Daily cap saved: 7 h, from this week on.')).toBeInTheDocument();
  });
});
