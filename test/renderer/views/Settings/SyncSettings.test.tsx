// Settings → Sync over real sync: this window's host and, where another computer is needed, a desktop test host over
// its own data folder, both syncing through one scratch folder. Only the rare state (changes from a newer Timelock)
// is put into the real service's answer.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestHost, type TestHost } from '../../../support/testHost';
import { axeViolations } from '../../axeViolations';
import { NOW, TIME_ZONE } from '../../fixtures';
import { renderApp } from '../../renderApp';
import { createTestApi, type TestApi } from '../../testApi';
import { syncFolder } from './syncWindow';

const HOUR = 3_600_000;
const sync = () => within(screen.getByRole('region', { name: 'Sync' }));

const desktops: TestHost[] = [];
afterEach(() => {
  for (const desktop of desktops.splice(0)) desktop.cleanup();
});

/**
 * This computer ("Laptop") and a desktop syncing through one folder, the desktop last seen two hours ago; `conflicts`
 * has both change the lock mode and log overlapping work before that round (a setting edited twice, an overlap).
 */
async function laptopAndDesktop(options: { conflicts?: boolean } = {}) {
  const folder = syncFolder();
  const api: TestApi = await createTestApi();
  const desktop = makeTestHost({ idPrefix: 'desk-', start: NOW - 2 * HOUR, timeZone: TIME_ZONE });
  desktops.push(desktop);
  // Welcomed on both, so that setting is no conflict of its own.
  await desktop.call('settings.update', { welcomePending: false });
  await api.host.call('sync.setup', { folder, deviceName: 'Laptop' });
  await desktop.call('sync.setup', { folder, deviceName: 'Desktop' });
  await api.host.call('sync.now', {});
  if (options.conflicts) {
    await api.host.call('entries.add', { categoryId: 'work', start: NOW - 5 * HOUR, end: NOW - 4 * HOUR });
    await desktop.call('entries.add', { categoryId: 'work', start: NOW - 4.5 * HOUR, end: NOW - 3.5 * HOUR });
    await api.host.call('settings.update', { lockMode: 'hard' });
    await desktop.call('settings.update', { lockMode: 'soft' });
  }
  await desktop.call('sync.now', {});
  await api.host.call('sync.now', {});
  return { api, desktop, folder };
}

describe('Settings: sync', () => {
  it('sets sync up from a typed folder and a name, and then shows it on', async () => {
    const folder = syncFolder();
    const { api, user } = await renderApp({ view: 'settings' });
    const form = within(await sync().findByRole('form', { name: 'Set up sync' }));
    // Pasted rather than typed key by key: the same events a form sees, fast enough for a loaded machine.
    await user.click(form.getByLabelText('Sync folder (full path)'));
    await user.paste(folder);
    // Clicked, not tabbed to: in the desktop app Choose… comes between the two fields.
    await user.click(form.getByLabelText('Name of this computer'));
    await user.paste('Laptop');
    await user.keyboard('{Enter}');
    expect(api.callsTo('sync.setup')).toEqual([{ folder, deviceName: 'Laptop' }]);
    expect(await sync().findByText(`Sync is on: this computer is “Laptop”, syncing through ${folder}.`)).toBeInTheDocument();
    expect(sync().getByText(folder, { selector: 'code' })).toBeInTheDocument();
    expect(sync().getByText(/No other computer has synced through this folder yet/)).toBeInTheDocument();
  });

  it('a refused folder is said in words and stays typed', async () => {
    const { user } = await renderApp({ view: 'settings' });
    const form = within(await sync().findByRole('form', { name: 'Set up sync' }));
    await user.click(form.getByLabelText('Sync folder (full path)'));
    await user.paste('Sync/timelock');
    await user.click(form.getByRole('button', { name: 'Turn sync on' }));
    expect(await sync().findByRole('alert')).toHaveTextContent('The sync folder must be a full path; got "Sync/timelock".');
    expect(form.getByLabelText('Sync folder (full path)')).toHaveValue('Sync/timelock');
  });

  it('lists the other computers with when they were last seen, and each conflict with the choices it takes', async () => {
    const { api } = await laptopAndDesktop({ conflicts: true });
    const { user } = await renderApp({ api, view: 'settings' });
    expect(await sync().findByText(/^Desktop: last seen/)).toBeInTheDocument();
    // The setting as Settings names it, with both values as its form shows them; the kept version first: the
    // desktop's, later by the sync clock (the desktop had taken in this computer's setup before its edit).
    const setting = within(sync().getByRole('group', { name: /^Lock mode was changed on both computers: kept Soft \(the later change\) over Hard\./ }));
    expect(setting.getByText('(Desktop and Laptop (this computer))')).toBeInTheDocument();
    // A setting has one value: both cannot be kept. Two overlapping entries can.
    expect(setting.queryByRole('button', { name: 'Keep both' })).toBeNull();
    const both = within(sync().getByRole('group', { name: /Two entries from different computers cover the same time/ }));
    expect(both.getByRole('button', { name: 'Keep both' })).toBeInTheDocument();

    await user.click(setting.getByRole('button', { name: 'Keep this computer’s version' }));
    expect(api.callsTo('sync.resolve')).toEqual([{ id: expect.stringMatching(/^edit:setting:lockMode:/), keep: 'other' }]);
    expect(await sync().findByText(/^Kept this computer’s version\. Synced: .* 1 conflict to resolve below\.$/)).toBeInTheDocument();
    await waitFor(() => expect(sync().queryByRole('group', { name: /^Lock mode was changed on both computers/ })).toBeNull());
    // This computer's lock mode is the one kept, and Settings shows it.
    expect(api.host.app.store.getSettings().lockMode).toBe('hard');
    await waitFor(() => expect(within(screen.getByRole('form', { name: 'Lock mode' })).getByRole('radio', { name: 'Hard' })).toBeChecked());
  });

  it('an entry edited on both, this computer’s edit the earlier: its versions are shown, and keeping this computer’s keeps it', async () => {
    const { api, desktop } = await laptopAndDesktop();
    const { id: entryId } = await api.host.call('entries.add', { categoryId: 'work', start: NOW - 3 * HOUR, end: NOW - 2 * HOUR, note: 'first' });
    await desktop.call('sync.now', {});
    // Edited on both before either syncs: here first, then on the desktop a minute later (its edit is the one kept).
    await api.host.call('entries.update', { id: entryId, note: 'laptop note' });
    desktop.clock.set(api.clock.now() + 60_000);
    await desktop.call('entries.update', { id: entryId, end: NOW - 1.5 * HOUR, note: 'desktop note' });
    await desktop.call('sync.now', {});
    await api.host.call('sync.now', {});
    const { user } = await renderApp({ api, view: 'settings' });
    const conflict = within(await sync().findByRole('group', { name: /^This entry was edited on both computers/ }));
    expect(conflict.getByText(/^Desktop \(kept for now\): Work, .*, “desktop note”$/)).toBeInTheDocument();
    expect(conflict.getByText(/^Laptop \(this computer\): Work, .*, “laptop note”$/)).toBeInTheDocument();

    await user.click(conflict.getByRole('button', { name: 'Keep this computer’s version' }));
    // The service's `other` is the version not kept: this computer's.
    expect(api.callsTo('sync.resolve')).toEqual([{ id: expect.stringMatching(/^edit:entry:/), keep: 'other' }]);
    expect(await sync().findByText(/^Kept this computer’s version\. Synced: /)).toBeInTheDocument();
    expect(api.host.app.store.getEntries().find((e) => e.id === entryId)?.note).toBe('laptop note');
  });

  it('the sync section, on and with conflicts, passes axe', async () => {
    const { api } = await laptopAndDesktop({ conflicts: true });
    await renderApp({ api, view: 'settings' });
    await sync().findByText(/^Desktop: last seen/);
    expect(await axeViolations(screen.getByRole('region', { name: 'Sync' }))).toEqual([]);
  });

  it('Sync now says what the round did; Turn sync off says both sides stay complete and offers setup again', async () => {
    const { api, desktop, folder } = await laptopAndDesktop();
    const { user } = await renderApp({ api, view: 'settings' });
    // Three entries logged on the desktop and synced there; one here, which went to the folder as it was saved.
    for (const hoursAgo of [6, 5, 4]) await desktop.call('entries.add', { categoryId: 'work', start: NOW - hoursAgo * HOUR, end: NOW - (hoursAgo - 0.5) * HOUR });
    await desktop.call('sync.now', {});
    await api.host.call('entries.add', { categoryId: 'work', start: NOW - 2 * HOUR, end: NOW - HOUR });
    await user.click(await sync().findByRole('button', { name: 'Sync now' }));
    expect(await sync().findByText('Synced: took in 3 changes, nothing to send.')).toBeInTheDocument();
    await user.click(sync().getByRole('button', { name: 'Turn sync off' }));
    expect(await sync().findByText(`Sync is off. The data here and the files in ${folder} both stay complete.`)).toBeInTheDocument();
    expect(sync().getByRole('form', { name: 'Set up sync' })).toBeInTheDocument();
  });

  it('renaming this computer is its own command, through setup with the same folder', async () => {
    const { api, folder } = await laptopAndDesktop();
    const { user } = await renderApp({ api, view: 'settings' });
    const field = await sync().findByLabelText('Name of this computer');
    await user.clear(field);
    await user.paste('Work laptop');
    await user.keyboard('{Enter}');
    expect(api.callsTo('sync.setup')).toEqual([{ folder, deviceName: 'Work laptop' }]);
    expect(await sync().findByText('This computer is now called “Work laptop”.')).toBeInTheDocument();
  });

  it('a sync round in the main process (sync.changed) shows the computer and conflict it brought', async () => {
    const folder = syncFolder();
    const api = await createTestApi();
    await api.host.call('sync.setup', { folder, deviceName: 'Laptop' });
    await api.host.call('entries.add', { categoryId: 'work', start: NOW - 3 * HOUR, end: NOW - 2 * HOUR });
    await renderApp({ api, view: 'settings' });
    expect(await sync().findByText(/No other computer has synced/)).toBeInTheDocument();
    const desktop = makeTestHost({ idPrefix: 'desk-', start: NOW - 2 * HOUR, timeZone: TIME_ZONE });
    desktops.push(desktop);
    await desktop.call('settings.update', { welcomePending: false });
    await desktop.call('entries.add', { categoryId: 'work', start: NOW - 2.5 * HOUR, end: NOW - 2 * HOUR });
    await desktop.call('sync.setup', { folder, deviceName: 'Desktop' });
    // The round the folder watch would run here, through the real service and its sync.changed.
    await api.host.call('sync.now', {});
    expect(await sync().findByText(/^Desktop: last seen/)).toBeInTheDocument();
    expect(await sync().findByRole('group', { name: /Two entries from different computers cover the same time/ })).toBeInTheDocument();
  });

  it('changes from a newer Timelock are counted as waiting, with what to do', async () => {
    const { api } = await laptopAndDesktop();
    // The real status with what a newer Timelock's changes in the folder would add to it.
    api.answer('sync.status', async (_request, real) => {
      const status = await real();
      return status.ok && status.value ? { ok: true, value: { ...status.value, needsUpdate: 2, problems: ['2 change(s) come from a newer Timelock: update Timelock on this computer.'] } } : status;
    });
    await renderApp({ api, view: 'settings' });
    expect(await sync().findByText('2 changes are waiting: they come from a newer Timelock. Update Timelock on this computer to take them in.')).toBeInTheDocument();
  });
});
