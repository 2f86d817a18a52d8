import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NOW } from '../../fixtures';
import { march } from '../../planFixtures';
import { region, renderApp } from '../../renderApp';
import { createTestApi } from '../../testApi';

const today = () => region('Today');
const MINUTE = 60_000;

describe('TodayView: adding time by hand', () => {
  it('accepts 1h 30m ending now: entries.add from now − 90 min to now', async () => {
    const api = await createTestApi();
    const { user } = await renderApp({ api });
    await user.selectOptions(today().getByRole('combobox', { name: 'Category' }), 'Fitness');
    await user.type(today().getByRole('textbox', { name: 'How long' }), '1h 30m');
    await user.click(today().getByRole('button', { name: 'Add entry' }));
    expect(api.callsTo('entries.add')).toEqual([{ categoryId: 'fitness', start: NOW - 90 * MINUTE, end: NOW }]);
    expect(await today().findByText(/^Added 1 h 30 min of Fitness, 9:30 AM–11:00 AM\./)).toBeInTheDocument();
  });

  it('ending now never lands wholly before today: just after midnight, behind a timer stopped then, it asks for the start', async () => {
    const api = await createTestApi();
    // 00:00:51 in Berlin on Wed 25 Mar; a timer ran from 23:58 the evening before until now.
    const now = Date.UTC(2026, 2, 24, 23, 0, 51);
    await api.host.call('entries.add', { categoryId: 'work', start: now - 2 * MINUTE - 51_000, end: now });
    api.clock.set(now);
    const { user } = await renderApp({ api });
    await user.type(today().getByRole('textbox', { name: 'How long' }), '1:30');
    await user.click(today().getByRole('button', { name: 'Add entry' }));
    expect(await today().findByText('Ending now, 1 h 30 min would go before today, behind what is already logged. Type when it started.')).toBeInTheDocument();
    expect(api.callsTo('entries.add')).toEqual([]);
    expect(api.host.app.store.getEntries()).toHaveLength(1);
  });

  it('ending now may start before midnight when it reaches into today: 1:30 at 00:30 is 23:00 to 00:30', async () => {
    const api = await createTestApi();
    const now = Date.UTC(2026, 2, 24, 23, 30); // 00:30 in Berlin on Wed 25 Mar
    api.clock.set(now);
    const { user } = await renderApp({ api });
    await user.type(today().getByRole('textbox', { name: 'How long' }), '1:30');
    await user.click(today().getByRole('button', { name: 'Add entry' }));
    expect(api.callsTo('entries.add')).toEqual([{ categoryId: 'work', start: now - 90 * MINUTE, end: now }]);
  });

  it('with a start time: 1.5 from 07:15 today in the settings’ zone, with a note', async () => {
    const api = await createTestApi();
    const { user } = await renderApp({ api });
    await user.type(today().getByRole('textbox', { name: 'How long' }), '1.5');
    await user.type(today().getByLabelText('Started at'), '07:15');
    await user.type(today().getByRole('textbox', { name: 'Note (optional)' }), 'standup');
    await user.click(today().getByRole('button', { name: 'Add entry' }));
    // 07:15 in Berlin (UTC+1 in March before the change) is 06:15 UTC.
    const start = Date.UTC(2026, 2, 25, 6, 15);
    expect(api.callsTo('entries.add')).toEqual([{ categoryId: 'work', start, end: start + 90 * MINUTE, note: 'standup' }]);
  });

  it('reads the start as a person types it, 12-hour clock included: 2:05 pm is 14:05 today', async () => {
    const api = await createTestApi();
    const { user } = await renderApp({ api });
    await user.type(today().getByRole('textbox', { name: 'How long' }), '30m');
    await user.type(today().getByRole('textbox', { name: 'Started at' }), '2:05 pm');
    await user.click(today().getByRole('button', { name: 'Add entry' }));
    // 14:05 in Berlin (UTC+1) is 13:05 UTC.
    const start = Date.UTC(2026, 2, 25, 13, 5);
    expect(api.callsTo('entries.add')).toEqual([{ categoryId: 'work', start, end: start + 30 * MINUTE }]);
  });

  it('refuses a start it cannot read, in words, and sends nothing', async () => {
    const api = await createTestApi();
    const { user } = await renderApp({ api });
    await user.type(today().getByRole('textbox', { name: 'How long' }), '30m');
    const start = today().getByRole('textbox', { name: 'Started at' });
    await user.type(start, '25:00');
    await user.click(today().getByRole('button', { name: 'Add entry' }));
    expect(today().getByRole('alert').textContent).toBe('Enter the start as a time of day, for example 9:30, 14:05 or 2 pm.');
    expect(start.getAttribute('aria-invalid')).toBe('true');
    expect(api.callsTo('entries.add')).toEqual([]);
  });

  it('refuses a duration it cannot read, in words, and sends nothing', async () => {
    const api = await createTestApi();
    const { user } = await renderApp({ api });
    const duration = today().getByRole('textbox', { name: 'How long' });
    await user.type(duration, 'soon');
    await user.click(today().getByRole('button', { name: 'Add entry' }));
    expect(today().getByRole('alert').textContent).toBe('Enter how long, for example 1:30, 1.5, 1h 30m or 90m (up to 24 hours).');
    expect(duration.getAttribute('aria-invalid')).toBe('true');
    expect(api.callsTo('entries.add')).toEqual([]);
  });

  it('an entry over another is refused in words that say its time as the window does: the person’s zone and clock, UTC too', async () => {
    const api = await createTestApi({ settings: { timeZone: 'UTC' } });
    // Wednesday 25 Mar, 10:00 in UTC, the person's zone: Work from 08:20 to 09:00 is logged.
    await api.host.call('entries.add', { categoryId: 'work', start: NOW - 100 * MINUTE, end: NOW - 60 * MINUTE });
    const { user } = await renderApp({ api });
    await user.type(today().getByRole('textbox', { name: 'How long' }), '30m');
    await user.type(today().getByRole('textbox', { name: 'Started at' }), '8:30 am');
    await user.click(today().getByRole('button', { name: 'Add entry' }));
    expect(api.callsTo('entries.add')).toEqual([{ categoryId: 'work', start: NOW - 90 * MINUTE, end: NOW - 60 * MINUTE }]);
    expect((await today().findByRole('alert')).textContent).toMatch(/^This overlaps the Work entry at 8:20\sAM–9:00\sAM\. Entries cannot share time\.$/);
  });

  it('a soft lock asks for a reason in a dialog, then retries with it', async () => {
    // 18:00, after Wednesday's window: the soft lock asks why for work ending now.
    const api = await createTestApi({ settings: { lockMode: 'soft' } });
    api.clock.set(march(25, 18));
    const { user } = await renderApp({ api });
    await user.type(today().getByRole('textbox', { name: 'How long' }), '30m');
    await user.click(today().getByRole('button', { name: 'Add entry' }));

    const dialog = await screen.findByRole('dialog', { name: 'A reason to go ahead' });
    expect(dialog.textContent).toContain('30 min of it falls outside your work windows.');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Reason' }));
    await user.click(screen.getByRole('button', { name: 'Go ahead' }));
    expect(screen.getByText('Type a reason, or cancel.')).toBeInTheDocument();
    // Back in the field the message is about, so what the person types next goes there.
    expect(screen.getByRole('textbox', { name: 'Reason' })).toHaveFocus();
    await user.keyboard('release day');
    expect(screen.getByRole('textbox', { name: 'Reason' })).toHaveValue('release day');
    await user.click(screen.getByRole('button', { name: 'Go ahead' }));

    expect(api.callsTo('entries.add').filter((request) => !request.reason)).toHaveLength(1);
    expect(api.callsTo('entries.add').at(-1)).toMatchObject({ reason: 'release day' });
    expect(api.host.app.store.getEntries().map((e) => e.overrideReason)).toEqual(['release day']);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await today().findByText(/^Added 30 min of Work/)).toBeInTheDocument();
  });

  it('cancelling the reason sends nothing more and leaves no error', async () => {
    const api = await createTestApi({ settings: { lockMode: 'soft' } });
    api.clock.set(march(25, 18));
    const { user } = await renderApp({ api });
    const duration = today().getByRole('textbox', { name: 'How long' });
    await user.type(duration, '2h');
    await user.click(today().getByRole('button', { name: 'Add entry' }));
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.callsTo('entries.add')).toHaveLength(1);
    expect(today().queryByRole('alert')).toBeNull();
    // Focus goes back to where it was when the dialog opened.
    expect(document.activeElement).toBe(today().getByRole('button', { name: 'Add entry' }));
  });
});

describe('TodayView: text typed by hand survives a reload of the window', () => {
  it('a reload gives back the category, how long, the start and the note; once added, the form is empty after a reload too', async () => {
    const api = await createTestApi();
    const first = await renderApp({ api });
    await first.user.selectOptions(today().getByRole('combobox', { name: 'Category' }), 'Fitness');
    await first.user.type(today().getByRole('textbox', { name: 'How long' }), '45m');
    await first.user.type(today().getByRole('textbox', { name: 'Started at' }), '7:15');
    await first.user.type(today().getByRole('textbox', { name: 'Note (optional)' }), 'run by the river');
    first.unmount();

    const again = await renderApp({ api });
    expect(today().getByRole('combobox', { name: 'Category' })).toHaveValue('fitness');
    expect(today().getByRole('textbox', { name: 'How long' })).toHaveValue('45m');
    expect(today().getByRole('textbox', { name: 'Started at' })).toHaveValue('7:15');
    expect(today().getByRole('textbox', { name: 'Note (optional)' })).toHaveValue('run by the river');
    await again.user.click(today().getByRole('button', { name: 'Add entry' }));
    expect(await today().findByText(/^Added 45 min of Fitness/)).toBeInTheDocument();
    expect(api.callsTo('entries.add')).toHaveLength(1);
    again.unmount();

    await renderApp({ api });
    expect(today().getByRole('textbox', { name: 'How long' })).toHaveValue('');
    expect(today().getByRole('textbox', { name: 'Note (optional)' })).toHaveValue('');
  });
});
