import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/result';
import { NOW } from '../../fixtures';
import { march } from '../../planFixtures';
import { region, renderApp } from '../../renderApp';
import { createTestApi, type TestApi } from '../../testApi';

const LOCKED = /^You've reached your weekly cap: 1 h of 1 h this week\. The hard lock blocks this\./;

/** A weekly cap of an hour, reached this morning, under the hard lock: the real timer service refuses work. */
async function capReached(settings: { unlockCooldownSeconds?: number; unlockDurationMinutes?: number } = {}): Promise<TestApi> {
  const api = await createTestApi({ settings: { weeklyCapMinutes: 60, ...settings } });
  await api.host.call('entries.add', { categoryId: 'work', start: march(25, 9), end: march(25, 10) });
  await api.host.call('settings.update', { lockMode: 'hard' });
  return api;
}

describe('a hard lock’s refusal and the way past it', () => {
  it('a locked start opens a dialog with the reason and the next allowed time; OK closes it and focus returns', async () => {
    const api = await capReached();
    const { user } = await renderApp({ api });
    const work = within(region('Today').getByRole('group', { name: 'Start or switch' })).getByRole('button', { name: 'Work' });
    await user.click(work);

    const dialog = within(await screen.findByRole('alertdialog', { name: 'Locked' }));
    expect(dialog.getByText(LOCKED)).toBeInTheDocument();
    // The next week's cap is fresh from Monday's work window, 09:00.
    expect(dialog.getByText('Next allowed: Mon, Mar 30, 9:00 AM.')).toBeInTheDocument();
    expect(api.host.app.store.getTimer()).toBeNull();
    expect(document.activeElement).toBe(dialog.getByRole('button', { name: 'OK' }));
    // The refusal is in the dialog, not repeated on the page.
    expect(region('Today').queryByRole('alert')).toBeNull();

    await user.click(dialog.getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(work);
  });

  it('Unlock… asks for a reason, calls locks.unlock and counts the cool-down down to the unlock', async () => {
    const api = await capReached({ unlockCooldownSeconds: 60, unlockDurationMinutes: 30 });
    const { user } = await renderApp({ api });
    await user.click(within(region('Today').getByRole('group', { name: 'Start or switch' })).getByRole('button', { name: 'Work' }));
    const dialog = within(await screen.findByRole('alertdialog', { name: 'Locked' }));
    await user.click(dialog.getByRole('button', { name: 'Unlock…' }));
    // The pressed button went with the stage it was in: the reason field has the focus, not the page behind.
    expect(document.activeElement).toBe(dialog.getByRole('textbox', { name: 'Why unlock?' }));

    await user.click(dialog.getByRole('button', { name: 'Ask to unlock' }));
    expect(dialog.getByRole('alert').textContent).toBe('Type the reason for unlocking; it is kept in the log.');
    await user.type(dialog.getByRole('textbox', { name: 'Why unlock?' }), 'server outage');
    await user.click(dialog.getByRole('button', { name: 'Ask to unlock' }));
    // The unlock lifts the lock that refused: the real refusal names it.
    expect(api.callsTo('locks.unlock')).toEqual([{ reason: 'server outage', minutes: 30, lifts: ['weekly-cap'] }]);

    const asked = within(await screen.findByRole('alertdialog', { name: 'Unlock asked for' }));
    expect(document.activeElement).toBe(asked.getByRole('button', { name: 'Close and wait' }));
    expect(asked.getByRole('timer', { name: 'Cool-down left' }).textContent).toBe('0:01:00');
    expect(asked.getByText(/lasts until 11:31 AM/)).toBeInTheDocument();
    api.clock.set(NOW + 61_000);
    expect(await asked.findByText('Unlocked until 11:31 AM. You can go ahead now.', {}, { timeout: 2500 })).toBeInTheDocument();
    expect(api.host.app.store.getUnlocks().map((u) => u.reason)).toEqual(['server outage']);
  });

  it('a refused unlock is shown in words', async () => {
    const api = await capReached();
    // The service's own refusals (no reason, too long a reason) the form never sends: the disk refusing the write is
    // the refusal left, injected at the storage port.
    api.host.app.store.appendUnlock = () => {
      throw new AppError('storage', 'Timelock could not save unlocks.json: ENOSPC: no space left on device');
    };
    const { user } = await renderApp({ api });
    await user.click(within(region('Today').getByRole('group', { name: 'Start or switch' })).getByRole('button', { name: 'Work' }));
    const dialog = within(await screen.findByRole('alertdialog'));
    await user.click(dialog.getByRole('button', { name: 'Unlock…' }));
    await user.type(dialog.getByRole('textbox', { name: 'Why unlock?' }), 'again');
    await user.click(dialog.getByRole('button', { name: 'Ask to unlock' }));
    expect((await dialog.findByRole('alert')).textContent).toBe('Timelock could not save unlocks.json: ENOSPC: no space left on device');
  });
});

describe('time away from a running timer', () => {
  const H = 3_600_000;
  /** A Work timer from 08:00 and the screen locked at 10:00, through the real timer service and power events. */
  async function lockedAway(): Promise<TestApi> {
    const api = await createTestApi({ now: NOW - 3 * H });
    await api.host.call('timer.start', { categoryId: 'work' });
    api.clock.set(NOW - H);
    api.power.emit('lock-screen');
    return api;
  }
  /** Back at 10:30: the idle service asks about the half hour away. */
  const unlockAt = (api: TestApi, at: number) => {
    api.clock.set(at);
    api.power.emit('unlock-screen');
  };

  it('an idle.question event opens a dialog; keep answers idle.resolve and closes it', async () => {
    const api = await lockedAway();
    const { user } = await renderApp({ api });
    expect(screen.queryByRole('dialog')).toBeNull();
    unlockAt(api, NOW - H / 2);
    const dialog = within(await screen.findByRole('dialog', { name: 'You were away' }));
    expect(dialog.getByText(/The Work timer was running while you were away, 10:00 AM–10:30 AM \(30 min\): the screen was locked\./)).toBeInTheDocument();
    await user.click(dialog.getByRole('button', { name: 'Answer' }));
    expect(api.callsTo('idle.resolve')).toEqual([{ choice: 'keep' }]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.host.app.services.idle.pending()).toBeNull();
  });

  it('move sends the chosen category; a question answered in another window closes here', async () => {
    const api = await lockedAway();
    const { user } = await renderApp({ api });
    unlockAt(api, NOW - H / 2);
    const dialog = within(await screen.findByRole('dialog', { name: 'You were away' }));
    await user.click(dialog.getByRole('radio', { name: /Count it as another category/ }));
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Category for the time away' }), 'Family');
    await user.click(dialog.getByRole('button', { name: 'Answer' }));
    expect(api.callsTo('idle.resolve')).toEqual([{ choice: 'move', categoryId: 'family' }]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // The real service moved the half hour away to Family.
    expect(api.host.app.store.getEntries().map((e) => [e.categoryId, e.start, e.end])).toContainEqual(['family', NOW - H, NOW - H / 2]);

    api.clock.set(NOW);
    api.power.emit('lock-screen');
    unlockAt(api, NOW + H / 2);
    await screen.findByRole('dialog', { name: 'You were away' });
    // Answered elsewhere (another window, the command line): the real service's idle.resolved closes this one.
    await api.host.call('idle.resolve', { choice: 'discard' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('a question held by the host at start is asked at once', async () => {
    const api = await lockedAway();
    unlockAt(api, NOW - H / 2);
    await renderApp({ api });
    expect(await screen.findByRole('dialog', { name: 'You were away' })).toBeInTheDocument();
  });
});
