import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../renderApp';
import { createTestApi } from '../../testApi';
import { syncFolder } from './syncWindow';

// An import being prepared and sync's typed folder or name are applied by their own buttons; like every Settings
// draft they survive a trip to another view and count as unsaved until applied or undone.
type Stores = Awaited<ReturnType<typeof renderApp>>['stores'];

const settingsLink = () => within(screen.getByRole('navigation', { name: 'Views' })).getByRole('link', { name: 'Settings' });
const headerMarked = () => settingsLink().getAttribute('aria-describedby') !== null;
const bar = () => screen.getByText(/^(Typed, not applied yet:|Changed, not saved yet:|All settings are saved\.)/);
const sync = () => within(screen.getByRole('region', { name: 'Sync' }));
const valueOf = (element: HTMLElement) => (element as HTMLInputElement).value;

async function toWeekAndBack(stores: Stores) {
  stores.nav.getState().go('week');
  await screen.findByRole('heading', { level: 2, name: /^Week/ });
  expect(headerMarked()).toBe(true);
  stores.nav.getState().go('settings');
  await screen.findByRole('heading', { level: 2, name: 'Settings' });
}

const CSV = 'Project,Start date,Start time,End date,End time\nClimbing,2026-03-20,18:00:00,2026-03-20,19:30:00\n';
describe('Settings: an import being prepared and sync’s typed fields survive leaving Settings, marked unsaved', () => {
  it('a chosen file with its mapping and reason is still prepared after Week, named in the bar; Import applies it with them', async () => {
    // Under the soft lock, work at 18:00 (outside the default windows) passes only with a reason.
    const api = await createTestApi({ settings: { lockMode: 'soft' } });
    const { stores, user } = await renderApp({ view: 'settings', api });
    const work = `category:${api.categoryId('Work')}`;
    const imports = () => within(screen.getByRole('group', { name: 'Import' }));
    await user.upload(imports().getByLabelText(/Export file from Toggl/), new File([CSV], 'toggl.csv', { type: 'text/csv' }));
    await user.selectOptions(await imports().findByRole('combobox', { name: 'Category for Climbing' }), work);
    await user.type(imports().getByRole('textbox', { name: 'Reason for work outside your windows or past a cap' }), 'catching up');
    expect(bar().textContent).toMatch(/^Typed, not applied yet: Import of toggl\.csv /);

    await toWeekAndBack(stores);
    expect(imports().getByText('Prepared from toggl.csv; nothing is written before you import it.')).toBeInTheDocument();
    expect(valueOf(imports().getByRole('combobox', { name: 'Category for Climbing' }))).toBe(work);
    expect(valueOf(imports().getByRole('textbox', { name: 'Reason for work outside your windows or past a cap' }))).toBe('catching up');
    expect(bar().textContent).toMatch(/^Typed, not applied yet: Import of toggl\.csv /);
    expect(api.callsTo('import.apply')).toEqual([]);

    // The button counts the row that waits for the reason: Import brings it in with the reason typed.
    await user.click(imports().getByRole('button', { name: 'Import 1 entry' }));
    expect(api.callsTo('import.apply')).toEqual([{ text: CSV, fileName: 'toggl.csv', map: { Climbing: work }, reason: 'catching up' }]);
    expect(await screen.findByText(/^Imported 1 entry from toggl\.csv/)).toBeInTheDocument();
    await waitFor(() => expect(bar().textContent).toBe('All settings are saved.'));
    expect(headerMarked()).toBe(false);
  }, 30_000);

  it('Cancel drops the prepared import and its mark', async () => {
    const { user } = await renderApp({ view: 'settings' });
    const imports = within(screen.getByRole('group', { name: 'Import' }));
    await user.upload(imports.getByLabelText(/Export file from Toggl/), new File([CSV], 'toggl.csv', { type: 'text/csv' }));
    await user.click(await imports.findByRole('button', { name: 'Cancel' }));
    expect(bar().textContent).toBe('All settings are saved.');
    expect(imports.queryByText(/Prepared from toggl\.csv/)).toBeNull();
  });

  it('a sync folder typed and not set up yet is still there after Week and marked', async () => {
    const { stores, user } = await renderApp({ view: 'settings' });
    const setup = () => within(sync().getByRole('form', { name: 'Set up sync' }));
    await sync().findByRole('form', { name: 'Set up sync' });
    await user.click(setup().getByLabelText('Sync folder (full path)'));
    await user.paste('/home/ada/Sync/timelock');
    await toWeekAndBack(stores);
    expect(valueOf(await setup().findByLabelText('Sync folder (full path)'))).toBe('/home/ada/Sync/timelock');
    expect(bar().textContent).toMatch(/^Typed, not applied yet: Set up sync /);
  });

  it('a new name for this computer typed and not applied is still there after Week and marked', async () => {
    const api = await createTestApi();
    await api.host.call('sync.setup', { folder: syncFolder(), deviceName: 'Laptop' });
    const { stores, user } = await renderApp({ view: 'settings', api });
    const rename = () => within(sync().getByRole('form', { name: 'Name this computer' }));
    await sync().findByRole('form', { name: 'Name this computer' });
    await user.type(rename().getByRole('textbox', { name: 'Name of this computer' }), ' at home');
    await toWeekAndBack(stores);
    expect(valueOf(await rename().findByRole('textbox', { name: 'Name of this computer' }))).toBe('Laptop at home');
    expect(bar().textContent).toMatch(/^Typed, not applied yet: Name this computer /);
  });
});
