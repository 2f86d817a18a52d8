// Another computer's running timer, over real sync: this window's host and a second host (the desktop, its own data
// folder) share one sync folder, and a sync round on each brings the desktop's timer here.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { formatClock } from '../../../../renderer/format/formatClock';
import { makeTestHost, type TestHost } from '../../../support/testHost';
import { NOW, TIME_ZONE } from '../../fixtures';
import { renderApp } from '../../renderApp';
import { createTestApi, type TestApi } from '../../testApi';
import { syncFolder } from '../Settings/syncWindow';

const DESKTOP_TIMER_STARTED = NOW - (65 * 60 + 7) * 1000;

const desktops: TestHost[] = [];
afterEach(() => {
  for (const desktop of desktops.splice(0)) desktop.cleanup();
});

/** This computer ("Laptop") and the desktop synced through one folder; `round` syncs both, the desktop first. */
async function laptopAndDesktop(options: { desktopTimer: boolean }) {
  const folder = syncFolder();
  const api: TestApi = await createTestApi();
  const desktop: TestHost = makeTestHost({ idPrefix: 'desk-', start: DESKTOP_TIMER_STARTED, timeZone: TIME_ZONE });
  desktops.push(desktop);
  await api.host.call('sync.setup', { folder, deviceName: 'Laptop' });
  await desktop.call('sync.setup', { folder, deviceName: 'Desktop' });
  const round = async () => {
    await desktop.call('sync.now', {});
    await api.host.call('sync.now', {});
  };
  const startDesktopTimer = async () => {
    await desktop.call('timer.start', { categoryId: 'work', note: '' });
    await round();
  };
  if (options.desktopTimer) await startDesktopTimer();
  desktop.clock.set(NOW);
  return { api, desktop, round, startDesktopTimer };
}

describe("another computer's running timer", () => {
  it('Today shows its category, computer and elapsed time; Stop records the stop through sync and it goes', async () => {
    const { api, desktop, round } = await laptopAndDesktop({ desktopTimer: true });
    const { user } = await renderApp({ api });
    const row = within(await screen.findByRole('group', { name: 'Timer running on Desktop' }));
    expect(row.getByText('Work')).toBeInTheDocument();
    expect(row.getByText('1:05:07')).toBeInTheDocument();
    const [running] = await api.host.call('sync.otherTimers', {});
    await user.click(row.getByRole('button', { name: 'Stop Work on Desktop' }));
    expect(api.callsTo('sync.stopOtherTimer')).toEqual([{ device: running!.device.id }]);
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Timer running on Desktop' })).toBeNull());
    expect(await screen.findByText('Stopped Work on Desktop after 1:05:07: saved as an entry up to now, here and there.')).toBeInTheDocument();
    // The desktop takes the stop in as if stopped there: no timer, an entry up to now.
    await round();
    expect(desktop.app.store.getTimer()).toBeNull();
    expect(desktop.app.store.getEntries()).toEqual([expect.objectContaining({ start: DESKTOP_TIMER_STARTED, end: NOW, source: 'timer' })]);
  });

  it('Stop of a run that an entry logged here cuts says what it saved', async () => {
    const { api } = await laptopAndDesktop({ desktopTimer: true });
    // Family logged here from 30 minutes after the desktop's timer started until now.
    await api.host.call('entries.add', { categoryId: 'family', start: DESKTOP_TIMER_STARTED + 30 * 60_000, end: NOW });
    const { user } = await renderApp({ api });
    const row = within(await screen.findByRole('group', { name: 'Timer running on Desktop' }));
    await user.click(row.getByRole('button', { name: 'Stop Work on Desktop' }));
    const started = formatClock(DESKTOP_TIMER_STARTED, 'en-US', TIME_ZONE);
    const cut = formatClock(DESKTOP_TIMER_STARTED + 30 * 60_000, 'en-US', TIME_ZONE);
    expect(await screen.findByText(`Stopped Work on Desktop after 1:05:07: saved ${started}–${cut}, as entries here hold the rest, here and there.`)).toBeInTheDocument();
  });

  it('the header shows it on the other views, once', async () => {
    const { api } = await laptopAndDesktop({ desktopTimer: true });
    await renderApp({ api, view: 'week' });
    const banner = within(screen.getByRole('banner'));
    expect(await banner.findByRole('group', { name: 'Timer running on Desktop' })).toBeInTheDocument();
    expect(screen.getAllByRole('group', { name: 'Timer running on Desktop' })).toHaveLength(1);
  });

  it('a stop refused (stopped there meanwhile) is said in words', async () => {
    const { api } = await laptopAndDesktop({ desktopTimer: true });
    // The service's own refusal, for the moment between the desktop's stop and this computer's next round.
    api.fail('sync.stopOtherTimer', { code: 'not-found', message: 'That computer has no timer running any more: it may have been stopped there.' });
    const { user } = await renderApp({ api });
    await user.click(await screen.findByRole('button', { name: 'Stop Work on Desktop' }));
    expect(await screen.findByText('That computer has no timer running any more: it may have been stopped there.')).toBeInTheDocument();
  });

  it('a timer started on the desktop appears when a sync round brings it (sync.changed)', async () => {
    const { api, startDesktopTimer } = await laptopAndDesktop({ desktopTimer: false });
    await renderApp({ api });
    expect(screen.queryByRole('group', { name: 'Timer running on Desktop' })).toBeNull();
    await startDesktopTimer();
    expect(await screen.findByRole('group', { name: 'Timer running on Desktop' })).toBeInTheDocument();
  });
});
