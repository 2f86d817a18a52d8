import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FIGURE_BURST_MS } from '../../../../renderer/state/figureRefresh';
import { NOW, SAMPLE_WEEK, type WeekMinutes } from '../../fixtures';
import { march } from '../../planFixtures';
import { renderApp } from '../../renderApp';
import { createTestApi, seedWeek } from '../../testApi';

const opts = { view: 'week' as const };

const week = () => within(screen.getByRole('region', { name: /^Week/ }));

/** The Week view over these entries (the sample week unless given). */
async function weekOf(minutes: WeekMinutes = SAMPLE_WEEK) {
  const api = await createTestApi();
  await seedWeek(api, minutes);
  return renderApp({ ...opts, api });
}

/** Work from Monday on, at most 13 hours a day. */
const workSpread = (minutes: number): WeekMinutes =>
  [0, 1, 2].map((day) => ({ work: Math.max(0, Math.min(13 * 60, minutes - day * 13 * 60)) })).filter((d) => d.work > 0);

describe('WeekView', () => {
  it('shows the cap as the domain computed it: used of cap · left', async () => {
    await weekOf();
    expect(week().getByText('21.5 h used of 35 h · 13.5 h left')).toBeInTheDocument();
    expect(week().getByRole('heading', { level: 2 }).textContent).toBe('Week 2026-W13');
    expect(week().getByText('Mar 23 – 29, 2026')).toBeInTheDocument();
  });

  it('says how far over the cap the week is', async () => {
    await weekOf([{ work: 20 * 60 }, { work: 17 * 60 }]);
    expect(week().getByText('37 h used of 35 h · 2 h over')).toBeInTheDocument();
  });

  it('the cap bar says the state: calm below the warning share, amber from it, red over the cap', async () => {
    const level = () => week().getByRole('meter').getAttribute('data-level');
    const text = () => week().getByRole('meter').getAttribute('aria-valuetext');
    const shown = async (minutes: number) => {
      return weekOf(workSpread(minutes));
    };
    let view = await shown(20 * 60);
    expect([level(), text()]).toEqual(['calm', 'Within the cap: 20 h used of 35 h · 15 h left']);
    view.unmount();
    view = await shown(33 * 60); // 94 %, past the 90 % warning
    expect([level(), text()]).toEqual(['warning', 'Nearing the cap: 33 h used of 35 h · 2 h left']);
    view.unmount();
    await shown(37 * 60);
    expect([level(), text()]).toEqual(['over', 'Over the cap: 37 h used of 35 h · 2 h over']);
    expect(week().getByText('Over the cap:')).toBeInTheDocument();
  });

  it('the chart is named and summed up in words, and its table gives each category’s hours for each day with time', async () => {
    await weekOf();
    // What a screen reader announces for the drawing (which is hidden from it): its name and its summary.
    // Drawn after the week's words are painted (useAfterPaint).
    const figure = await week().findByRole('figure', { name: 'Hours per day by category' });
    expect(figure).toHaveAccessibleDescription(
      '24.8 h tracked this week; the busiest day is Tuesday, March 24 with 9.5 h. 4.5 h of work fell outside the work windows.',
    );
    const table = within(figure).getByRole('table', { name: 'Hours per day by category' });
    // The active categories in the stack's order, as the legend shows them; Wednesday's 6 h of work up to 11:00 began
    // before the window opened, so there is an off-hours column.
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Day', 'Work', 'Fitness', 'Family', 'Reading', 'Off-hours work']);
    const cells = (day: RegExp) => within(within(table).getByRole('row', { name: day })).getAllByRole('cell').map((cell) => cell.textContent);
    // SAMPLE_WEEK: Monday work + fitness, Tuesday work + family, Wednesday work + reading; nothing after.
    expect(cells(/Monday, March 23/)).toEqual(['8 h', '0.8 h', '0 h', '0 h', '0 h']);
    expect(cells(/Tuesday, March 24/)).toEqual(['7.5 h', '0 h', '2 h', '0 h', '0 h']);
    expect(cells(/Wednesday, March 25/)).toEqual(['6 h', '0 h', '0 h', '0.5 h', '4.5 h']);
    for (const day of [/Thursday/, /Friday/, /Saturday/, /Sunday/]) expect(cells(day)).toEqual(['0 h', '0 h', '0 h', '0 h', '0 h']);
  });

  it('refetches the summary when entries change: once, for the week on screen', async () => {
    const { api } = await weekOf();
    const before = api.callsTo('summary.week').length;
    // 8.5 h more, Tuesday evening into the night, saved by the service (which says data.changed).
    await api.host.call('entries.add', { categoryId: 'work', start: march(24, 19), end: march(24, 19) + 8.5 * 3_600_000 });
    expect(await week().findByText('30 h used of 35 h · 5 h left')).toBeInTheDocument();
    // Today's line, not on screen, is fetched when Today is shown.
    expect(api.callsTo('summary.week').length).toBe(before + 1);
  });

  it("a running timer's minute tick refetches the week once, and nothing polls in between", async () => {
    const api = await createTestApi();
    await api.host.call('timer.start', { categoryId: 'work' });
    await renderApp({ ...opts, api });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const before = api.calls.length;

    api.emit('timer.tick', { now: NOW + 60_000 });
    await vi.advanceTimersByTimeAsync(FIGURE_BURST_MS);
    expect(api.calls.slice(before)).toEqual([{ channel: 'summary.week', request: {} }]);

    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(api.calls.length).toBe(before + 1);
  });

  it('moves to the previous week by asking for the week before the one shown, and asks for the one before that ahead', async () => {
    const { api, stores, user } = await renderApp(opts);
    const shown = stores.week.getState().summary!;
    const before = api.callsTo('summary.week').length;
    let answered = 0;
    api.answer('summary.week', async (_request, real) => {
      const answer = await real();
      answered++;
      return answer;
    });
    await user.click(week().getByRole('button', { name: 'Previous week' }));
    expect(await week().findByRole('heading', { name: 'Week 2026-W12' })).toBeInTheDocument();
    const previous = stores.week.getState().summary!;
    await vi.waitFor(() => expect(api.callsTo('summary.week').slice(before)).toEqual([{ at: shown.start - 1 }, { at: previous.start - 1 }]));
    await vi.waitFor(() => expect(answered).toBe(2));
    // The week asked for ahead is shown at once, without another request.
    await user.click(week().getByRole('button', { name: 'Previous week' }));
    expect(week().getByRole('heading', { level: 2 }).textContent).toBe('Week 2026-W11');
    expect(api.callsTo('summary.week').slice(before)).toHaveLength(3);
    await user.click(week().getByRole('button', { name: 'This week' }));
    expect(await week().findByRole('heading', { name: 'Week 2026-W13' })).toBeInTheDocument();
  });

  it('a failed summary is shown in words', async () => {
    const api = await createTestApi();
    api.fail('summary.week', { code: 'storage', message: 'Timelock could not read its data folder: permission denied.' });
    await renderApp({ ...opts, api, waitForReady: false });
    expect((await screen.findByRole('alert')).textContent).toContain('Timelock could not read its data folder: permission denied.');
  });
});
