import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../axeViolations';
import { renderApp } from '../../renderApp';
import { createTestApi, seedCapHistory, seedWeek } from '../../testApi';
import { SAMPLE_WEEK } from '../../fixtures';

/** A ramp back to work: 20 h from last week (2026-W12), 28 h from this week, 35 h from 2026-W30 on. */
async function ramp() {
  const api = await createTestApi();
  await seedCapHistory(api, [
    [1, 20 * 60],
    [0, 28 * 60],
  ]);
  await api.host.call('boundaries.set', { values: { weeklyCapMinutes: 35 * 60 }, from: '2026-W30' });
  return api;
}

describe('the weekly cap over time, in Settings', () => {
  it('lists the steps with their state and changes the cap from this week unless another week is chosen', async () => {
    const api = await ramp();
    const { user, container } = await renderApp({ view: 'settings', api });
    const list = await screen.findByRole('list', { name: 'Weekly cap steps' });
    await waitFor(() => expect(within(list).getAllByRole('listitem').map((li) => li.textContent?.split(' a week')[0])).toEqual(['From 2026-W12: 20 h', 'From 2026-W13: 28 h', 'From 2026-W30: 35 h']));
    expect(within(list).getByText(/in force now/)).toBeInTheDocument();
    // Only the upcoming step can be edited or removed from here.
    expect(within(list).getAllByRole('button').map((b) => b.textContent)).toEqual(['Edit the step from 2026-W30', 'Remove the step from 2026-W30']);

    const form = within(screen.getByRole('form', { name: 'Change the weekly cap from a week' }));
    expect((form.getByRole('radio', { name: 'This week' }) as HTMLInputElement).checked).toBe(true);
    await user.type(form.getByRole('textbox', { name: 'New weekly cap (hours)' }), '30');
    await user.click(form.getByRole('button', { name: 'Save from then on' }));
    await user.click(form.getByRole('radio', { name: 'A chosen week' }));
    await user.type(form.getByRole('textbox', { name: 'New weekly cap (hours)' }), '32');
    await user.type(form.getByRole('textbox', { name: 'Week (2027-W10, or a date in it)' }), '2026-W40');
    await user.click(form.getByRole('button', { name: 'Save from then on' }));
    expect(api.callsTo('boundaries.set')).toEqual([{ values: { weeklyCapMinutes: 1800 } }, { values: { weeklyCapMinutes: 1920 }, from: '2026-W40' }]);
    expect(await form.findByText('Weekly cap of 32 h saved.')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  }, 30_000);

  it('next week is sent as a date a week from now; an upcoming step is edited in place or removed; a refusal is said', async () => {
    const api = await ramp();
    const { user } = await renderApp({ view: 'settings', api });
    const form = within(screen.getByRole('form', { name: 'Change the weekly cap from a week' }));
    await user.click(form.getByRole('radio', { name: 'Next week' }));
    await user.type(form.getByRole('textbox', { name: 'New weekly cap (hours)' }), '30');
    await user.click(form.getByRole('button', { name: 'Save from then on' }));
    // Now is Wed 25 Mar 2026 (2026-W13): a week later is Wed 1 Apr, inside next week.
    expect(api.callsTo('boundaries.set')[0]).toEqual({ values: { weeklyCapMinutes: 1800 }, from: '2026-04-01' });

    await user.click(await screen.findByRole('button', { name: 'Edit the step from 2026-W30' }));
    expect((form.getByRole('textbox', { name: 'Week (2027-W10, or a date in it)' }) as HTMLInputElement).value).toBe('2026-W30');
    expect((form.getByRole('textbox', { name: 'New weekly cap (hours)' }) as HTMLInputElement).value).toBe('35');

    await user.click(screen.getByRole('button', { name: 'Remove the step from 2026-W30' }));
    expect(api.callsTo('boundaries.removeStep')).toEqual([{ week: '2026-W30' }]);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Remove the step from 2026-W30' })).toBeNull());

    await user.click(form.getByRole('radio', { name: 'A chosen week' }));
    await user.clear(form.getByRole('textbox', { name: 'Week (2027-W10, or a date in it)' }));
    await user.type(form.getByRole('textbox', { name: 'Week (2027-W10, or a date in it)' }), 'soon');
    await user.click(form.getByRole('button', { name: 'Save from then on' }));
    expect((await form.findByRole('alert')).textContent).toMatch(/'soon' names no week/);
  }, 30_000);
});

describe('a weekly cap of hours and minutes', () => {
  it('is listed and edited as hours to two decimals, and saved back as the same minutes', async () => {
    const api = await ramp();
    // 37 h 20 min, as 37.33 typed in the form saves it.
    await api.host.call('boundaries.set', { values: { weeklyCapMinutes: 2240 }, from: '2026-W30' });
    const { user } = await renderApp({ view: 'settings', api });
    const list = await screen.findByRole('list', { name: 'Weekly cap steps' });
    await waitFor(() => expect(within(list).getAllByRole('listitem').at(-1)?.textContent).toMatch(/^From 2026-W30: 37\.33 h a week \(upcoming\)/));
    await user.click(screen.getByRole('button', { name: 'Edit the step from 2026-W30' }));
    const form = within(screen.getByRole('form', { name: 'Change the weekly cap from a week' }));
    expect((form.getByRole('textbox', { name: 'New weekly cap (hours)' }) as HTMLInputElement).value).toBe('37.33');
    await user.click(form.getByRole('button', { name: 'Save from then on' }));
    expect(api.callsTo('boundaries.set').at(-1)).toEqual({ values: { weeklyCapMinutes: 2240 }, from: '2026-W30' });
  }, 30_000);
});

describe('days off', () => {
  it("in a week already lived say, with saved, how the week's cap changes; a day to come says only saved", async () => {
    const { user } = await renderApp({ view: 'settings' });
    const form = within(screen.getByRole('form', { name: 'Add days off' }));
    await user.type(form.getByLabelText('First day off'), '2026-03-18');
    await user.click(form.getByRole('button', { name: 'Add days off' }));
    expect(await form.findByText('2026-03-18 is a day off. The cap of 2026-W12, a week already lived, goes from 35 h to 28 h.')).toBeInTheDocument();
    await user.click(within(screen.getByRole('list', { name: 'Days off' })).getByRole('button', { name: 'Work on 2026-03-18 again' }));
    expect(await form.findByText('2026-03-18 is a work day again. The cap of 2026-W12, a week already lived, goes from 28 h to 35 h.')).toBeInTheDocument();
    await user.type(form.getByLabelText('First day off'), '2026-04-03');
    await user.click(form.getByRole('button', { name: 'Add days off' }));
    expect(await form.findByText('2026-04-03 is a day off.')).toBeInTheDocument();
  }, 30_000);

  it('are added and removed in Settings', async () => {
    const { api, user, container } = await renderApp({ view: 'settings' });
    const form = within(screen.getByRole('form', { name: 'Add days off' }));
    await user.type(form.getByLabelText('First day off'), '2026-04-03');
    await user.selectOptions(form.getByRole('combobox', { name: 'Kind' }), 'holiday');
    await user.type(form.getByRole('textbox', { name: 'Note (optional)' }), 'Good Friday');
    await user.click(form.getByRole('button', { name: 'Add days off' }));
    expect(api.callsTo('daysOff.add')).toEqual([{ from: '2026-04-03', kind: 'holiday', note: 'Good Friday' }]);
    const list = await screen.findByRole('list', { name: 'Days off' });
    expect(list.textContent).toMatch(/2026-04-03 · holiday · Good Friday/);
    expect(await axeViolations(container)).toEqual([]);
    await user.click(within(list).getByRole('button', { name: 'Work on 2026-04-03 again' }));
    expect(api.callsTo('daysOff.remove')).toEqual([{ date: '2026-04-03' }]);
    expect(await screen.findByText('No days off.')).toBeInTheDocument();
  }, 30_000);

  it('a day taken off in the Week grid is put back in the grid: the same button, focus staying on it both ways', async () => {
    const { api, user } = await renderApp({ view: 'week' });
    const [monday] = await screen.findAllByRole('button', { name: /^Take .* off$/ });
    await user.click(monday!);
    expect(api.callsTo('daysOff.add')).toEqual([{ from: '2026-03-23' }]);
    const back = await screen.findByRole('button', { name: /^off \(other\): work .* after all$/ });
    expect(back).toBe(monday);
    expect(document.activeElement).toBe(back);

    await user.click(back);
    expect(api.callsTo('daysOff.remove')).toEqual([{ date: '2026-03-23' }]);
    await waitFor(() => expect(screen.queryByRole('button', { name: /^off \(other\)/ })).toBeNull());
    expect(screen.getAllByRole('button', { name: /^Take .* off$/ })).toHaveLength(7);
    expect(document.activeElement).toBe(monday);
  }, 30_000);

  it('a day with work, taken off in the Week grid, is asked first as Today asks; then told with what it does to the cap, and Undo', async () => {
    const api = await createTestApi();
    await seedWeek(api, SAMPLE_WEEK);
    const { user } = await renderApp({ view: 'week', api });
    // Columns are headed as this Intl writes { weekday: 'short', day: 'numeric' } ("23 Mon" in Node's, "Mon 23" in Chromium's).
    const monday = await screen.findByRole('button', { name: 'Take 23 Mon off' });
    await user.click(monday);
    const dialog = await screen.findByRole('alertdialog', { name: 'Take 23 Mon off?' });
    expect(within(dialog).getByText('23 Mon already has 8 h of work logged.')).toBeInTheDocument();
    expect(within(dialog).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      "This week's cap goes from 35 h to 28 h; with 21.5 h of work this week, 6.5 h are left.",
      "23 Mon's entries are kept. They still count toward the week, as work outside your work hours.",
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(api.callsTo('daysOff.add')).toEqual([]);

    await user.click(monday);
    await user.click(within(await screen.findByRole('alertdialog', { name: 'Take 23 Mon off?' })).getByRole('button', { name: 'Take 23 Mon off' }));
    const messages = within(screen.getByRole('region', { name: 'Messages' }));
    const told = await messages.findByText("23 Mon is a day off. This week's cap goes from 35 h to 28 h.");
    expect(api.callsTo('daysOff.add')).toEqual([{ from: '2026-03-23' }]);
    // Undo puts the day back as it was: the grid offers it again, and the toast goes.
    await user.click(within(told.closest('li')!).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('button', { name: 'Take 23 Mon off' })).toBeInTheDocument();
    expect(api.callsTo('daysOff.remove')).toEqual([{ date: '2026-03-23' }]);
    expect(api.host.app.store.getSettings().daysOff).toEqual([]);
    expect(messages.queryByText(/23 Mon/)).toBeNull();
    // The focus goes back to the column's button, not to the page's body with the toast that had it.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Take 23 Mon off' })));
  }, 30_000);

  it('Undo of "work again" puts the day off back with its note; one toast a day, a later change taking an earlier one\'s place', async () => {
    const api = await createTestApi();
    await api.host.call('daysOff.add', { from: '2026-03-26', kind: 'other', note: 'dentist' });
    const { user } = await renderApp({ view: 'week', api });
    const messages = within(screen.getByRole('region', { name: 'Messages' }));
    const workAgain = () => screen.findByRole('button', { name: /^off \(other\): work 26 Thu after all$/ });
    await user.click(await workAgain());
    await user.click(within((await messages.findByText(/^26 Thu is a work day again\./)).closest('li')!).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(api.host.app.store.getSettings().daysOff).toEqual([{ date: '2026-03-26', kind: 'other', note: 'dentist' }]));

    await user.click(await workAgain());
    await messages.findByText(/^26 Thu is a work day again\./);
    await user.click(await screen.findByRole('button', { name: 'Take 26 Thu off' }));
    await messages.findByText(/^26 Thu is a day off\./);
    // The first toast, and its Undo, are gone: undoing it now would be told against a day that has changed since.
    expect(messages.queryByText(/work day again/)).toBeNull();
    expect(messages.getAllByRole('listitem')).toHaveLength(1);
  }, 30_000);

  it('a day of a week already lived, taken off in the grid, says that week\'s cap changes; a refusal is told, not lost', async () => {
    const api = await createTestApi();
    const { user } = await renderApp({ view: 'week', api });
    await user.click(await screen.findByRole('button', { name: 'Previous week' }));
    // A day with no work asks nothing.
    await user.click(await screen.findByRole('button', { name: 'Take 17 Tue off' }));
    const messages = within(screen.getByRole('region', { name: 'Messages' }));
    expect(await messages.findByText('17 Tue is a day off. The cap of 2026-W12, a week already lived, goes from 35 h to 28 h.')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).toBeNull();

    api.fail('daysOff.add', { code: 'internal', message: 'Timelock could not save settings.json: ENOSPC: no space left on device' });
    await user.click(screen.getByRole('button', { name: 'Take 18 Wed off' }));
    expect((await screen.findByText(/^18 Wed was not taken off: /)).textContent).toBe('18 Wed was not taken off: Timelock could not save settings.json: ENOSPC: no space left on device.');
    expect(api.host.app.store.getSettings().daysOff.map((day) => day.date)).toEqual(['2026-03-17']);
  }, 30_000);

  it('a vacation set in Settings is marked in the grid but not undone by a click there', async () => {
    const api = await createTestApi();
    await api.host.call('daysOff.add', { from: '2026-03-24', kind: 'vacation', note: 'Lake trip' });
    await renderApp({ view: 'week', api });
    expect(await screen.findByText(/off \(vacation\)/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /off \(vacation\)/ })).toBeNull();
    expect(screen.getAllByRole('button', { name: /^Take .* off$/ })).toHaveLength(6);
  }, 30_000);

  it('Today offers "Take today off", then says "Day off: no work to log"; the Week grid marks the day', async () => {
    const { api, user, container } = await renderApp({ view: 'today' });
    await user.click(await screen.findByRole('button', { name: 'Take today off' }));
    expect(api.callsTo('daysOff.add')).toEqual([{ from: '2026-03-25' }]);
    // A day taken off here is of the kind 'other', which is no reason a person gave: not shown.
    expect((await screen.findByText(/Day off: no work to log/)).textContent).toBe('Day off: no work to log. Work today after all');
    // The pressed button is gone; the one that replaced it has the focus, both ways.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Work today after all' }));
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Work today after all' }));
    const offer = await screen.findByRole('button', { name: 'Take today off' });
    expect(document.activeElement).toBe(offer);
    await user.click(screen.getByRole('button', { name: 'Take today off' }));
    await screen.findByText(/Day off: no work to log/);
    await user.click(screen.getByRole('link', { name: 'Week' }));
    const header = await screen.findByRole('columnheader', { name: /off \(other\)/ });
    expect(header.className).toBe('day-off');
    // Six days offer to be taken off; the first is Monday's.
    const offers = screen.getAllByRole('button', { name: /^Take .* off$/ });
    expect(offers).toHaveLength(6);
    await user.click(offers[0]!);
    expect(api.callsTo('daysOff.add').at(-1)).toEqual({ from: '2026-03-23' });
  }, 30_000);
});
