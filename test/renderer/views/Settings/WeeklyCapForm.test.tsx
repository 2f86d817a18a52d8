import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SAMPLE_WEEK } from '../../fixtures';
import { renderApp } from '../../renderApp';
import { createTestApi, seedWeek } from '../../testApi';

const form = () => within(screen.getByRole('form', { name: 'Weekly cap' }));
const capInput = () => form().getByRole('textbox', { name: 'Weekly work cap (hours)' }) as HTMLInputElement;
const settings = { view: 'settings' as const };

describe('WeeklyCapForm', () => {
  it('shows the stored cap in hours', async () => {
    await renderApp(settings);
    expect(capInput().value).toBe('35');
  });

  it('says that a change holds from this week on and past weeks keep their cap, and where to date it later', async () => {
    await renderApp(settings);
    expect(capInput()).toHaveAccessibleDescription(
      'From 0 to 168 hours a week. A change holds from this week on; past weeks keep the cap they had. To start it in a later week, use “Your boundaries over time” below.',
    );
  });

  it('editing the cap calls settings.update in minutes, and the week and Today follow', async () => {
    const api = await createTestApi();
    await seedWeek(api, SAMPLE_WEEK);
    const { user } = await renderApp({ ...settings, api });
    await user.clear(capInput());
    await user.type(capInput(), '37.5');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(api.callsTo('settings.update')).toEqual([{ weeklyCapMinutes: 2250 }]);
    expect(await form().findByText('Weekly cap saved: 37.5 h.')).toBeInTheDocument();
    expect(capInput().value).toBe('37.5');
    await user.click(screen.getByRole('link', { name: 'Week' }));
    expect(await screen.findByText('21.5 h used of 37.5 h · 16 h left')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Today' }));
    expect(await screen.findByText('21.5 of 37.5 h this week · 16 h left · window ends 5:00 PM')).toBeInTheDocument();
  });

  it('accepts a comma as the decimal mark', async () => {
    const { api, user } = await renderApp(settings);
    await user.clear(capInput());
    await user.type(capInput(), '32,5{Enter}');
    expect(api.callsTo('settings.update')).toEqual([{ weeklyCapMinutes: 1950 }]);
  });

  it.each(['abc', '-5', '169', '', '1e3'])('a bad cap (%j) shows an error, marks the field and calls nothing', async (typed) => {
    const { api, user } = await renderApp(settings);
    await user.clear(capInput());
    if (typed) await user.type(capInput(), typed);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const alert = await form().findByRole('alert');
    expect(alert.textContent).toBe('Enter the weekly cap as a number of hours from 0 to 168, for example 37.5.');
    expect(capInput().getAttribute('aria-invalid')).toBe('true');
    expect(capInput().getAttribute('aria-describedby')).toContain(alert.id);
    expect(api.callsTo('settings.update')).toEqual([]);
  });

  it('a refusal from the main process is shown in words with its issues, in this form only', async () => {
    // The form keeps the cap within 0 to 168 h, so the service never refuses one: the refusal is this channel's answer.
    const api = await createTestApi();
    api.fail('settings.update', {
      code: 'bad-request',
      message: 'These settings were not saved.',
      issues: [{ path: 'weeklyCapMinutes', message: 'Too big: expected at most 10080' }],
    });
    const { user } = await renderApp({ ...settings, api });
    await user.clear(capInput());
    await user.type(capInput(), '40{Enter}');
    expect((await form().findByRole('alert')).textContent).toBe('These settings were not saved. (weeklyCapMinutes: Too big: expected at most 10080)');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('follows a cap changed in another window', async () => {
    const { api } = await renderApp(settings);
    await api.host.call('settings.update', { weeklyCapMinutes: 30 * 60 });
    await waitFor(() => expect(capInput().value).toBe('30'));
  });
});
