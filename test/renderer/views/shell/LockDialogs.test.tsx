import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeApi } from '../../fakeApi';
import { NOW, settingsFixture } from '../../fixtures';
import { region, renderAppOnFake as renderApp } from '../../renderApp';

const LOCKED = { code: 'locked' as const, message: 'Work is locked: the weekly cap of 35 h is reached.', details: { nextAllowedAt: Date.UTC(2026, 2, 30, 8) } };

describe('a hard lock’s refusal and the way past it', () => {
  it('a locked start opens a dialog with the reason and the next allowed time; OK closes it and focus returns', async () => {
    const api = createFakeApi();
    api.fail('timer.start', LOCKED);
    const { user } = await renderApp({ api });
    const work = within(region('Today').getByRole('group', { name: 'Start or switch' })).getByRole('button', { name: 'Work' });
    await user.click(work);

    const dialog = within(await screen.findByRole('alertdialog', { name: 'Locked' }));
    expect(dialog.getByText(LOCKED.message)).toBeInTheDocument();
    expect(dialog.getByText('Next allowed: Mon, Mar 30, 10:00 AM.')).toBeInTheDocument();
    expect(document.activeElement).toBe(dialog.getByRole('button', { name: 'OK' }));
    // The refusal is in the dialog, not repeated on the page.
    expect(region('Today').queryByRole('alert')).toBeNull();

    await user.click(dialog.getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(work);
  });

  it('Unlock… asks for a reason, calls locks.unlock and counts the cool-down down to the unlock', async () => {
    const api = createFakeApi();
    api.state.settings = settingsFixture({ lockMode: 'hard', unlockCooldownSeconds: 60, unlockDurationMinutes: 30 });
    api.fail('timer.start', LOCKED);
    let now = NOW;
    const { user } = await renderApp({ api, clock: () => now });
    await user.click(within(region('Today').getByRole('group', { name: 'Start or switch' })).getByRole('button', { name: 'Work' }));
    const dialog = within(await screen.findByRole('alertdialog', { name: 'Locked' }));
    await user.click(dialog.getByRole('button', { name: 'Unlock…' }));

    await user.click(dialog.getByRole('button', { name: 'Ask to unlock' }));
    expect(dialog.getByRole('alert').textContent).toBe('Type the reason for unlocking; it is kept in the log.');
    await user.type(dialog.getByRole('textbox', { name: 'Why unlock?' }), 'server outage');
    await user.click(dialog.getByRole('button', { name: 'Ask to unlock' }));
    expect(api.callsTo('locks.unlock')).toEqual([{ reason: 'server outage', minutes: 30 }]);

    const asked = within(await screen.findByRole('alertdialog', { name: 'Unlock asked for' }));
    expect(asked.getByRole('timer', { name: 'Cool-down left' }).textContent).toBe('0:01:00');
    expect(asked.getByText(/lasts until 11:31 AM/)).toBeInTheDocument();
    now = NOW + 61_000;
    expect(await asked.findByText('Unlocked until 11:31 AM. You can go ahead now.', {}, { timeout: 2500 })).toBeInTheDocument();
  });

  it('a refused unlock is shown in words', async () => {
    const api = createFakeApi();
    api.fail('timer.start', LOCKED);
    api.fail('locks.unlock', { code: 'conflict', message: 'An unlock is already waiting out its cool-down.' });
    const { user } = await renderApp({ api });
    await user.click(within(region('Today').getByRole('group', { name: 'Start or switch' })).getByRole('button', { name: 'Work' }));
    const dialog = within(await screen.findByRole('alertdialog'));
    await user.click(dialog.getByRole('button', { name: 'Unlock…' }));
    await user.type(dialog.getByRole('textbox', { name: 'Why unlock?' }), 'again');
    await user.click(dialog.getByRole('button', { name: 'Ask to unlock' }));
    expect((await dialog.findByRole('alert')).textContent).toBe('An unlock is already waiting out its cool-down.');
  });
});

describe('time away from a running timer', () => {
  const question = {
    id: 'q1',
    timer: { id: 't1', categoryId: 'work', start: NOW - 3 * 3_600_000, note: '' },
    idleStart: NOW - 3_600_000,
    idleEnd: NOW - 1_800_000,
    minutes: 30,
    cause: 'lock-screen' as const,
  };

  it('an idle.question event opens a dialog; keep answers idle.resolve and closes it', async () => {
    const { api, user } = await renderApp();
    api.answer('idle.resolve', () => ({ ok: true, value: { choice: 'keep', timer: question.timer, entries: [] } }));
    api.emit('idle.question', question);
    const dialog = within(await screen.findByRole('dialog', { name: 'You were away' }));
    expect(dialog.getByText(/The Work timer was running while you were away, 10:00 AM–10:30 AM \(30 min\): the screen was locked\./)).toBeInTheDocument();
    await user.click(dialog.getByRole('button', { name: 'Answer' }));
    expect(api.callsTo('idle.resolve')).toEqual([{ choice: 'keep' }]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('move sends the chosen category; a question answered in another window closes here', async () => {
    const { api, user } = await renderApp();
    api.answer('idle.resolve', () => ({ ok: true, value: { choice: 'move', timer: question.timer, entries: [] } }));
    api.emit('idle.question', question);
    const dialog = within(await screen.findByRole('dialog', { name: 'You were away' }));
    await user.click(dialog.getByRole('radio', { name: /Count it as another category/ }));
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Category for the time away' }), 'Family');
    await user.click(dialog.getByRole('button', { name: 'Answer' }));
    expect(api.callsTo('idle.resolve')).toEqual([{ choice: 'move', categoryId: 'family' }]);

    api.emit('idle.question', { ...question, id: 'q2' });
    await screen.findByRole('dialog', { name: 'You were away' });
    api.emit('idle.resolved', { id: 'q2', choice: 'discard' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('a question held by the host at start is asked at once', async () => {
    const api = createFakeApi();
    api.answer('idle.pending', () => ({ ok: true, value: question }));
    await renderApp({ api });
    expect(await screen.findByRole('dialog', { name: 'You were away' })).toBeInTheDocument();
  });
});
