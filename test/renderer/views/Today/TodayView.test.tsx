import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeApi } from '../../fakeApi';
import { NOW } from '../../fixtures';
import { renderApp } from '../../renderApp';

const today = () => within(screen.getByRole('region', { name: 'Today' }));

describe('TodayView', () => {
  it('starting a category calls timer.start and shows the running timer with its elapsed time', async () => {
    const api = createFakeApi();
    let clockNow = NOW;
    const { user } = await renderApp({ api, clock: () => clockNow });
    clockNow = NOW + (1 * 3600 + 2 * 60 + 3) * 1000;

    await user.click(today().getByRole('button', { name: 'Work' }));

    expect(api.callsTo('timer.start')).toEqual([{ categoryId: 'work' }]);
    expect(await today().findByRole('button', { name: 'Stop' })).toBeTruthy();
    expect(today().getByRole('timer').textContent).toBe('1:02:03');
    expect(today().getByRole('button', { name: 'Work' }).getAttribute('aria-pressed')).toBe('true');
    expect(today().getByRole('status').textContent).toMatch(/^Work timer running since/);
  });

  it('Stop calls timer.stop and the timer is gone', async () => {
    const api = createFakeApi();
    api.state.timer = { id: 'running', categoryId: 'fitness', start: NOW - 60_000, note: '' };
    const { user } = await renderApp({ api });
    expect(today().getByRole('timer').textContent).toBe('0:01:00');

    await user.click(today().getByRole('button', { name: 'Stop' }));

    expect(api.callsTo('timer.stop')).toEqual([{}]);
    await waitFor(() => expect(today().queryByRole('timer')).toBeNull());
    expect(today().getByRole('status').textContent).toBe('No timer running.');
  });

  it('pressing another category switches: one timer.start, and the new category runs', async () => {
    const api = createFakeApi();
    api.state.timer = { id: 'running', categoryId: 'work', start: NOW - 60_000, note: '' };
    const { user } = await renderApp({ api });

    await user.click(today().getByRole('button', { name: 'Family' }));

    expect(api.callsTo('timer.start')).toEqual([{ categoryId: 'family' }]);
    expect(api.callsTo('timer.stop')).toEqual([]);
    await waitFor(() => expect(today().getByRole('button', { name: 'Family' }).getAttribute('aria-pressed')).toBe('true'));
    expect(today().getByRole('button', { name: 'Work' }).getAttribute('aria-pressed')).toBe('false');
    expect(today().getByRole('status').textContent).toMatch(/^Family timer running/);
  });

  it('pressing the running category again stops it', async () => {
    const api = createFakeApi();
    api.state.timer = { id: 'running', categoryId: 'work', start: NOW, note: '' };
    const { user } = await renderApp({ api });

    await user.click(today().getByRole('button', { name: 'Work' }));

    expect(api.callsTo('timer.stop')).toEqual([{}]);
    expect(api.callsTo('timer.start')).toEqual([]);
  });

  it('offers a button for every category in use and none for archived ones', async () => {
    await renderApp();
    const names = today()
      .getAllByRole('button')
      .map((button) => button.textContent);
    expect(names).toEqual(['Work', 'Fitness', 'Family', 'Reading']);
  });

  it('a refused start is shown in words and nothing runs', async () => {
    const api = createFakeApi();
    api.fail('timer.start', { code: 'locked', message: 'Work is locked outside your work window. It opens at 09:00.' });
    const { user } = await renderApp({ api });

    await user.click(today().getByRole('button', { name: 'Work' }));

    expect((await today().findByRole('alert')).textContent).toContain('Work is locked outside your work window. It opens at 09:00.');
    expect(today().queryByRole('timer')).toBeNull();

    await user.click(today().getByRole('button', { name: 'Dismiss error' }));
    expect(today().queryByRole('alert')).toBeNull();
  });

  it('a timer started elsewhere (timer.changed) shows here', async () => {
    const { api } = await renderApp();
    api.emit('timer.changed', { timer: { id: 'cli', categoryId: 'reading', start: NOW, note: '' } });
    expect(await today().findByRole('timer')).toBeTruthy();
    expect(today().getByText('Reading', { selector: 'strong' })).toBeTruthy();
  });

  it('works from the keyboard: Tab to a category, Enter starts it', async () => {
    const { api, user } = await renderApp();
    const work = today().getByRole('button', { name: 'Work' });
    work.focus();
    await user.keyboard('{Enter}');
    expect(api.callsTo('timer.start')).toEqual([{ categoryId: 'work' }]);
    await user.tab({ shift: true });
    await user.tab();
    expect(document.activeElement).toBe(work);
  });
});
