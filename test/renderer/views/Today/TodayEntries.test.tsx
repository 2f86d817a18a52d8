import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { UNDO_TOAST_MS } from '../../../../renderer/state/toastStore';
import { NOW } from '../../fixtures';
import { region, renderApp } from '../../renderApp';
import { createTestApi, type TestApi } from '../../testApi';

const today = () => region('Today');
const HOUR = 3_600_000;
/** 08:00–09:30 Berlin time on the fixture's Wednesday, saved by entries.add. */
const addReport = (api: TestApi) => api.host.call('entries.add', { categoryId: 'work', start: NOW - 3 * HOUR, end: NOW - 1.5 * HOUR, note: 'report' });

/** A Work entry over `span`, saved by entries.add; its editor opened on Today from the Edit button named `row`, `field`
 * typed over with `value` and saved. */
async function retypeAndSave(span: { start: number; end: number }, row: RegExp, field: 'Start' | 'End', value: string) {
  const api = await createTestApi();
  const entry = await api.host.call('entries.add', { categoryId: 'work', ...span });
  const { user } = await renderApp({ api });
  await user.click(today().getByRole('button', { name: row }));
  const editor = within(today().getByRole('form', { name: 'Edit entry' }));
  await user.clear(editor.getByLabelText(field));
  await user.type(editor.getByLabelText(field), value);
  await user.click(editor.getByRole('button', { name: 'Save' }));
  return { api, entry, editor };
}

describe('TodayView: today’s entries', () => {
  it('lists today’s entries with times in the settings’ zone, or says what to do first', async () => {
    const api = await createTestApi();
    const empty = await renderApp({ api });
    expect(today().getByText(/Nothing logged today yet\. Start a timer above/)).toBeInTheDocument();
    empty.unmount();

    await addReport(api);
    await renderApp({ api });
    const list = within(today().getByRole('list', { name: 'Logged today' }));
    expect(list.getByText('8:00 AM–9:30 AM')).toBeInTheDocument();
    expect(list.getByText('1 h 30 min')).toBeInTheDocument();
    expect(list.getByText('report')).toBeInTheDocument();
  });

  it('edits an entry’s times in place: entries.update with the new instants', async () => {
    const api = await createTestApi();
    const report = await addReport(api);
    const { user } = await renderApp({ api });
    await user.click(today().getByRole('button', { name: 'Edit Work, 8:00 AM–9:30 AM' }));
    const editor = within(today().getByRole('form', { name: 'Edit entry' }));
    const end = editor.getByLabelText('End');
    await user.clear(end);
    await user.type(end, '10:00');
    await user.click(editor.getByRole('button', { name: 'Save' }));
    expect(api.callsTo('entries.update')).toEqual([{ id: report.id, end: report.start + 2 * HOUR }]);
    expect(await today().findByText('8:00 AM–10:00 AM')).toBeInTheDocument();
    // The editor's Save went with it: focus is back on the entry's Edit, not on the page.
    expect(document.activeElement).toBe(today().getByRole('button', { name: 'Edit Work, 8:00 AM–10:00 AM' }));
  });

  it('an end typed for an entry across midnight is read from its start: 22:00–01:00 ended at 23:30 is 1 h 30 min, not 25 h 30 min', async () => {
    // Yesterday 22:00 until 01:00 today, Berlin time (08:00 today is NOW - 3 h).
    const { api, entry: night } = await retypeAndSave({ start: NOW - 13 * HOUR, end: NOW - 10 * HOUR }, /^Edit Work, 10:00 PM–1:00 AM/, 'End', '23:30');
    expect(api.callsTo('entries.update')).toEqual([{ id: night.id, end: night.start + 1.5 * HOUR }]);
  });

  it('an entry across midnight keeps running past it when its end moves later: 22:00–01:00 ended at 02:30', async () => {
    const { api, entry: night } = await retypeAndSave({ start: NOW - 13 * HOUR, end: NOW - 10 * HOUR }, /^Edit Work, 10:00 PM–1:00 AM/, 'End', '02:30');
    expect(api.callsTo('entries.update')).toEqual([{ id: night.id, end: night.start + 4.5 * HOUR }]);
  });

  it('an evening entry that ended before midnight can be ended after it: 22:00–23:00 ended at 00:30 is 2 h 30 min', async () => {
    // Today 22:00 until 23:00, Berlin time (08:00 today is NOW - 3 h).
    const { api, entry: evening } = await retypeAndSave({ start: NOW - 3 * HOUR + 14 * HOUR, end: NOW - 3 * HOUR + 15 * HOUR }, /^Edit Work, 10:00 PM–11:00 PM/, 'End', '00:30');
    expect(api.callsTo('entries.update')).toEqual([{ id: evening.id, end: evening.start + 2.5 * HOUR }]);
  });

  it('an entry across midnight given an end just before its start is refused, not read as 23 hours', async () => {
    const { api, editor } = await retypeAndSave({ start: NOW - 13 * HOUR, end: NOW - 10 * HOUR }, /^Edit Work, 10:00 PM–1:00 AM/, 'End', '21:00');
    expect(editor.getByRole('alert').textContent).toMatch(/^The end must come after the start\./);
    expect(api.callsTo('entries.update')).toEqual([]);
  });

  it('a start typed for an entry across midnight is read before its end: 23:30–00:45 started at 00:15 is half an hour, not 24 h 30 min', async () => {
    // Yesterday 23:30 until 00:45 today, Berlin time.
    const { api, entry: late } = await retypeAndSave({ start: NOW - 11.5 * HOUR, end: NOW - 10.25 * HOUR }, /^Edit Work, 11:30 PM–12:45 AM/, 'Start', '00:15');
    expect(api.callsTo('entries.update')).toEqual([{ id: late.id, start: late.end - 0.5 * HOUR }]);
  });

  it('an evening entry ending at midnight, ended at 21:30 instead, ends at 21:30 that evening', async () => {
    // Today 21:00 until midnight, Berlin time (08:00 today is NOW - 3 h).
    const { api, entry: evening } = await retypeAndSave({ start: NOW - 3 * HOUR + 13 * HOUR, end: NOW - 3 * HOUR + 16 * HOUR }, /^Edit Work, 9:00 PM–12:00 AM/, 'End', '21:30');
    expect(api.callsTo('entries.update')).toEqual([{ id: evening.id, end: evening.start + 0.5 * HOUR }]);
  });

  it('a note added to a timer’s entry (with seconds) sends the note alone: the times stay as saved, to the millisecond', async () => {
    const api = await createTestApi();
    // A switch saves entries back to back at seconds: 08:00:05–08:00:45.678, then 08:00:45.678–09:30. The first is
    // put in the store as the timer saves it: entries.add refuses one under a minute, as typed by hand.
    const before = { id: 'switched', categoryId: 'fitness', start: NOW - 3 * HOUR + 5_000, end: NOW - 3 * HOUR + 45_678, note: '', tags: [], source: 'timer' };
    api.host.app.store.applyEntries({ put: [before] });
    const run = await api.host.call('entries.add', { categoryId: 'work', start: NOW - 3 * HOUR + 45_678, end: NOW - 1.5 * HOUR });
    const { user } = await renderApp({ api });
    await user.click(today().getByRole('button', { name: /^Edit Work/ }));
    const editor = within(today().getByRole('form', { name: 'Edit entry' }));
    await user.type(editor.getByLabelText('Note'), 'report');
    await user.click(editor.getByRole('button', { name: 'Save' }));
    expect(api.callsTo('entries.update')).toEqual([{ id: run.id, note: 'report' }]);
    await waitFor(() => expect(today().queryByRole('form', { name: 'Edit entry' })).toBeNull());
    const saved = (await api.host.call('entries.list', { from: before.start, to: run.end })).find((e: { id: string }) => e.id === run.id);
    expect(saved).toMatchObject({ start: run.start, end: run.end, note: 'report' });
    // A 40-second entry, whose two fields show the same minute, takes a note too.
    await user.click(today().getByRole('button', { name: /^Edit Fitness/ }));
    const short = within(today().getByRole('form', { name: 'Edit entry' }));
    await user.type(short.getByLabelText('Note'), 'stretch');
    await user.click(short.getByRole('button', { name: 'Save' }));
    expect(api.callsTo('entries.update').at(-1)).toEqual({ id: before.id, note: 'stretch' });
  });

  it('an entry changed elsewhere while its editor is open: saving sends only what was changed here, and the editor says so', async () => {
    const api = await createTestApi();
    const report = await addReport(api);
    const { user } = await renderApp({ api });
    await user.click(today().getByRole('button', { name: 'Edit Work, 8:00 AM–9:30 AM' }));
    // Another window (a second tab, the command line) moves it to Fitness and ends it at 10:00.
    await api.host.call('entries.update', { id: report.id, categoryId: 'fitness', end: report.start + 2 * HOUR });
    const editor = within(today().getByRole('form', { name: 'Edit entry' }));
    expect(await editor.findByText(/changed elsewhere since you opened it.*Fitness 8:00 AM–10:00 AM/)).toBeInTheDocument();
    await user.clear(editor.getByLabelText('Note'));
    await user.type(editor.getByLabelText('Note'), 'report, sent');
    await user.click(editor.getByRole('button', { name: 'Save' }));
    expect(api.callsTo('entries.update').at(-1)).toEqual({ id: report.id, note: 'report, sent' });
    const saved = api.host.app.store.getEntries().find((e) => e.id === report.id);
    expect(saved).toMatchObject({ categoryId: 'fitness', start: report.start, end: report.start + 2 * HOUR, note: 'report, sent' });
  });

  it('an entry half edited is still being edited after Week and back, as typed; Save sends it and the editor is done with it', async () => {
    const api = await createTestApi();
    const report = await addReport(api);
    const { user, stores } = await renderApp({ api });
    await user.click(today().getByRole('button', { name: 'Edit Work, 8:00 AM–9:30 AM' }));
    const editor = () => within(today().getByRole('form', { name: 'Edit entry' }));
    await user.clear(editor().getByLabelText('End'));
    await user.type(editor().getByLabelText('End'), '10:15');
    await user.clear(editor().getByLabelText('Note'));
    await user.type(editor().getByLabelText('Note'), 'report and review');
    stores.nav.getState().go('week');
    await screen.findByRole('heading', { level: 2, name: /^Week/ });
    stores.nav.getState().go('today');
    await screen.findByRole('heading', { level: 2, name: 'Today' });
    expect((editor().getByLabelText('End') as HTMLInputElement).value).toBe('10:15');
    expect((editor().getByLabelText('Note') as HTMLInputElement).value).toBe('report and review');
    await user.click(editor().getByRole('button', { name: 'Save' }));
    expect(api.callsTo('entries.update')).toEqual([{ id: report.id, end: report.start + 2.25 * HOUR, note: 'report and review' }]);
    // Done with: opened again, it starts from the entry as saved.
    await user.click(await today().findByRole('button', { name: /^Edit Work, 8:00 AM–10:15 AM/ }));
    expect((editor().getByLabelText('Note') as HTMLInputElement).value).toBe('report and review');
    await user.click(editor().getByRole('button', { name: 'Cancel' }));
    stores.nav.getState().go('week');
    await screen.findByRole('heading', { level: 2, name: /^Week/ });
    stores.nav.getState().go('today');
    await screen.findByRole('heading', { level: 2, name: 'Today' });
    expect(today().queryByRole('form', { name: 'Edit entry' })).toBeNull();
  });

  it('opening another entry\'s editor drops what was typed in the one open: opened again, it starts from the entry as saved', async () => {
    const api = await createTestApi();
    await addReport(api);
    await api.host.call('entries.add', { categoryId: 'fitness', start: NOW - 1.5 * HOUR, end: NOW - HOUR });
    const { user } = await renderApp({ api });
    await user.click(today().getByRole('button', { name: 'Edit Work, 8:00 AM–9:30 AM' }));
    const editor = () => within(today().getByRole('form', { name: 'Edit entry' }));
    await user.clear(editor().getByLabelText('Note'));
    await user.type(editor().getByLabelText('Note'), 'typed, then left');
    await user.click(today().getByRole('button', { name: /^Edit Fitness/ }));
    await user.click(editor().getByRole('button', { name: 'Cancel' }));
    await user.click(await today().findByRole('button', { name: 'Edit Work, 8:00 AM–9:30 AM' }));
    expect((editor().getByLabelText('Note') as HTMLInputElement).value).toBe('report');
  });

  it('Cancel closes the editor with nothing sent and focus back on the entry’s Edit', async () => {
    const api = await createTestApi();
    await addReport(api);
    const { user } = await renderApp({ api });
    await user.click(today().getByRole('button', { name: 'Edit Work, 8:00 AM–9:30 AM' }));
    await user.click(within(today().getByRole('form', { name: 'Edit entry' })).getByRole('button', { name: 'Cancel' }));
    expect(today().queryByRole('form', { name: 'Edit entry' })).toBeNull();
    expect(api.callsTo('entries.update')).toEqual([]);
    expect(document.activeElement).toBe(today().getByRole('button', { name: 'Edit Work, 8:00 AM–9:30 AM' }));
  });

  it('refuses an end before the start in words, without a call', async () => {
    const api = await createTestApi();
    await addReport(api);
    const { user } = await renderApp({ api });
    await user.click(today().getByRole('button', { name: /^Edit Work/ }));
    const editor = within(today().getByRole('form', { name: 'Edit entry' }));
    await user.clear(editor.getByLabelText('End'));
    await user.type(editor.getByLabelText('End'), '07:00');
    await user.click(editor.getByRole('button', { name: 'Save' }));
    // 07:00 the next day would be 23 hours: a slip, not an entry.
    expect(editor.getByRole('alert').textContent).toBe('The end must come after the start. An end past midnight is the next day when that is up to 12 hours after the start.');
    expect(api.callsTo('entries.update')).toEqual([]);
  });

  it('deletes with Undo: a toast for 8 s whose Undo puts the same entry back with entries.restore', async () => {
    const api = await createTestApi();
    const report = await addReport(api);
    const { user } = await renderApp({ api });
    await user.click(today().getByRole('button', { name: 'Delete Work, 8:00 AM–9:30 AM' }));
    expect(api.callsTo('entries.delete')).toEqual([{ id: report.id }]);
    const toast = within(await screen.findByRole('region', { name: 'Messages' }));
    expect(toast.getByText('Deleted Work, 8:00 AM–9:30 AM')).toBeInTheDocument();
    await waitFor(() => expect(today().queryByText('report')).toBeNull());

    await user.click(toast.getByRole('button', { name: 'Undo' }));
    expect(api.callsTo('entries.restore')).toEqual([{ entries: [report] }]);
    expect(await today().findByText('report')).toBeInTheDocument();
    expect(toast.queryByText(/Deleted Work/)).toBeNull();
  });

  it('after Delete focus is on Undo and the toast waits while it is; after Undo focus is on the restored entry', async () => {
    const api = await createTestApi();
    await addReport(api);
    const { user } = await renderApp({ api });
    await user.click(today().getByRole('button', { name: 'Delete Work, 8:00 AM–9:30 AM' }));
    const undo = await within(screen.getByRole('region', { name: 'Messages' })).findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    await user.keyboard('{Enter}');
    const edit = await today().findByRole('button', { name: 'Edit Work, 8:00 AM–9:30 AM' });
    await waitFor(() => expect(document.activeElement).toBe(edit));
  });

  it('the Undo toast stays while focus is on it and leaves 20 s after focus moves away', async () => {
    const api = await createTestApi();
    const report = await addReport(api);
    const { stores } = await renderApp({ api });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await stores.entries.remove([report], 'Deleted Work');
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Undo'));
    vi.advanceTimersByTime(10 * UNDO_TOAST_MS);
    expect(stores.toasts.getState().toasts).toHaveLength(1);
    (document.activeElement as HTMLElement).blur();
    vi.advanceTimersByTime(UNDO_TOAST_MS - 1);
    expect(stores.toasts.getState().toasts).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(stores.toasts.getState().toasts).toHaveLength(0);
    expect(UNDO_TOAST_MS).toBeGreaterThanOrEqual(20_000);
  });

  it('a refused delete is shown in words next to the list', async () => {
    const api = await createTestApi();
    await addReport(api);
    api.fail('entries.delete', { code: 'storage', message: 'The data folder could not be written.' });
    const { user } = await renderApp({ api });
    await user.click(today().getByRole('button', { name: /^Delete Work/ }));
    expect((await today().findByRole('alert')).textContent).toContain('The data folder could not be written.');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });
});
