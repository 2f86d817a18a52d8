import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NUDGE_KINDS } from '../../../../shared/model';
import { createTestApi } from '../../testApi';
import { renderApp } from '../../renderApp';

const form = (name: string) => within(screen.getByRole('form', { name }));
const settings = { view: 'settings' as const };

/** Settings open on a real host, with the weekly fitness target typed over (not saved). */
async function fitnessDraft(hours: string) {
  const api = await createTestApi();
  const { user } = await renderApp({ ...settings, api });
  const targets = form('Weekly targets');
  const fitness = targets.getByRole('textbox', { name: 'Fitness, at least (hours a week)' }) as HTMLInputElement;
  await user.clear(fitness);
  await user.type(fitness, hours);
  return { api, user, targets, fitness };
}

describe('Settings: caps, lock, windows, nudges, targets, general', () => {
  it('the daily cap in hours, empty for none', async () => {
    const { api, user } = await renderApp(settings);
    const input = form('Daily cap').getByRole('textbox', { name: 'Daily work cap (hours)' });
    expect((input as HTMLInputElement).value).toBe('');
    await user.type(input, '7.5{Enter}');
    expect(api.callsTo('settings.update')).toEqual([{ dailyCapMinutes: 450 }]);
    expect(await form('Daily cap').findByText('Daily cap saved: 7.5 h, from this week on.')).toBeInTheDocument();
    await user.clear(input);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(api.callsTo('settings.update').at(-1)).toEqual({ dailyCapMinutes: null });
  });

  it('the daily cap, the windows and the targets change from this week unless the person picks next week or a week', async () => {
    const api = await createTestApi();
    const { user } = await renderApp({ ...settings, api });
    const daily = form('Daily cap');
    expect((daily.getByRole('radio', { name: 'This week' }) as HTMLInputElement).checked).toBe(true);
    await user.click(daily.getByRole('radio', { name: 'Next week' }));
    await user.type(daily.getByRole('textbox', { name: 'Daily work cap (hours)' }), '6{Enter}');
    // The fake's now is Wed 25 Mar 2026 (2026-W13): a date a week on lies in next week, which the service names.
    expect(api.callsTo('boundaries.set')).toEqual([{ values: { dailyCapMinutes: 360 }, from: '2026-04-01' }]);
    expect(api.callsTo('settings.update')).toEqual([]);
    expect(await daily.findByText('Daily cap saved: 6 h, from next week on.')).toBeInTheDocument();

    const targets = form('Weekly targets');
    await user.click(targets.getByRole('radio', { name: 'A chosen week' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    // No week typed: said in words, nothing sent.
    expect(await targets.findByRole('alert')).toHaveProperty('textContent', 'Enter the week the change starts, for example 2027-W10 or a date in it.');
    expect(api.callsTo('boundaries.set')).toHaveLength(1);
    await user.type(targets.getByRole('textbox', { name: 'Week (2027-W10, or a date in it)' }), '2026-W20');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(api.callsTo('boundaries.set').at(-1)).toEqual({ values: { targets: { fitnessMinutes: 150, familyMinutes: 600 } }, from: '2026-W20' });

    const windows = form('Work windows');
    // Only a changed form is saved: choosing next week and back to this week is a change of its "from when".
    await user.click(windows.getByRole('radio', { name: 'Next week' }));
    await user.click(windows.getByRole('radio', { name: 'This week' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    // This week: the plain settings change, which the service dates from this week on.
    expect(api.callsTo('settings.update')).toHaveLength(1);
    expect(Object.keys(api.callsTo('settings.update')[0]!)).toEqual(['workWindows']);
    // Next week's step (made for the daily cap) only carried the windows on: the change runs on through it.
    expect(await windows.findByText('Work windows saved, from this week on.')).toBeInTheDocument();
    // A daily cap set this week stops at next week's step, which set a daily cap of its own, and the words say so.
    await user.click(daily.getByRole('radio', { name: 'This week' }));
    const dailyInput = daily.getByRole('textbox', { name: 'Daily work cap (hours)' });
    await user.clear(dailyInput);
    await user.type(dailyInput, '7{Enter}');
    expect(await daily.findByText('Daily cap saved: 7 h, from this week on, until 2026-W14, where another step takes over.')).toBeInTheDocument();
    expect(await api.host.call('boundaries.inForce', { week: '2026-W14' })).toMatchObject({ dailyCapMinutes: 360 });
  }, 30_000);

  it('a chosen week already lived is said to rewrite the weeks from it; this week or one to come is not', async () => {
    const { user } = await renderApp(settings);
    const targets = form('Weekly targets');
    await user.click(targets.getByRole('radio', { name: 'A chosen week' }));
    const week = targets.getByRole('textbox', { name: 'Week (2027-W10, or a date in it)' });
    // The fake's now is in 2026-W13.
    await user.type(week, '2026-W10');
    expect(targets.getByText(/^A week already lived: its figures, and those of the weeks after it up to this one/)).toBeInTheDocument();
    expect(week).toHaveAccessibleDescription(/A week already lived/);
    await user.clear(week);
    await user.type(week, '2026-W13');
    expect(targets.queryByText(/A week already lived/)).toBeNull();
  });

  it('lock modes are explained plainly; choosing one saves it with the unlock settings', async () => {
    const { api, user } = await renderApp(settings);
    const lock = form('Lock mode');
    const hard = lock.getByRole('radio', { name: 'Hard' });
    expect(hard).toHaveAccessibleDescription(/is refused, and a running work timer stops at the limit/);
    expect(document.getElementById(hard.getAttribute('aria-describedby')!)!.textContent).toMatch(/is refused, and a running work timer stops at the limit/);
    expect(lock.getByText(/asks you for a reason first/)).toBeInTheDocument();
    await user.click(hard);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(api.callsTo('settings.update')).toEqual([{ lockMode: 'hard', unlockCooldownSeconds: 60, unlockDurationMinutes: 30 }]);
    expect(await lock.findByText('Lock mode saved: Hard.')).toBeInTheDocument();
  });

  it('work windows: copy Monday to all weekdays, add and remove a window, then save all seven days', async () => {
    const { api, user } = await renderApp(settings);
    const windows = form('Work windows');
    const mondayStart = windows.getByLabelText('Monday, window 1, from');
    await user.clear(mondayStart);
    await user.type(mondayStart, '08:00');
    await user.click(windows.getByRole('button', { name: 'Add window on Monday' }));
    await user.click(windows.getByRole('button', { name: 'Copy Monday to all weekdays' }));
    await user.click(windows.getByRole('button', { name: 'Remove Friday window 2' }));
    await user.click(windows.getByRole('button', { name: 'Add window on Saturday' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const monday = [
      { start: '08:00', end: '17:00' },
      { start: '09:00', end: '17:00' },
    ];
    expect(api.callsTo('settings.update')).toEqual([
      { workWindows: [[], monday, monday, monday, monday, [{ start: '08:00', end: '17:00' }], [{ start: '09:00', end: '17:00' }]] },
    ]);
    expect(windows.getByText(/No work window: all work this day counts as off-hours\./)).toBeInTheDocument();
  });

  it('the weekdays run from the week’s first day', async () => {
    await renderApp(settings);
    const legends = form('Work windows').getAllByRole('group').map((g) => g.querySelector('legend')?.textContent);
    // Seven days, then the group that asks from when the windows hold.
    expect(legends).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'From when']);
  });

  it('nudge kinds on and off, with their thresholds; a threshold out of range is refused in words', async () => {
    const { api, user } = await renderApp(settings);
    const nudges = form('Nudges');
    expect(nudges.getAllByRole('checkbox')).toHaveLength(NUDGE_KINDS.length);
    await user.click(nudges.getByRole('checkbox', { name: 'Work on a Saturday or Sunday with no work window' }));
    const warn = nudges.getByRole('spinbutton', { name: 'Warn when this share of the weekly cap is used (%)' });
    await user.clear(warn);
    await user.type(warn, '150');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(nudges.getByRole('alert').textContent).toBe('Warn when this share of the weekly cap is used (%): a whole number from 1 to 100.');
    await user.clear(warn);
    await user.type(warn, '80');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const sent = api.callsTo('settings.update')[0]!;
    expect(sent.nudges?.enabled['weekend-work']).toBe(false);
    expect(sent.nudges?.capWarningPercent).toBe(80);
  });

  it('quiet hours off and on, late work and the idle threshold', async () => {
    const { api, user } = await renderApp(settings);
    const quiet = form('Quiet hours and idle time');
    await user.click(quiet.getByRole('checkbox', { name: 'Quiet hours: no nudges between' }));
    expect((quiet.getByLabelText('Quiet from') as HTMLInputElement).disabled).toBe(true);
    const idle = quiet.getByRole('spinbutton', { name: 'Away after no input for (minutes)' });
    await user.clear(idle);
    await user.type(idle, '15');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(api.callsTo('settings.update')).toEqual([{ quietHours: null, lateWorkHour: 21, idleThresholdMinutes: 15 }]);
  });

  it('a new late-work hour is said, on save, to count in past weeks too; other changes on the form say only saved', async () => {
    const { user } = await renderApp(settings);
    const quiet = form('Quiet hours and idle time');
    const idle = quiet.getByRole('spinbutton', { name: 'Away after no input for (minutes)' });
    await user.clear(idle);
    await user.type(idle, '15');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await quiet.findByText('Quiet hours, late work and idle time saved.')).toBeInTheDocument();
    const late = quiet.getByRole('spinbutton', { name: 'Work counts as late after (hour, 12–24)' });
    await user.clear(late);
    await user.type(late, '18');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(
      await quiet.findByText(
        'Quiet hours, late work and idle time saved. Work is late from 18:00 from now on, in past weeks too: their late-work figures are counted with it. Set it back to read them as before.',
      ),
    ).toBeInTheDocument();
  });

  it('balance targets in hours a week', async () => {
    const { api, user } = await renderApp(settings);
    const targets = form('Weekly targets');
    const fitness = targets.getByRole('textbox', { name: 'Fitness, at least (hours a week)' });
    expect((fitness as HTMLInputElement).value).toBe('2.5');
    await user.clear(fitness);
    await user.type(fitness, '3');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(api.callsTo('settings.update')).toEqual([{ targets: { fitnessMinutes: 180, familyMinutes: 600 } }]);
  });

  it('week start, every IANA time zone, theme and the desktop options, saved together', async () => {
    const api = await createTestApi();
    const { user } = await renderApp({ ...settings, api, host: 'browser' });
    const general = form('General');
    const zone = general.getByRole('combobox', { name: 'Time zone' }) as HTMLSelectElement;
    expect(zone.options.length).toBe(Intl.supportedValuesOf('timeZone').length);
    expect(zone.value).toBe('Europe/Berlin');
    expect(general.getByText('Days, weeks and work windows are counted in this zone, past weeks too.')).toBeInTheDocument();
    await user.selectOptions(zone, 'America/New_York');
    // A new zone re-reads the lived weeks: said before it is saved.
    expect(general.getByText(/^Every week is read in America\/New York from now on, past weeks too/)).toBeInTheDocument();
    await user.selectOptions(general.getByRole('combobox', { name: 'Weeks start on' }), 'Sunday');
    // So does a new first day of the week.
    expect(general.getByRole('combobox', { name: 'Weeks start on' })).toHaveAccessibleDescription(/^Every week runs Sunday to Saturday from now on, past weeks too/);
    await user.selectOptions(general.getByRole('combobox', { name: 'Theme' }), 'Dark');
    await user.click(general.getByRole('checkbox', { name: 'Start Timelock when I log in' }));
    expect(general.getByText('These take effect in the Timelock desktop app, not in this browser window.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(api.callsTo('settings.update')).toEqual([
      { weekStartsOn: 0, timeZone: 'America/New_York', theme: 'dark', launchAtLogin: true, hideToTrayOnClose: true, globalShortcut: false },
    ]);
    expect(await general.findByText(/^General settings saved\. Every week runs Sunday to Saturday from now on.* Every week is read in America\/New York from now on/)).toBeInTheDocument();
  });

  it('a draft begun before another window saved the same form is refused once, in words; Save again keeps it', async () => {
    const { api, user, targets, fitness } = await fitnessDraft('3');
    // Another tab saves other targets meanwhile; its push reaches this window.
    await api.host.call('settings.update', { targets: { fitnessMinutes: 240, familyMinutes: 600 } });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await targets.findByText(/^These settings were saved elsewhere \(another window, the command line or another computer\) since you began changing them/)).toBeInTheDocument();
    expect(api.callsTo('settings.update')).toEqual([]);
    expect(fitness.value).toBe('3');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(api.callsTo('settings.update')).toEqual([{ targets: { fitnessMinutes: 180, familyMinutes: 600 } }]);
  });

  it('a draft that another window saved the same way meanwhile is not refused', async () => {
    const { api, user, targets } = await fitnessDraft('3');
    await api.host.call('settings.update', { targets: { fitnessMinutes: 180, familyMinutes: 600 } });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(targets.queryByText(/saved elsewhere/)).toBeNull();
  });

  it('a draft with nothing saved elsewhere meanwhile is saved at the first Save', async () => {
    const api = await createTestApi();
    const { user } = await renderApp({ ...settings, api });
    await api.host.call('settings.update', { targets: { fitnessMinutes: 240, familyMinutes: 600 } });
    const targets = form('Weekly targets');
    const fitness = targets.getByRole('textbox', { name: 'Fitness, at least (hours a week)' }) as HTMLInputElement;
    await screen.findByDisplayValue('4');
    await user.clear(fitness);
    await user.type(fitness, '3');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(api.callsTo('settings.update')).toEqual([{ targets: { fitnessMinutes: 180, familyMinutes: 600 } }]);
  });

  it('Undo changes puts the stored values back', async () => {
    const { user } = await renderApp(settings);
    const targets = form('Weekly targets');
    const family = targets.getByRole('textbox', { name: 'Family, at least (hours a week)' }) as HTMLInputElement;
    await user.clear(family);
    await user.type(family, '2');
    await user.click(targets.getByRole('button', { name: 'Undo changes' }));
    expect(family.value).toBe('10');
  });
});
