import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeApi } from './fakeApi';
import { renderApp } from './renderApp';
import { axeViolations } from './axeViolations';

describe('App', () => {
  it('has the landmarks a screen reader lists: banner, navigation, main, content info', async () => {
    await renderApp();
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Views' })).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('contentinfo').textContent).toContain('/home/ada/.config/Timelock');
    expect(screen.getAllByRole('region').map((region) => region.getAttribute('aria-labelledby') && region.id)).toEqual(['today', 'week', 'settings']);
  });

  it('passes axe: every control named, labels tied to inputs, landmarks and ARIA valid', async () => {
    const api = createFakeApi();
    api.state.timer = { id: 'running', categoryId: 'work', start: 0, note: '' };
    await renderApp({ api });
    expect(await axeViolations(document.documentElement)).toEqual([]);
  });

  it('an error envelope from the snapshot is shown in words, and Try again loads', async () => {
    const api = createFakeApi();
    api.fail('app.snapshot', { code: 'storage', message: 'The data folder /data cannot be read: permission denied.' });
    const { user } = await renderApp({ api, waitForReady: false });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('The data folder /data cannot be read: permission denied.');
    expect(screen.getByRole('heading', { name: 'Timelock could not load' })).toBeTruthy();

    api.answer('app.snapshot', () => ({ ok: true, value: { ...snapshotValue(), storageNotices: [] } }));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Today' })).toBeTruthy();
  });

  it('a transport that throws becomes an error in words, not a silent failure', async () => {
    const api = createFakeApi();
    api.answer('app.snapshot', () => Promise.reject(new Error('IPC channel closed')));
    await renderApp({ api, waitForReady: false });
    expect((await screen.findByRole('alert')).textContent).toBe('Timelock could not reach its main process (app.snapshot): IPC channel closed');
  });

  it('shows storage notices from start-up once, and pushed notices until dismissed', async () => {
    const api = createFakeApi();
    const recovered = 'settings.json was unreadable; it was moved aside and the backup loaded.';
    api.answer('app.snapshot', () => ({ ok: true, value: { ...snapshotValue(), storageNotices: [recovered] } }));
    const { user } = await renderApp({ api });
    api.emit('notice', { level: 'warning', message: recovered });
    api.emit('nudge', { id: 'n1', kind: 'cap-warning', at: 0, text: 'You have used 90% of this week’s cap.', actions: [] });

    const notices = within(await screen.findByRole('list', { name: 'Notices' }));
    expect(notices.getAllByText(recovered)).toHaveLength(1);
    expect(notices.getByText('You have used 90% of this week’s cap.')).toBeTruthy();

    await user.click(notices.getByRole('button', { name: 'Dismiss notice' }));
    expect(screen.queryByText('You have used 90% of this week’s cap.')).toBeNull();
    expect(screen.getByText(recovered)).toBeTruthy();
  });
});

function snapshotValue() {
  return {
    settings: createFakeApi().state.settings,
    categories: [],
    timer: null,
    now: 0,
    dataDir: '/data',
  };
}
