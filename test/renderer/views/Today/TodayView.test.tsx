import { waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NOW, SAMPLE_WEEK, type WeekMinutes } from '../../fixtures';
import { region, renderApp } from '../../renderApp';
import { createTestApi, seedWeek, type TestApi } from '../../testApi';

const today = () => region('Today');
const timerStatus = () => today().getByText(/timer running since|No timer running\./, { selector: '.sr-only' });
const categoryButtons = () => within(today().getByRole('group', { name: 'Start or switch' }));

/** A timer started through the real timer service `ago` ms before now, the clock then back at now. */
async function runningSince(api: TestApi, category: string, ago: number) {
  const now = api.clock.now();
  api.clock.set(now - ago);
  await api.host.call('timer.start', { categoryId: api.categoryId(category) });
  api.clock.set(now);
}

/** Today over these entries (the sample week unless given), at `now`. */
async function todayOf(minutes: WeekMinutes = SAMPLE_WEEK, now = NOW) {
  const api = await createTestApi({ now });
  await seedWeek(api, minutes);
  return renderApp({ api });
}

describe('TodayView: the running timer', () => {
  it('starting a category calls timer.start and shows the running timer with its elapsed time', async () => {
    const { api, user } = await renderApp();

    await user.click(categoryButtons().getByRole('button', { name: 'Work' }));

    expect(api.callsTo('timer.start')).toEqual([{ categoryId: 'work' }]);
    expect(await today().findByRole('button', { name: 'Stop' })).toBeInTheDocument();
    // The timer started at 11:00 on the services' clock; the window reads the same clock as it ticks.
    api.clock.advance((1 * 3600 + 2 * 60 + 3) * 1000);
    await waitFor(() => expect(today().getByRole('timer').textContent).toBe('1:02:03'));
    expect(categoryButtons().getByRole('button', { name: 'Work' }).getAttribute('aria-pressed')).toBe('true');
    expect(timerStatus().textContent).toBe('Work timer running since 11:00 AM.');
  });

  it('Stop calls timer.stop and the timer is gone', async () => {
    const api = await createTestApi();
    await runningSince(api, 'fitness', 60_000);
    const { user } = await renderApp({ api });
    expect(today().getByRole('timer').textContent).toBe('0:01:00');

    await user.click(today().getByRole('button', { name: 'Stop' }));

    expect(api.callsTo('timer.stop')).toEqual([{}]);
    await waitFor(() => expect(today().queryByRole('timer')).toBeNull());
    expect(timerStatus().textContent).toBe('No timer running.');
    // The real service kept the minute as an entry.
    expect(api.host.app.store.getTimer()).toBeNull();
    expect(api.host.app.store.getEntries().map((e) => [e.categoryId, e.end - e.start])).toEqual([['fitness', 60_000]]);
  });

  it('a timer with an entry synced in over its start says where it counts from, and what Stop saves', async () => {
    const api = await createTestApi();
    const now = api.clock.now();
    api.clock.set(now - 90 * 60_000);
    await api.host.call('timer.start', { categoryId: api.categoryId('work') });
    // From another computer, which did not see the timer: a call over the run's first 30 minutes.
    api.host.app.store.applyEntries({ put: [{ id: 'call', categoryId: api.categoryId('work'), start: now - 100 * 60_000, end: now - 60 * 60_000, note: '', tags: [], source: 'manual' }] });
    api.clock.set(now);
    await renderApp({ api });
    const note = await today().findByRole('note');
    expect(note.textContent).toBe('Counted from 10:00 AM, where an entry saved over its start (from another computer) ends: Stop saves it from there.');
    expect(timerStatus().textContent).toBe('Work timer running since 9:30 AM. Counted from 10:00 AM.');
  });

  it('a timer whose start an entry synced in holds past now says it counts nothing yet', async () => {
    const api = await createTestApi();
    const now = api.clock.now();
    api.clock.set(now - 60 * 60_000);
    await api.host.call('timer.start', { categoryId: api.categoryId('work') });
    api.host.app.store.applyEntries({ put: [{ id: 'call', categoryId: api.categoryId('family'), start: now - 90 * 60_000, end: now + 60 * 60_000, note: '', tags: [], source: 'manual' }] });
    api.clock.set(now);
    await renderApp({ api });
    expect((await today().findByRole('note')).textContent).toBe('Counts nothing until 12:00 PM, where an entry saved over its start (from another computer) ends: Stop now saves nothing.');
    expect(timerStatus().textContent).toBe('Work timer running since 10:00 AM. Counts nothing until 12:00 PM.');
  });

  it('a timer that ran into an entry logged ahead says where it stopped counting, and what Stop saves', async () => {
    const api = await createTestApi();
    const now = api.clock.now();
    // Logged for later: family from 30 to 60 minutes after the timer's start; the timer has run 90 minutes.
    api.clock.set(now - 90 * 60_000);
    await api.host.call('entries.add', { categoryId: api.categoryId('family'), start: now - 60 * 60_000, end: now - 30 * 60_000 });
    await api.host.call('timer.start', { categoryId: api.categoryId('work') });
    api.clock.set(now);
    await renderApp({ api });
    const note = await today().findByRole('note');
    expect(note.textContent).toBe('Counted up to 10:00 AM, where your Family entry saved ahead of it begins: Stop saves it up to there. Add by hand what came after that entry.');
    expect(today().getByRole('timer').textContent).toBe('1:30:00');
    // Announced through the card's polite live region as well: the note alone is not read out when it appears.
    expect(timerStatus().textContent).toBe('Work timer running since 9:30 AM. Counted up to 10:00 AM.');
  });

  it('a running timer with no entry ahead has no such note', async () => {
    const api = await createTestApi();
    await runningSince(api, 'work', 60_000);
    await renderApp({ api });
    expect(await today().findByRole('timer')).toBeInTheDocument();
    expect(today().queryByRole('note')).toBeNull();
  });

  it('pressing another category switches: one timer.start, and the new category runs', async () => {
    const api = await createTestApi();
    await runningSince(api, 'work', 60_000);
    const { user } = await renderApp({ api });

    await user.click(categoryButtons().getByRole('button', { name: 'Family' }));

    expect(api.callsTo('timer.start')).toEqual([{ categoryId: 'family' }]);
    expect(api.callsTo('timer.stop')).toEqual([]);
    await waitFor(() => expect(categoryButtons().getByRole('button', { name: 'Family' }).getAttribute('aria-pressed')).toBe('true'));
    expect(categoryButtons().getByRole('button', { name: 'Work' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('pressing the running category again stops it', async () => {
    const api = await createTestApi();
    await runningSince(api, 'work', 60_000);
    const { user } = await renderApp({ api });
    await user.click(categoryButtons().getByRole('button', { name: 'Work' }));
    expect(api.callsTo('timer.stop')).toEqual([{}]);
    expect(api.callsTo('timer.start')).toEqual([]);
    await waitFor(() => expect(today().queryByRole('timer')).toBeNull());
  });

  it('offers a numbered button for every category in use and none for archived ones', async () => {
    await renderApp();
    const buttons = categoryButtons().getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual(['Work1', 'Fitness2', 'Family3', 'Reading4']);
    expect(buttons.map((button) => button.getAttribute('aria-keyshortcuts'))).toEqual(['1', '2', '3', '4']);
    expect(today().getByText(/Keys 1–4 start or switch to a category/)).toBeInTheDocument();
  });

  it('number keys start, switch and stop a category, but not while typing in a field', async () => {
    const { api, user } = await renderApp();
    await user.keyboard('2');
    expect(api.callsTo('timer.start')).toEqual([{ categoryId: 'fitness' }]);
    await waitFor(() => expect(today().getByRole('timer')).toBeInTheDocument());
    await user.keyboard('3');
    expect(api.callsTo('timer.start').at(-1)).toEqual({ categoryId: 'family' });
    await waitFor(() => expect(categoryButtons().getByRole('button', { name: 'Family' }).getAttribute('aria-pressed')).toBe('true'));
    await user.keyboard('3');
    expect(api.callsTo('timer.stop')).toEqual([{}]);
    await waitFor(() => expect(today().queryByRole('timer')).toBeNull());

    await user.click(today().getByRole('textbox', { name: 'How long' }));
    await user.keyboard('1');
    expect(api.callsTo('timer.start')).toHaveLength(2);
    expect((today().getByRole('textbox', { name: 'How long' }) as HTMLInputElement).value).toBe('1');
  });

  it('a refused start is shown in words and nothing runs', async () => {
    const { api, user } = await renderApp();
    // Work archived behind the window's back (another window, the command line): written to the storage port, so the
    // window has heard nothing and still offers it; the real timer service refuses it.
    const store = api.host.app.store;
    store.setCategories(store.getCategories().map((c) => (c.id === 'work' ? { ...c, archived: true } : c)));

    await user.click(categoryButtons().getByRole('button', { name: 'Work' }));

    expect((await today().findByRole('alert')).textContent).toContain('Work is archived. Unarchive it in Settings to log time to it.');
    expect(today().queryByRole('timer')).toBeNull();
    await user.click(today().getByRole('button', { name: 'Dismiss error' }));
    expect(today().queryByRole('alert')).toBeNull();
  });

  it('a timer started elsewhere (timer.changed) shows here', async () => {
    const { api } = await renderApp();
    // As the command line's start reaches the window: through the real service and its event.
    await api.host.call('timer.start', { categoryId: api.categoryId('Reading') });
    expect(await today().findByRole('timer')).toBeInTheDocument();
    expect(today().getByText('Reading', { selector: 'strong' })).toBeInTheDocument();
  });

  it('works from the keyboard: Tab to a category, Enter starts it', async () => {
    const { api, user } = await renderApp();
    const work = categoryButtons().getByRole('button', { name: 'Work' });
    work.focus();
    await user.keyboard('{Enter}');
    expect(api.callsTo('timer.start')).toEqual([{ categoryId: 'work' }]);
  });
});

describe('TodayView: the week in one line', () => {
  it('says hours used of the cap this week and what is left, as the domain computed them', async () => {
    // Wednesday 19:00, after the default work window (09:00–17:00).
    await todayOf(SAMPLE_WEEK, NOW + 8 * 3_600_000);
    expect(today().getByText('21.5 of 35 h this week · 13.5 h left · outside your work hours')).toBeInTheDocument();
  });

  it('says when the work window ends, inside one', async () => {
    // Wednesday 11:00, inside the default work window (09:00–17:00).
    await todayOf();
    // The test locale is en-US: its clock is 12-hour.
    expect(today().getByText('21.5 of 35 h this week · 13.5 h left · window ends 5:00 PM')).toBeInTheDocument();
  });

  it('says how far over the cap, once over', async () => {
    await todayOf([{ work: 20 * 60 }, { work: 17 * 60 }], NOW + 8 * 3_600_000);
    expect(today().getByText('37 of 35 h this week · 2 h over · outside your work hours')).toBeInTheDocument();
  });
});
