import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { WebNotifier } from '../../../../renderer/state/toastStore';
import type { EventPayload } from '../../../../shared/contract';
import { NOW } from '../../fixtures';
import { march } from '../../planFixtures';
import { renderApp } from '../../renderApp';
import { createTestApi, type TestApi } from '../../testApi';

const NUDGE = { id: 'n1', kind: 'cap-warning' as const, at: NOW, text: 'You have used 90% of this week’s cap.', actions: ['stop', 'snooze-15', 'open', 'dismiss'] };
const messages = () => within(screen.getByRole('region', { name: 'Messages' }));

/** A nudge as the nudge service sends one: kept in the nudge log (through the storage port), then pushed. */
function nudge(api: TestApi, payload: EventPayload<'nudge'>) {
  const { actions: _actions, ...record } = payload;
  api.host.app.store.appendNudge(record);
  api.emit('nudge', payload);
}

describe('nudges', () => {
  it('show as a toast with their choices; a choice is sent with nudges.act', async () => {
    const { api, user } = await renderApp();
    nudge(api, NUDGE);
    expect(await messages().findByText(NUDGE.text)).toBeInTheDocument();
    // On Today already: no "Open Today".
    expect(messages().getAllByRole('button').map((b) => b.textContent)).toEqual(['Stop timer', 'Snooze 15 min', '×']);
    await user.click(messages().getByRole('button', { name: 'Snooze 15 min' }));
    expect(api.callsTo('nudges.act')).toEqual([{ id: 'n1', action: 'snooze-15' }]);
    expect(messages().queryByText(NUDGE.text)).toBeNull();
  });

  it('a window kept open for days holds one toast a kind of nudge: a newer one of a kind takes the older one’s place', async () => {
    const { api } = await renderApp();
    for (let i = 1; i <= 30; i++) nudge(api, { ...NUDGE, id: `cap-${i}`, at: NOW + i * 60_000, text: `Cap warning number ${i}.` });
    nudge(api, { ...NUDGE, id: 'wrap', kind: 'wrap-up', text: 'Time to wrap up.' });
    expect(await messages().findByText('Time to wrap up.')).toBeInTheDocument();
    expect(messages().getByText('Cap warning number 30.')).toBeInTheDocument();
    expect(messages().queryByText('Cap warning number 29.')).toBeNull();
    expect(messages().getAllByRole('button', { name: /^Dismiss: / })).toHaveLength(2);
    // Replaced is not dismissed: the person never answered the older ones.
    expect(api.callsTo('nudges.act')).toEqual([]);
  });

  it('a nudge about the running timer leaves once that timer stops or another takes its place: its Stop would stop nothing', async () => {
    const api = await createTestApi({ now: NOW - 3_600_000 });
    await api.host.call('timer.start', { categoryId: 'work' });
    await renderApp({ api });
    const offHours = { ...NUDGE, id: 'off', kind: 'off-hours-work' as const, text: 'The work timer is running outside your work windows.', actions: ['stop', 'snooze-60', 'snooze-day', 'dismiss'] };
    nudge(api, offHours);
    expect(await messages().findByText(offHours.text)).toBeInTheDocument();
    // Stopped elsewhere (the tray, the command line): the window hears timer.changed.
    api.clock.set(NOW);
    await api.host.call('timer.stop', {});
    await waitFor(() => expect(messages().queryByText(offHours.text)).toBeNull());
    // A switch: the timer the nudge was about stopped, though one runs.
    await api.host.call('timer.start', { categoryId: 'work' });
    nudge(api, { ...offHours, id: 'off-2' });
    expect(await messages().findByText(offHours.text)).toBeInTheDocument();
    await api.host.call('timer.start', { categoryId: 'fitness' });
    await waitFor(() => expect(messages().queryByText(offHours.text)).toBeNull());
    // Not acted on: the person never answered it.
    expect(api.callsTo('nudges.act')).toEqual([]);
  });

  it('a nudge’s clock times are shown in the window’s clock, as the views show theirs', async () => {
    const { api } = await renderApp();
    nudge(api, { ...NUDGE, id: 'n3', text: 'Your work window ended at 17:00 and the work timer is still running.' });
    expect(await messages().findByText(/^Your work window ended at 5:00\sPM and the work timer is still running\.$/)).toBeInTheDocument();
  });

  it('on another view the nudge offers Open Today, which goes there', async () => {
    const { api, user } = await renderApp({ view: 'week' });
    nudge(api, NUDGE);
    await user.click(await messages().findByRole('button', { name: 'Open Today' }));
    expect(await screen.findByRole('heading', { level: 2, name: /Today/ })).toBeInTheDocument();
  });

  it('closing the toast dismisses the nudge', async () => {
    const { api, user } = await renderApp();
    nudge(api, NUDGE);
    await user.click(await messages().findByRole('button', { name: `Dismiss: ${NUDGE.text}` }));
    expect(api.callsTo('nudges.act')).toEqual([{ id: 'n1', action: 'dismiss' }]);
  });

  it('a refused choice is shown in words', async () => {
    // Pushed but never kept in the log: the nudge service refuses a choice on it.
    const { api, user } = await renderApp();
    api.emit('nudge', NUDGE);
    await user.click(await messages().findByRole('button', { name: 'Stop timer' }));
    expect(await screen.findByText('That nudge is not in the nudge history.')).toBeInTheDocument();
  });

  it('in the browser host, also as a Web Notification once the person turns it on in Settings', async () => {
    let permission: NotificationPermission = 'default';
    const shown: string[] = [];
    const notifier: WebNotifier = {
      permission: () => permission,
      permissionSoon: async () => permission,
      request: vi.fn(async (): Promise<NotificationPermission> => (permission = 'granted')),
      show: (_title, body) => shown.push(body),
    };
    const { api, user } = await renderApp({ notifier, host: 'browser', view: 'settings' });
    nudge(api, NUDGE);
    expect(await messages().findByText(NUDGE.text)).toBeInTheDocument();
    expect(shown).toEqual([]);
    await user.click(screen.getByRole('checkbox', { name: 'Show nudges as desktop notifications too' }));
    expect(notifier.request).toHaveBeenCalledTimes(1);
    await waitFor(() => expect((screen.getByRole('checkbox', { name: 'Show nudges as desktop notifications too' }) as HTMLInputElement).checked).toBe(true));
    nudge(api, { ...NUDGE, id: 'n2', text: 'Your work window ends in 10 minutes.' });
    await waitFor(() => expect(shown).toEqual(['Your work window ends in 10 minutes.']));
  });

  it('a box nudge’s Start is a button: nudges.act with start, and a hard lock’s refusal opens the Locked dialog', async () => {
    // A weekly cap of an hour, reached, under the hard lock.
    const api = await createTestApi({ settings: { weeklyCapMinutes: 60 } });
    await api.host.call('entries.add', { categoryId: 'work', start: march(25, 9), end: march(25, 10) });
    await api.host.call('settings.update', { lockMode: 'hard' });
    const { user } = await renderApp({ api });
    const box = { id: 'b1', kind: 'box-starting' as const, at: NOW, text: 'Report starts in 5 minutes.', actions: ['start', 'snooze-15', 'dismiss'], ref: { boxId: 'report', categoryId: 'work', start: NOW + 300_000 } };
    nudge(api, box);
    await user.click(await messages().findByRole('button', { name: 'Start timer' }));
    expect(api.callsTo('nudges.act')).toEqual([{ id: 'b1', action: 'start' }]);
    expect(within(await screen.findByRole('alertdialog', { name: 'Locked' })).getByText(/^You've reached your weekly cap: 1 h of 1 h this week\. The hard lock blocks this\./)).toBeInTheDocument();
  });

  it('a box nudge’s Start under a soft lock asks for the reason and starts the box’s category with it', async () => {
    // 18:00, after Wednesday's window, under the soft lock.
    const api = await createTestApi({ settings: { lockMode: 'soft' } });
    api.clock.set(march(25, 18));
    const { user } = await renderApp({ api });
    nudge(api, { id: 'b2', kind: 'box-starting', at: NOW, text: 'Report starts now.', actions: ['start'], ref: { boxId: 'report', categoryId: 'work', start: NOW } });
    await user.click(await messages().findByRole('button', { name: 'Start timer' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'A reason to go ahead' }));
    await user.type(dialog.getByRole('textbox', { name: 'Reason' }), 'release');
    await user.click(dialog.getByRole('button', { name: 'Go ahead' }));
    expect(api.callsTo('timer.start')).toEqual([{ categoryId: 'work' }, { categoryId: 'work', reason: 'release' }]);
  });

  it('the notifications toggle is offered only in the browser host', async () => {
    await renderApp({ view: 'settings', host: 'electron' });
    expect(screen.queryByRole('checkbox', { name: 'Show nudges as desktop notifications too' })).toBeNull();
  });
});
