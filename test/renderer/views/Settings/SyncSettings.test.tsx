import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ResponseOf } from '../../../../shared/contract';
import { axeViolations } from '../../axeViolations';
import { createFakeApi, type FakeApi } from '../../fakeApi';
import { NOW } from '../../fixtures';
import { renderApp } from '../../renderApp';

type Status = NonNullable<ResponseOf<'sync.status'>>;
type Conflict = ResponseOf<'sync.conflicts'>[number];

const HOUR = 3_600_000;
const sync = () => within(screen.getByRole('region', { name: 'Sync' }));

/** A small sync service in the fake main process: off until set up; rounds and resolutions as the tests shape them. */
function syncingApi(initial: { status?: Status | null; conflicts?: Conflict[] } = {}) {
  const api: FakeApi = createFakeApi();
  const held = { status: initial.status ?? null, conflicts: initial.conflicts ?? [] };
  const round = { applied: 3, written: 1, devices: 1, conflicts: 0 };
  api.answer('sync.status', () => ({ ok: true, value: held.status }));
  api.answer('sync.conflicts', () => ({ ok: true, value: held.conflicts }));
  api.answer('sync.setup', ({ folder, deviceName }) => {
    if (!folder.startsWith('/')) return { ok: false, error: { code: 'bad-request', message: `The sync folder must be a full path; got "${folder}".` } };
    held.status = { folder, device: { id: 'me', name: deviceName ?? 'This computer' }, devices: held.status?.devices ?? [], conflicts: 0, needsUpdate: 0, problems: [], waiting: { toSend: 0, toTakeIn: 0 } };
    return { ok: true, value: held.status };
  });
  api.answer('sync.now', () => ({ ok: true, value: { ...round, conflicts: held.conflicts.length } }));
  api.answer('sync.resolve', ({ id }) => {
    held.conflicts = held.conflicts.filter((c) => c.id !== id);
    return { ok: true, value: { applied: 0, written: 2, devices: 1, conflicts: held.conflicts.length } };
  });
  api.answer('sync.off', () => {
    const folder = held.status!.folder;
    held.status = null;
    held.conflicts = [];
    return { ok: true, value: { folder } };
  });
  return { api, held };
}

const desktopSeen: Status = {
  folder: '/home/ada/Sync/timelock',
  device: { id: 'me', name: 'Laptop' },
  devices: [{ id: 'desk', name: 'Desktop', lastSeen: NOW - 2 * HOUR }],
  conflicts: 1,
  needsUpdate: 0,
  problems: [],
  waiting: { toSend: 0, toTakeIn: 0 },
};
const capEditedTwice: Conflict = {
  id: 'c1',
  type: 'edited-twice',
  message: 'The setting weeklyCapMinutes was edited on both computers; kept the later one — restore the other.',
  kind: 'setting',
  recordIds: ['weeklyCapMinutes'],
  kept: 1680,
  other: 2100,
  devices: ['me', 'desk'],
};
const overlap: Conflict = { id: 'c2', type: 'overlap', message: 'Two entries overlap in time, logged on two computers.', kind: 'entry', recordIds: ['e1', 'e2'], devices: ['desk', 'me'] };

describe('Settings: sync', () => {
  it('sets sync up from a typed folder and a name, and then shows it on', async () => {
    const { api } = syncingApi();
    const { user } = await renderApp({ api, view: 'settings' });
    const form = within(await sync().findByRole('form', { name: 'Set up sync' }));
    // Pasted rather than typed key by key: the same events a form sees, fast enough for a loaded machine.
    await user.click(form.getByLabelText('Sync folder (full path)'));
    await user.paste('/home/ada/Sync/timelock');
    // Clicked, not tabbed to: in the desktop app Choose… comes between the two fields.
    await user.click(form.getByLabelText('Name of this computer'));
    await user.paste('Laptop');
    await user.keyboard('{Enter}');
    expect(api.callsTo('sync.setup')).toEqual([{ folder: '/home/ada/Sync/timelock', deviceName: 'Laptop' }]);
    expect(await sync().findByText('Sync is on: this computer is “Laptop”, syncing through /home/ada/Sync/timelock.')).toBeInTheDocument();
    expect(sync().getByText('/home/ada/Sync/timelock', { selector: 'code' })).toBeInTheDocument();
    expect(sync().getByText(/No other computer has synced through this folder yet/)).toBeInTheDocument();
  });

  it('a refused folder is said in words and stays typed', async () => {
    const { api } = syncingApi();
    const { user } = await renderApp({ api, view: 'settings' });
    const form = within(await sync().findByRole('form', { name: 'Set up sync' }));
    await user.click(form.getByLabelText('Sync folder (full path)'));
    await user.paste('Sync/timelock');
    await user.click(form.getByRole('button', { name: 'Turn sync on' }));
    expect(await sync().findByRole('alert')).toHaveTextContent('The sync folder must be a full path; got "Sync/timelock".');
    expect(form.getByLabelText('Sync folder (full path)')).toHaveValue('Sync/timelock');
  });

  it('lists the other computers with when they were last seen, and each conflict with the choices it takes', async () => {
    const { api } = syncingApi({ status: desktopSeen, conflicts: [capEditedTwice, overlap] });
    const { user } = await renderApp({ api, view: 'settings' });
    expect(await sync().findByText(/^Desktop: last seen/)).toBeInTheDocument();
    const cap = within(sync().getByRole('group', { name: /weeklyCapMinutes was edited on both computers/ }));
    expect(cap.getByText('(Laptop (this computer) and Desktop)')).toBeInTheDocument();
    // A setting has one value: both cannot be kept. Two overlapping entries can.
    expect(cap.queryByRole('button', { name: 'Keep both' })).toBeNull();
    const both = within(sync().getByRole('group', { name: /Two entries overlap/ }));
    expect(both.getByRole('button', { name: 'Keep both' })).toBeInTheDocument();

    await user.click(cap.getByRole('button', { name: 'Keep other' }));
    expect(api.callsTo('sync.resolve')).toEqual([{ id: 'c1', keep: 'other' }]);
    expect(await sync().findByText('Kept the other computer’s version. Synced: nothing new to take in, sent 2 changes. 1 conflict to resolve below.')).toBeInTheDocument();
    await waitFor(() => expect(sync().queryByRole('group', { name: /weeklyCapMinutes/ })).toBeNull());
  });

  it('the sync section, on and with conflicts, passes axe', async () => {
    const { api } = syncingApi({ status: desktopSeen, conflicts: [capEditedTwice, overlap] });
    await renderApp({ api, view: 'settings' });
    await sync().findByText(/^Desktop: last seen/);
    expect(await axeViolations(screen.getByRole('region', { name: 'Sync' }))).toEqual([]);
  });

  it('Sync now says what the round did; Turn sync off says both sides stay complete and offers setup again', async () => {
    const { api } = syncingApi({ status: { ...desktopSeen, conflicts: 0 } });
    const { user } = await renderApp({ api, view: 'settings' });
    await user.click(await sync().findByRole('button', { name: 'Sync now' }));
    expect(await sync().findByText('Synced: took in 3 changes, sent 1 change.')).toBeInTheDocument();
    await user.click(sync().getByRole('button', { name: 'Turn sync off' }));
    expect(await sync().findByText('Sync is off. The data here and the files in /home/ada/Sync/timelock both stay complete.')).toBeInTheDocument();
    expect(sync().getByRole('form', { name: 'Set up sync' })).toBeInTheDocument();
  });

  it('renaming this computer is its own command, through setup with the same folder', async () => {
    const { api } = syncingApi({ status: desktopSeen });
    const { user } = await renderApp({ api, view: 'settings' });
    const field = await sync().findByLabelText('Name of this computer');
    await user.clear(field);
    await user.paste('Work laptop');
    await user.keyboard('{Enter}');
    expect(api.callsTo('sync.setup')).toEqual([{ folder: '/home/ada/Sync/timelock', deviceName: 'Work laptop' }]);
    expect(await sync().findByText('This computer is now called “Work laptop”.')).toBeInTheDocument();
  });

  it('a sync round in the main process (sync.changed) shows the computer and conflict it brought', async () => {
    const { api, held } = syncingApi({ status: { ...desktopSeen, devices: [], conflicts: 0 } });
    await renderApp({ api, view: 'settings' });
    expect(await sync().findByText(/No other computer has synced/)).toBeInTheDocument();
    held.status = desktopSeen;
    held.conflicts = [overlap];
    api.emit('sync.changed', { applied: 4, written: 0, devices: 1, conflicts: 1 });
    expect(await sync().findByText(/^Desktop: last seen/)).toBeInTheDocument();
    expect(sync().getByRole('group', { name: /Two entries overlap/ })).toBeInTheDocument();
  });

  it('changes from a newer Timelock are counted as waiting, with what to do', async () => {
    const { api } = syncingApi({ status: { ...desktopSeen, needsUpdate: 2, problems: ['2 change(s) come from a newer Timelock: update Timelock on this computer.'] } });
    await renderApp({ api, view: 'settings' });
    expect(await sync().findByText('2 changes are waiting: they come from a newer Timelock. Update Timelock on this computer to take them in.')).toBeInTheDocument();
  });
});
