import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../../shared/model';
import { createFakeApi } from '../../fakeApi';
import { region, renderApp } from '../../renderApp';

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

  it('typing a larger figure adds the difference as one entry from the work window’s start', async () => {
    const api = createFakeApi();
    const { user } = await renderApp({ api, view: 'week' });
    const thursday = cell('Work on Thursday, March 26, hours');
    await user.type(thursday, '1:30{Enter}');
    // The default work window opens at 09:00 Berlin time.
    expect(api.callsTo('entries.add')).toEqual([{ categoryId: 'work', start: THURSDAY + 9 * H, end: THURSDAY + 10.5 * H }]);
    expect(week().queryByRole('alert')).toBeNull();
  });

  it('typing a smaller figure shortens the latest entry, without asking', async () => {
    const api = createFakeApi();
    const late: Entry = { id: 'late', categoryId: 'work', start: MONDAY + 13 * H, end: MONDAY + 17 * H, note: '', tags: [], source: 'timer' };
    api.state.entries = [{ id: 'early', categoryId: 'work', start: MONDAY + 8 * H, end: MONDAY + 12 * H, note: '', tags: [], source: 'timer' }, late];
    const { user } = await renderApp({ api, view: 'week' });
    const monday = cell('Work on Monday, March 23, hours');
    await user.clear(monday);
    await user.type(monday, '7{Enter}');
    expect(api.callsTo('entries.update')).toEqual([{ id: 'late', start: late.start, end: late.end - H }]);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('a figure that deletes entries asks first; confirmed, they are deleted with Undo', async () => {
    const api = createFakeApi();
    const late: Entry = { id: 'late', categoryId: 'work', start: MONDAY + 13 * H, end: MONDAY + 17 * H, note: '', tags: [], source: 'timer' };
    const early: Entry = { id: 'early', categoryId: 'work', start: MONDAY + 8 * H, end: MONDAY + 12 * H, note: '', tags: [], source: 'timer' };
    api.state.entries = [early, late];
    const { user } = await renderApp({ api, view: 'week' });
    const monday = cell('Work on Monday, March 23, hours');
    await user.clear(monday);
    await user.type(monday, '3{Enter}');

    const dialog = within(await screen.findByRole('alertdialog', { name: 'Delete an entry?' }));
    expect(dialog.getByText('Lowering Work on Monday, March 23 to 3 h deletes this entry:')).toBeTruthy();
    expect(dialog.getByText('1:00 PM–5:00 PM (4 h)')).toBeTruthy();
    await user.click(dialog.getByRole('button', { name: 'Delete entry' }));

    await waitFor(() => expect(api.callsTo('entries.delete')).toEqual([{ id: 'late' }]));
    expect(api.callsTo('entries.update')).toEqual([{ id: 'early', start: early.start, end: early.end - H }]);
    expect(await screen.findByText('Deleted an entry of Work on Monday, March 23')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
  });

  it('cancelling the deletion changes nothing', async () => {
    const api = createFakeApi();
    api.state.entries = [{ id: 'all', categoryId: 'work', start: MONDAY + 8 * H, end: MONDAY + 16 * H, note: '', tags: [], source: 'timer' }];
    const { user } = await renderApp({ api, view: 'week' });
    const monday = cell('Work on Monday, March 23, hours');
    await user.clear(monday);
    await user.type(monday, '0{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(api.callsTo('entries.delete')).toEqual([]);
    expect(api.callsTo('entries.update')).toEqual([]);
  });

  it('a figure it cannot read, or a refusal from the main process, is shown in words next to the grid', async () => {
    const api = createFakeApi();
    api.fail('entries.add', { code: 'conflict', message: 'This overlaps Family 9:00–10:00. Entries cannot share time.' });
    const { user } = await renderApp({ api, view: 'week' });
    const thursday = cell('Work on Thursday, March 26, hours');
    await user.type(thursday, 'lots{Enter}');
    expect(week().getByRole('alert').textContent).toBe('Work on Thursday, March 26: Type hours for the day, for example 1.5, 1:30 or 90m (up to 24 hours).');
    expect(thursday.getAttribute('aria-invalid')).toBe('true');
    await user.clear(thursday);
    await user.type(thursday, '2{Enter}');
    expect((await week().findByRole('alert')).textContent).toBe('Work on Thursday, March 26: This overlaps Family 9:00–10:00. Entries cannot share time.');
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
