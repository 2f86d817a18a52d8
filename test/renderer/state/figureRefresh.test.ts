// How many requests a change costs the window: the figures on screen once per burst of news about the change,
// the others when their view is shown, and no polling (the minute tick of a running timer is the only clock).
import { waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIGURE_BURST_MS } from '../../../renderer/state/figureRefresh';
import { NOW } from '../fixtures';
import { region, renderApp } from '../renderApp';
import { createTestApi } from '../testApi';

const categoryButtons = () => within(region('Today').getByRole('group', { name: 'Start or switch' }));

/** Waits out the burst window and the answers it asked for. */
const settle = () => new Promise((resolve) => setTimeout(resolve, FIGURE_BURST_MS * 3));

afterEach(() => vi.useRealTimers());

describe('figure refresh', () => {
  it('a category switch on Today costs three requests: the start, the week summary and today’s entries', async () => {
    const api = await createTestApi();
    api.clock.set(NOW - 3_600_000);
    await api.host.call('timer.start', { categoryId: 'work' });
    api.clock.set(NOW);
    const { user } = await renderApp({ api });
    await settle();
    const before = api.calls.length;

    await user.click(categoryButtons().getByRole('button', { name: 'Fitness' }));
    await waitFor(() => expect(categoryButtons().getByRole('button', { name: 'Fitness' }).getAttribute('aria-pressed')).toBe('true'));
    await settle();

    const channels = api.calls.slice(before).map((call) => call.channel);
    expect(channels.sort()).toEqual(['entries.list', 'summary.week', 'timer.start']);
    // The stopped run is in today's list: the one entries.list was worth asking for.
    await waitFor(() => expect(api.host.app.store.getEntries()).toHaveLength(1));
  });

  it('with a timer running and no one touching the window, the minute tick is the only request', async () => {
    const api = await createTestApi();
    await api.host.call('timer.start', { categoryId: 'work' });
    await renderApp({ api });
    await settle();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const before = api.calls.length;

    await vi.advanceTimersByTimeAsync(59_000);
    expect(api.calls.length).toBe(before);

    api.emit('timer.tick', { now: NOW + 60_000 });
    await vi.advanceTimersByTimeAsync(FIGURE_BURST_MS);
    expect(api.calls.slice(before)).toEqual([{ channel: 'summary.week', request: {} }]);
  });

  it('figures of a view not on screen are fetched once, when that view is shown', async () => {
    const api = await createTestApi();
    const { stores } = await renderApp({ api });
    await settle();
    api.emit('data.changed', { what: ['entries'] });
    await settle();
    const before = api.callsTo('summary.week').length;

    stores.nav.getState().go('week');
    await waitFor(() => expect(api.callsTo('summary.week').length).toBe(before + 1));
    await settle();
    stores.nav.getState().go('today');
    stores.nav.getState().go('week');
    await settle();
    expect(api.callsTo('summary.week').length).toBe(before + 1);
  });

  it('a change that makes the shown week stale forgets the weeks kept for paging: the next move asks again', async () => {
    const api = await createTestApi();
    const { stores } = await renderApp({ api, view: 'week' });
    const week = () => stores.week.getState();
    await week().showPrevious();
    const w12 = week().summary!;
    await week().showPrevious();
    await settle();
    // On W11, with W12 kept: two hours on W12's Tuesday, saved by the service, which says data.changed.
    const tuesday = w12.days[1]!.start + 9 * 3_600_000;
    await api.host.call('entries.add', { categoryId: 'work', start: tuesday, end: tuesday + 2 * 3_600_000 });
    await settle();
    let before = api.callsTo('summary.week').length;
    await week().showNext();
    // From W11, the instant W11 ends: W12's start.
    expect(api.callsTo('summary.week').slice(before)[0]).toEqual({ at: w12.start });
    expect(week().summary?.minutes.work).toBe(w12.minutes.work + 120);

    // W11 is kept now; a running timer's minute tick makes the week stale too.
    await week().showPrevious();
    await week().showNext();
    await settle();
    api.emit('timer.tick', { now: NOW + 60_000 });
    await settle();
    before = api.callsTo('summary.week').length;
    await week().showPrevious();
    expect(api.callsTo('summary.week').slice(before)[0]).toEqual({ at: w12.start - 1 });
  });

  it('the header keeps this week’s figure when the week view pages away after a change it fetched for both', async () => {
    const api = await createTestApi();
    const { stores } = await renderApp({ api, view: 'week' });
    await settle();
    const headerFigure = () => document.querySelector('.header-week-figure')?.textContent;
    const before = headerFigure();
    // Two hours of work this week, as a timesheet edit saves them: the week view fetches the week, which the header
    // reads while the week shown is this one.
    const monday = stores.week.getState().summary!.days[0]!.start + 9 * 3_600_000;
    await api.host.call('entries.add', { categoryId: 'work', start: monday, end: monday + 2 * 3_600_000 });
    await waitFor(() => expect(headerFigure()).not.toBe(before));
    const after = headerFigure();

    await stores.week.getState().showPrevious();
    await settle();
    expect(headerFigure()).toBe(after);
  });
});

