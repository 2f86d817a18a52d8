import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ResponseOf } from '../../../../shared/contract';
import { createFakeApi } from '../../fakeApi';
import { NOW } from '../../fixtures';
import { renderApp } from '../../renderApp';

type OtherTimer = ResponseOf<'sync.otherTimers'>[number];

const onDesktop: OtherTimer = { device: { id: 'desk', name: 'Desktop' }, timer: { id: 't9', categoryId: 'work', start: NOW - (65 * 60 + 7) * 1000, note: '' } };

/** Sync on, with the desktop's timer running until something stops it. */
function apiWithDesktopTimer() {
  const api = createFakeApi();
  const held = { timers: [onDesktop] };
  api.answer('sync.status', () => ({
    ok: true,
    value: { folder: '/home/ada/Sync', device: { id: 'me', name: 'Laptop' }, devices: [{ id: 'desk', name: 'Desktop', lastSeen: NOW }], conflicts: 0, needsUpdate: 0, problems: [], waiting: { toSend: 0, toTakeIn: 0 } },
  }));
  api.answer('sync.otherTimers', () => ({ ok: true, value: held.timers }));
  api.answer('sync.stopOtherTimer', ({ device }) => {
    held.timers = held.timers.filter((t) => t.device.id !== device);
    return { ok: true, value: { applied: 0, written: 2, devices: 1, conflicts: 0 } };
  });
  return { api, held };
}

describe("another computer's running timer", () => {
  it('Today shows its category, computer and elapsed time; Stop records the stop through sync and it goes', async () => {
    const { api } = apiWithDesktopTimer();
    const { user } = await renderApp({ api });
    const row = within(await screen.findByRole('group', { name: 'Timer running on Desktop' }));
    expect(row.getByText('Work')).toBeInTheDocument();
    expect(row.getByText('1:05:07')).toBeInTheDocument();
    await user.click(row.getByRole('button', { name: 'Stop Work on Desktop' }));
    expect(api.callsTo('sync.stopOtherTimer')).toEqual([{ device: 'desk' }]);
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Timer running on Desktop' })).toBeNull());
  });

  it('the header shows it on the other views, once', async () => {
    const { api } = apiWithDesktopTimer();
    await renderApp({ api, view: 'week' });
    const banner = within(screen.getByRole('banner'));
    expect(await banner.findByRole('group', { name: 'Timer running on Desktop' })).toBeInTheDocument();
    expect(screen.getAllByRole('group', { name: 'Timer running on Desktop' })).toHaveLength(1);
  });

  it('a stop refused (stopped there meanwhile) is said in words', async () => {
    const { api } = apiWithDesktopTimer();
    api.fail('sync.stopOtherTimer', { code: 'not-found', message: 'That computer has no timer running any more: it may have been stopped there.' });
    const { user } = await renderApp({ api });
    await user.click(await screen.findByRole('button', { name: 'Stop Work on Desktop' }));
    expect(await screen.findByText('That computer has no timer running any more: it may have been stopped there.')).toBeInTheDocument();
  });

  it('a timer started on the desktop appears when a sync round brings it (sync.changed)', async () => {
    const { api, held } = apiWithDesktopTimer();
    held.timers = [];
    await renderApp({ api });
    expect(screen.queryByRole('group', { name: 'Timer running on Desktop' })).toBeNull();
    held.timers = [onDesktop];
    api.emit('sync.changed', { applied: 1, written: 0, devices: 1, conflicts: 0 });
    expect(await screen.findByRole('group', { name: 'Timer running on Desktop' })).toBeInTheDocument();
  });
});
