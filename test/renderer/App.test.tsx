import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { APP_VIEWS } from '../../shared/contract';
import { VIEWS, VIEW_TITLES } from '../../renderer/state/navStore';
import { renderApp } from './renderApp';
import { createTestApi } from './testApi';
import { axeViolations } from './axeViolations';

describe('App', () => {
  it('has the landmarks a screen reader lists: banner, navigation, main, content info, and one view at a time', async () => {
    const { api } = await renderApp();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Views' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo').textContent).toContain(api.host.dataDir);
    expect(screen.getAllByRole('region').map((region) => region.id || region.getAttribute('aria-label'))).toEqual(['today', 'Messages']);
  });

  it('moves between the six views from the navigation, marks the current one and focuses its heading', async () => {
    const { user } = await renderApp();
    const nav = within(screen.getByRole('navigation', { name: 'Views' }));
    expect(nav.getAllByRole('link').map((link) => link.textContent)).toEqual(['Today', 'Week', 'Plan', 'Balance', 'Insights', 'Settings']);
    // The navigation holds every view the desktop host can ask for.
    expect([...VIEWS].sort()).toEqual([...APP_VIEWS].sort());
    for (const view of VIEWS.slice(1)) {
      await user.click(nav.getByRole('link', { name: VIEW_TITLES[view] }));
      const heading = await screen.findByRole('heading', { level: 2, name: new RegExp(`^${VIEW_TITLES[view]}`) });
      await waitFor(() => expect(document.activeElement).toBe(heading));
      expect(nav.getByRole('link', { name: VIEW_TITLES[view] }).getAttribute('aria-current')).toBe('page');
      expect(nav.getByRole('link', { name: 'Today' }).getAttribute('aria-current')).toBeNull();
    }
  });

  it('the desktop host can ask for a view (app.navigate: its View menu, tray or a notification)', async () => {
    const { api } = await renderApp();
    api.emit('app.navigate', { view: 'insights' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Insights' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/insights');
    api.emit('app.navigate', { view: 'plan' });
    expect(await screen.findByRole('heading', { level: 2, name: /^Plan/ })).toBeInTheDocument();
  });

  it.each(VIEWS)('the %s view passes axe: every control named, labels tied to inputs, landmarks and ARIA valid', async (view) => {
    const api = await createTestApi();
    await api.host.call('entries.add', { categoryId: 'work', start: Date.UTC(2026, 2, 25, 7), end: Date.UTC(2026, 2, 25, 8), note: 'report' });
    await api.host.call('timer.start', { categoryId: 'work' });
    await renderApp({ api, view, host: 'browser' });
    if (view === 'balance' || view === 'insights') await screen.findAllByRole('figure');
    expect(await axeViolations(document.documentElement)).toEqual([]);
    // Settings holds every time zone in a select: axe walks a large tree in jsdom.
  }, 30_000);

  it('an error envelope from the snapshot is shown in words, and Try again loads', async () => {
    // The folder's permissions are not the test's to take away: the refusal is the snapshot's answer.
    const api = await createTestApi();
    api.fail('app.snapshot', { code: 'storage', message: 'The data folder /data cannot be read: permission denied.' });
    const { user } = await renderApp({ api, waitForReady: false });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('The data folder /data cannot be read: permission denied.');
    expect(screen.getByRole('heading', { name: 'Timelock could not load' })).toBeInTheDocument();

    api.answer('app.snapshot', (_request, real) => real());
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Today' })).toBeInTheDocument();
  });

  it('a transport that throws becomes an error in words, not a silent failure', async () => {
    const api = await createTestApi();
    api.answer('app.snapshot', () => Promise.reject(new Error('IPC channel closed')));
    await renderApp({ api, waitForReady: false });
    expect((await screen.findByRole('alert')).textContent).toBe('Timelock could not reach its main process (app.snapshot): IPC channel closed');
  });

  it('shows storage notices from start-up once, and pushed notices until dismissed', async () => {
    const api = await createTestApi();
    const recovered = 'settings.json was unreadable; it was moved aside and the backup loaded.';
    // The real snapshot, with the notice a recovery at start-up would have left.
    api.answer('app.snapshot', async (_request, real) => {
      const answer = await real();
      return answer.ok ? { ok: true, value: { ...answer.value, storageNotices: [recovered] } } : answer;
    });
    const { user } = await renderApp({ api });
    api.emit('notice', { level: 'warning', message: recovered });
    api.emit('notice', { level: 'info', message: 'Backed up.' });

    const notices = within(await screen.findByRole('list', { name: 'Notices' }));
    expect(notices.getAllByText(recovered)).toHaveLength(1);
    expect(notices.getByText('Backed up.')).toBeInTheDocument();

    await user.click(notices.getByRole('button', { name: 'Dismiss notice' }));
    expect(screen.queryByText('Backed up.')).toBeNull();
    expect(screen.getByText(recovered)).toBeInTheDocument();
  });
});
