import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../../shared/model';
import { SAMPLE_WEEK } from '../../fixtures';
import { region, renderApp } from '../../renderApp';
import { createTestApi, seedWeek, type TestApi } from '../../testApi';

const week = () => region(/^Week/);
const grid = () => within(week().getByRole('table', { name: 'Timesheet, hours per category and day' }));
const cell = (name: string) => grid().getByRole('textbox', { name }) as HTMLInputElement;
const H = 3_600_000;
/** Monday 23 March 2026, 00:00 in Berlin (UTC+1). */
const MONDAY = Date.UTC(2026, 2, 22, 23);
const THURSDAY = MONDAY + 3 * 24 * H;

/** Work on Monday 08:00–12:00 and 13:00–17:00 (or only 08:00–16:00), saved by the real entries service. */
async function mondayWork(api: TestApi, spans: Array<[number, number]> = [[8, 12], [13, 17]]): Promise<readonly Entry[]> {
  for (const [from, to] of spans) await api.host.call('entries.add', { categoryId: 'work', start: MONDAY + from * H, end: MONDAY + to * H });
  return entries(api);
}
const entries = (api: TestApi) => api.host.app.store.getEntries();

/** Monday's work (mondayWork), the week on screen, and `figure` typed into Monday's Work cell with Enter. */
async function mondayTyped(figure: string, spans?: Array<[number, number]>) {
  const api = await createTestApi();
  const work = await mondayWork(api, spans);
  const { user } = await renderApp({ api, view: 'week' });
  const monday = cell('Work on Monday, March 23, hours');
  await user.clear(monday);
  await user.type(monday, `${figure}{Enter}`);
  return { api, user, work };
}

describe('Week: the timesheet', () => {
  it('shows each category’s hours per day, archived categories only where they have time, and the totals', async () => {
    const api = await createTestApi();
    await seedWeek(api, SAMPLE_WEEK);
    await renderApp({ api, view: 'week' });
    expect(cell('Work on Monday, March 23, hours').value).toBe('8');
    expect(cell('Fitness on Monday, March 23, hours').value).toBe('0.75');
    expect(cell('Work on Thursday, March 26, hours').value).toBe('');
    expect(grid().queryByText(/Old project/)).toBeNull();
    const total = grid().getByRole('row', { name: /^Total/ });
    expect(within(total).getAllByRole('cell').map((c) => c.textContent)).toEqual(['8.75 h', '9.5 h', '6.5 h', '0 h', '0 h', '0 h', '0 h', '24.75 h']);
  });

  it('cells and totals are each their exact time to a hundredth of an hour: a 36-second entry reads 0.01 in its cell and its totals', async () => {
    const api = await createTestApi();
    const at = (day: number, hour: number) => MONDAY + day * 24 * H + hour * H;
    // 36 s on Monday (a timer's run, put in the store: entries.add refuses one under a minute, as typed by hand), a
    // minute on Tuesday, and 20 min in each of three categories on Wednesday morning.
    api.host.app.store.applyEntries({ put: [{ id: 'short-run', categoryId: 'work', start: at(0, 8), end: at(0, 8) + 36_000, note: '', tags: [], source: 'timer' }] });
    await api.host.call('entries.add', { categoryId: 'work', start: at(1, 8), end: at(1, 8) + 60_000 });
    for (const [i, categoryId] of ['work', 'fitness', 'family'].entries()) {
      await api.host.call('entries.add', { categoryId, start: at(2, 7 + i), end: at(2, 7 + i) + H / 3 });
    }
    await renderApp({ api, view: 'week' });
    const row = (name: RegExp) => within(grid().getByRole('row', { name })).getAllByRole('cell').map((c) => c.querySelector('input')?.value ?? c.textContent);
    expect(row(/^Work/)).toEqual(['0.01', '0.02', '0.33', '', '', '', '', '0.36 h']);
    expect(row(/^Fitness/)).toEqual(['', '', '0.33', '', '', '', '', '0.33 h']);
    // Totals are of the exact time, not sums of rounded cells: Wednesday's three 20-minute cells (0.33 each) make 1 h.
    expect(row(/^Total/)).toEqual(['0.01 h', '0.02 h', '1 h', '0 h', '0 h', '0 h', '0 h', '1.03 h']);
  });

  it('typing a larger figure is one request; the time goes in from the work window’s start and the view says where', async () => {
    const api = await createTestApi();
    const { user } = await renderApp({ api, view: 'week' });
    const thursday = cell('Work on Thursday, March 26, hours');
    await user.type(thursday, '1:30{Enter}');
    expect(api.callsTo('entries.setDayMinutes')).toEqual([{ date: '2026-03-26', categoryId: 'work', minutes: 90 }]);
    // The default work window opens at 09:00 Berlin time.
    expect(entries(api).map((e) => [e.categoryId, e.start, e.end])).toEqual([['work', THURSDAY + 9 * H, THURSDAY + 10.5 * H]]);
    expect(await screen.findByText('Added to Work on Thursday, March 26: 9:00 AM–10:30 AM (1 h 30 min)')).toBeInTheDocument();
    expect(week().queryByRole('alert')).toBeNull();
    expect(api.callsTo('entries.add')).toEqual([]);
  });

  it('typing a smaller figure shortens the latest entry, without asking', async () => {
    const { api, user, work: [, late] } = await mondayTyped('7');
    // A preview (which writes nothing) to see whether entries would be deleted, then the change itself.
    expect(api.callsTo('entries.setDayMinutes')).toEqual([
      { date: '2026-03-23', categoryId: 'work', minutes: 420, preview: true },
      { date: '2026-03-23', categoryId: 'work', minutes: 420 },
    ]);
    expect(entries(api).find((e) => e.id === late!.id)?.end).toBe(late!.end - H);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(api.callsTo('entries.update')).toEqual([]);
    // Said, with Undo, which puts the entry back as it was.
    expect(await screen.findByText('Shortened an entry of Work on Monday, March 23')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(entries(api).find((e) => e.id === late!.id)).toEqual(late));
  });

  it('a figure that deletes entries asks first; confirmed, one request deletes and trims, with Undo', async () => {
    const { api, user, work } = await mondayTyped('3');
    const [early, late] = work as [Entry, Entry];

    const dialog = within(await screen.findByRole('alertdialog', { name: 'Delete an entry?' }));
    expect(dialog.getByText('Lowering Work on Monday, March 23 to 3 h deletes 1 entry and shortens 1:')).toBeInTheDocument();
    expect(dialog.getByText('Delete: 1:00 PM–5:00 PM (4 h)')).toBeInTheDocument();
    expect(dialog.getByText('Shorten: 8:00 AM–12:00 PM to 8:00 AM–11:00 AM (3 h)')).toBeInTheDocument();
    expect(entries(api)).toEqual([early, late]);
    // Focus on Cancel, not on the button that deletes: a second Enter after the one that asked deletes nothing.
    expect(dialog.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(dialog.getByRole('button', { name: 'Delete entry' }));

    await waitFor(() => expect(api.callsTo('entries.setDayMinutes')).toHaveLength(2));
    expect(api.callsTo('entries.setDayMinutes')[1]).toEqual({ date: '2026-03-23', categoryId: 'work', minutes: 180 });
    expect(entries(api)).toEqual([{ ...early, end: early.end - H }]);
    expect(api.callsTo('entries.delete')).toEqual([]);
    expect(await screen.findByText('Deleted an entry and shortened an entry of Work on Monday, March 23')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    // The day as it was: the deleted entry back, and the shortened one at its own length again.
    await waitFor(() => expect(entries(api)).toEqual([early, late]));
    // The undo is one request for everything the change deleted or shortened, so it comes back whole or not at all.
    expect(api.callsTo('entries.restore')).toEqual([{ entries: [late, early] }]);
  });

  it('Undo after the entry was edited since leaves the person\'s edit and says it was not undone', async () => {
    const { api, user, work: [, late] } = await mondayTyped('7');
    await screen.findByText('Shortened an entry of Work on Monday, March 23');
    // Then edited elsewhere (another window, the command line): a note on the shortened entry.
    await api.host.call('entries.update', { id: late!.id, note: 'kept' });
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Not undone: entries of Work on Monday, March 23 were changed since. They are as you left them.')).toBeInTheDocument();
    expect(entries(api).find((e) => e.id === late!.id)).toMatchObject({ note: 'kept', end: late!.end - H });
    expect(api.callsTo('entries.restore')).toEqual([]);
  });

  it('cancelling the deletion changes nothing', async () => {
    const { api, user, work: [all] } = await mondayTyped('0', [[8, 16]]);
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(api.callsTo('entries.setDayMinutes')).toEqual([{ date: '2026-03-23', categoryId: 'work', minutes: 0, preview: true }]);
    expect(entries(api)).toEqual([all]);
  });

  it('a figure it cannot read, or a refusal from the main process, is shown in words next to the grid', async () => {
    const api = await createTestApi();
    // Family from Monday 00:00 to 23:30 leaves 30 min of that day free: the real service refuses 2 h of work.
    await api.host.call('entries.add', { categoryId: 'family', start: MONDAY, end: MONDAY + 23.5 * H });
    const { user } = await renderApp({ api, view: 'week' });
    const monday = cell('Work on Monday, March 23, hours');
    await user.type(monday, 'lots{Enter}');
    expect(week().getByRole('alert').textContent).toBe('Work on Monday, March 23: Type hours for the day, for example 1.5, 1:30 or 90m (up to 24 hours).');
    expect(monday.getAttribute('aria-invalid')).toBe('true');
    // What was typed stays, to be corrected rather than typed again.
    expect((monday as HTMLInputElement).value).toBe('lots');
    await user.clear(monday);
    await user.type(monday, '2{Enter}');
    expect((await week().findByRole('alert')).textContent).toBe('Work on Monday, March 23: That day has only 30 min free, not the 2 h more this needs. Shorten or delete other entries first.');
    expect((monday as HTMLInputElement).value).toBe('2');
    expect(entries(api).map((e) => e.categoryId)).toEqual(['family']);
    // Escape still puts the figure back.
    await user.type(monday, '{Escape}');
    expect((monday as HTMLInputElement).value).toBe('');
    // Leaving a cell whose refused figure was not corrected puts the saved figure back, without sending it again.
    await user.type(monday, '2{Enter}');
    expect((await week().findByRole('alert')).textContent).toMatch(/only 30 min free/);
    const calls = api.callsTo('entries.setDayMinutes').length;
    await user.tab();
    expect((monday as HTMLInputElement).value).toBe('');
    expect(api.callsTo('entries.setDayMinutes')).toHaveLength(calls);
  });

  it('Escape puts the figure back; the arrow keys move between rows', async () => {
    const api = await createTestApi();
    await seedWeek(api, SAMPLE_WEEK);
    const { user } = await renderApp({ api, view: 'week' });
    const work = cell('Work on Monday, March 23, hours');
    await user.clear(work);
    await user.type(work, '12{Escape}');
    expect(work.value).toBe('8');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(cell('Fitness on Monday, March 23, hours'));
  });
});
