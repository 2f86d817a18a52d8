import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../../shared/model';
import { createFakeApi } from '../../fakeApi';
import { region, renderAppOnFake as renderApp } from '../../renderApp';

const week = () => region(/^Week/);
const grid = () => within(week().getByRole('table', { name: 'Timesheet, hours per category and day' }));
const cell = (name: string) => grid().getByRole('textbox', { name }) as HTMLInputElement;
const H = 3_600_000;
/** Monday 23 March 2026, 00:00 in Berlin (UTC+1). */
const MONDAY = Date.UTC(2026, 2, 22, 23);
const THURSDAY = MONDAY + 3 * 24 * H;

describe('Week: the timesheet', () => {
  it('shows each category’s hours per day, archived categories only where they have time, and the totals', async () => {
    await renderApp({ view: 'week' });
    expect(cell('Work on Monday, March 23, hours').value).toBe('8');
    expect(cell('Fitness on Monday, March 23, hours').value).toBe('0.75');
    expect(cell('Work on Thursday, March 26, hours').value).toBe('');
    expect(grid().queryByText(/Old project/)).toBeNull();
    const total = grid().getByRole('row', { name: /^Total/ });
    expect(within(total).getAllByRole('cell').map((c) => c.textContent)).toEqual(['8.8 h', '9.5 h', '6.5 h', '0 h', '0 h', '0 h', '0 h', '24.8 h']);
  });

  it('typing a larger figure is one request; the time goes in from the work window’s start and the view says where', async () => {
    const api = createFakeApi();
    const { user } = await renderApp({ api, view: 'week' });
    const thursday = cell('Work on Thursday, March 26, hours');
    await user.type(thursday, '1:30{Enter}');
    expect(api.callsTo('entries.setDayMinutes')).toEqual([{ date: '2026-03-26', categoryId: 'work', minutes: 90 }]);
    // The default work window opens at 09:00 Berlin time.
    expect(api.state.entries.map((e) => [e.categoryId, e.start, e.end])).toEqual([['work', THURSDAY + 9 * H, THURSDAY + 10.5 * H]]);
    expect(await screen.findByText('Added to Work on Thursday, March 26: 9:00 AM–10:30 AM (1 h 30 min)')).toBeInTheDocument();
    expect(week().queryByRole('alert')).toBeNull();
    expect(api.callsTo('entries.add')).toEqual([]);
  });

  it('typing a smaller figure shortens the latest entry, without asking', async () => {
    const api = createFakeApi();
    const late: Entry = { id: 'late', categoryId: 'work', start: MONDAY + 13 * H, end: MONDAY + 17 * H, note: '', tags: [], source: 'timer' };
    api.state.entries = [{ id: 'early', categoryId: 'work', start: MONDAY + 8 * H, end: MONDAY + 12 * H, note: '', tags: [], source: 'timer' }, late];
    const { user } = await renderApp({ api, view: 'week' });
    const monday = cell('Work on Monday, March 23, hours');
    await user.clear(monday);
    await user.type(monday, '7{Enter}');
    // A preview (which writes nothing) to see whether entries would be deleted, then the change itself.
    expect(api.callsTo('entries.setDayMinutes')).toEqual([
      { date: '2026-03-23', categoryId: 'work', minutes: 420, preview: true },
      { date: '2026-03-23', categoryId: 'work', minutes: 420 },
    ]);
    expect(api.state.entries.find((e) => e.id === 'late')?.end).toBe(late.end - H);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(api.callsTo('entries.update')).toEqual([]);
  });

  it('a figure that deletes entries asks first; confirmed, one request deletes and trims, with Undo', async () => {
    const api = createFakeApi();
    const late: Entry = { id: 'late', categoryId: 'work', start: MONDAY + 13 * H, end: MONDAY + 17 * H, note: '', tags: [], source: 'timer' };
    const early: Entry = { id: 'early', categoryId: 'work', start: MONDAY + 8 * H, end: MONDAY + 12 * H, note: '', tags: [], source: 'timer' };
    api.state.entries = [early, late];
    const { user } = await renderApp({ api, view: 'week' });
    const monday = cell('Work on Monday, March 23, hours');
    await user.clear(monday);
    await user.type(monday, '3{Enter}');

    const dialog = within(await screen.findByRole('alertdialog', { name: 'Delete an entry?' }));
    expect(dialog.getByText('Lowering Work on Monday, March 23 to 3 h deletes this entry:')).toBeInTheDocument();
    expect(dialog.getByText('1:00 PM–5:00 PM (4 h)')).toBeInTheDocument();
    expect(api.state.entries).toEqual([early, late]);
    await user.click(dialog.getByRole('button', { name: 'Delete entry' }));

    await waitFor(() => expect(api.callsTo('entries.setDayMinutes')).toHaveLength(2));
    expect(api.callsTo('entries.setDayMinutes')[1]).toEqual({ date: '2026-03-23', categoryId: 'work', minutes: 180 });
    expect(api.state.entries).toEqual([{ ...early, end: early.end - H }]);
    expect(api.callsTo('entries.delete')).toEqual([]);
    expect(await screen.findByText('Deleted an entry of Work on Monday, March 23')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(api.state.entries.map((e) => e.id)).toEqual(['early', 'late']));
    // The undo is one request for everything the change deleted, so it comes back whole or not at all.
    expect(api.callsTo('entries.restore')).toEqual([{ entries: [late] }]);
  });

  it('cancelling the deletion changes nothing', async () => {
    const api = createFakeApi();
    const all: Entry = { id: 'all', categoryId: 'work', start: MONDAY + 8 * H, end: MONDAY + 16 * H, note: '', tags: [], source: 'timer' };
    api.state.entries = [all];
    const { user } = await renderApp({ api, view: 'week' });
    const monday = cell('Work on Monday, March 23, hours');
    await user.clear(monday);
    await user.type(monday, '0{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(api.callsTo('entries.setDayMinutes')).toEqual([{ date: '2026-03-23', categoryId: 'work', minutes: 0, preview: true }]);
    expect(api.state.entries).toEqual([all]);
  });

  it('a figure it cannot read, or a refusal from the main process, is shown in words next to the grid', async () => {
    const api = createFakeApi();
    api.fail('entries.setDayMinutes', { code: 'conflict', message: 'That day has only 30 min free, not the 2 h more this needs.' });
    const { user } = await renderApp({ api, view: 'week' });
    const thursday = cell('Work on Thursday, March 26, hours');
    await user.type(thursday, 'lots{Enter}');
    expect(week().getByRole('alert').textContent).toBe('Work on Thursday, March 26: Type hours for the day, for example 1.5, 1:30 or 90m (up to 24 hours).');
    expect(thursday.getAttribute('aria-invalid')).toBe('true');
    await user.clear(thursday);
    await user.type(thursday, '2{Enter}');
    expect((await week().findByRole('alert')).textContent).toBe('Work on Thursday, March 26: That day has only 30 min free, not the 2 h more this needs.');
  });

  it('Escape puts the figure back; the arrow keys move between rows', async () => {
    const { user } = await renderApp({ view: 'week' });
    const work = cell('Work on Monday, March 23, hours');
    await user.clear(work);
    await user.type(work, '12{Escape}');
    expect(work.value).toBe('8');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(cell('Fitness on Monday, March 23, hours'));
  });
});
