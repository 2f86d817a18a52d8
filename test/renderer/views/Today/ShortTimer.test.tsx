import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NOW } from '../../fixtures';
import { region, renderApp } from '../../renderApp';
import { createTestApi, type TestApi } from '../../testApi';

/** A work timer started 40 seconds before now. */
async function blip(api: TestApi) {
  api.clock.set(NOW - 40_000);
  const timer = await api.host.call('timer.start', { categoryId: 'work' });
  api.clock.set(NOW);
  return timer;
}

const today = () => region('Today');
const MINUTE = 60_000;

describe('Today: a timer stopped at once, and time added “ending now”', () => {
  it('a timer stopped within a minute asks whether to keep it; Discard deletes the saved entry', async () => {
    const api = await createTestApi();
    const timer = await blip(api);
    const { user } = await renderApp({ api });
    await user.click(today().getByRole('button', { name: 'Stop' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Keep a 40-second Work entry?' }));
    expect(dialog.getByText('The Work timer ran for 40 seconds. Keep it as an entry, or discard it if it was started by mistake.')).toBeInTheDocument();
    await user.click(dialog.getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(api.callsTo('entries.delete')).toEqual([{ id: timer.id }]));
    expect(api.host.app.store.getEntries()).toEqual([]);
    // The Stop that asked is gone with the timer: focus is on Today's heading, not the page's body.
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Today' }));
  });

  it('a switch within the first minute asks too: Discard deletes the entry switched from, the new timer runs on', async () => {
    const api = await createTestApi();
    const timer = await blip(api);
    const { user } = await renderApp({ api });
    await user.click(within(today().getByRole('group', { name: 'Start or switch' })).getByRole('button', { name: 'Family' }));
    // Asked while Family runs: it names the entry it is about, and the switch.
    const dialog = within(await screen.findByRole('dialog', { name: 'Keep a 40-second Work entry?' }));
    expect(dialog.getByText(/^The Work timer ran for 40 seconds before you switched to Family, which runs on\. Keep those 40 seconds as an entry, or discard them if that was pressed by mistake\.$/)).toBeInTheDocument();
    await user.click(dialog.getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(api.callsTo('entries.delete')).toEqual([{ id: timer.id }]));
    expect(api.host.app.store.getEntries()).toEqual([]);
    expect(api.host.app.store.getTimer()).toMatchObject({ categoryId: 'family', start: NOW });
  });

  it('a switch after a minute asks nothing', async () => {
    const api = await createTestApi();
    api.clock.set(NOW - MINUTE);
    await api.host.call('timer.start', { categoryId: 'work' });
    api.clock.set(NOW);
    const { user } = await renderApp({ api });
    await user.click(within(today().getByRole('group', { name: 'Start or switch' })).getByRole('button', { name: 'Family' }));
    await waitFor(() => expect(api.host.app.store.getTimer()).toMatchObject({ categoryId: 'family' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.host.app.store.getEntries()).toHaveLength(1);
  });

  it('Keep leaves it, and a timer that ran a minute or more asks nothing', async () => {
    const api = await createTestApi();
    const timer = await blip(api);
    const { user } = await renderApp({ api });
    await user.click(today().getByRole('button', { name: 'Stop' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Keep it' }));
    expect(api.callsTo('entries.delete')).toEqual([]);
    expect(api.host.app.store.getEntries().map((e) => e.id)).toEqual([timer.id]);

    // Another window starts a timer that runs a minute.
    await api.host.call('timer.start', { categoryId: 'work' });
    api.clock.set(NOW + MINUTE);
    await user.click(await today().findByRole('button', { name: 'Stop' }));
    await waitFor(() => expect(api.callsTo('timer.stop')).toHaveLength(2));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('the question offers its two answers and no Cancel that would repeat “Keep it”; Escape keeps the saved entry', async () => {
    const api = await createTestApi();
    const timer = await blip(api);
    const { user } = await renderApp({ api });
    await user.click(today().getByRole('button', { name: 'Stop' }));
    const dialog = await screen.findByRole('dialog', { name: 'Keep a 40-second Work entry?' });
    // The stop is done and the entry saved when it asks: there is no going back to a running timer to offer.
    expect(within(dialog).getAllByRole('button').map((button) => button.textContent)).toEqual(['Keep it', 'Discard']);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep it' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.callsTo('entries.delete')).toEqual([]);
    expect(api.host.app.store.getEntries().map((e) => e.id)).toEqual([timer.id]);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Today' }));
  });

  it('“ending now” right after a timer stopped goes just before its entry instead of failing on an overlap', async () => {
    const api = await createTestApi();
    await api.host.call('entries.add', { categoryId: 'work', start: NOW - 46 * MINUTE, end: NOW });
    const { user } = await renderApp({ api });
    await user.selectOptions(today().getByRole('combobox', { name: 'Category' }), 'Family');
    await user.type(today().getByRole('textbox', { name: 'How long' }), '30m');
    await user.click(today().getByRole('button', { name: 'Add entry' }));
    expect(api.callsTo('entries.add')).toEqual([{ categoryId: 'family', start: NOW - 76 * MINUTE, end: NOW - 46 * MINUTE }]);
    expect(await today().findByText(/^Added 30 min of Family, 9:44\sAM–10:14\sAM\./)).toBeInTheDocument();
  });
});
