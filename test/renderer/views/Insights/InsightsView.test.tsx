import { waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NOW, SAMPLE_WEEK } from '../../fixtures';
import { region, renderApp } from '../../renderApp';
import { createTestApi, seedCapHistory, seedWeek } from '../../testApi';

const insights = () => region('Insights');

describe('InsightsView', () => {
  it('explains each burnout signal plainly, with this week’s figure and a 12-week chart, and no diagnosis', async () => {
    // An hour of work in each of the 11 weeks before this one: every week of the twelve has data, and misses its targets.
    const api = await createTestApi();
    for (let weeksAgo = 11; weeksAgo >= 1; weeksAgo--) await seedWeek(api, [{ work: 60 }], NOW - weeksAgo * 7 * 86_400_000);
    await renderApp({ api, view: 'insights' });
    const card = (name: string) => within(insights().getByRole('article', { name }));
    expect(await insights().findByText(/They are here for you to notice, not a diagnosis/)).toBeInTheDocument();
    await insights().findByRole('article', { name: 'Weeks over the cap' });
    expect(card('Weeks over the cap').getByText('Over the cap in 0 weeks of the last 12.')).toBeInTheDocument();
    expect(card('Work outside your work windows').getByText('This week: 0% of work outside the windows.')).toBeInTheDocument();
    expect(card('Weekend days with work').getByText('This week: 0 weekend days with work.')).toBeInTheDocument();
    expect(card('Late work').getByText('This week: 0 h of late work.')).toBeInTheDocument();
    expect(card('Longest stretch without fitness or family time').getByRole('table', { name: /week by week/ })).toBeInTheDocument();
    // NOW is a Wednesday: this week is in progress, so the run of misses is the eleven weeks that have ended.
    expect(insights().getByText('2026-W13 is in progress and is not counted yet. The latest finished week is not over the cap. At least one target missed 11 weeks in a row.')).toBeInTheDocument();
    expect(insights().queryByText(/burnout/i)).toBeNull();
  });

  it('a week that has not started is no miss and breaks no run: a range ending next week, after three weeks over the cap', async () => {
    // No fitness or family targets: the only target a week can miss is the cap.
    const api = await createTestApi({ settings: { targets: { fitnessMinutes: 0, familyMinutes: 0 } } });
    // 40 h in each of the three weeks before this one; this week (from Monday to now, Wednesday 11:00) has 12 h.
    for (const weeksAgo of [3, 2, 1]) await seedWeek(api, [{ work: 480 }, { work: 480 }, { work: 480 }, { work: 480 }, { work: 480 }, {}, {}], NOW - weeksAgo * 7 * 86_400_000);
    await seedWeek(api, [{ work: 360 }, { work: 360 }]);
    const { user } = await renderApp({ api, view: 'insights' });
    await insights().findByRole('article', { name: 'Weeks over the cap' });
    await user.click(insights().getByRole('button', { name: 'Next week' }));
    expect(
      await insights().findByText('2026-W13 is in progress and is not counted yet. 2026-W14 has not started and is not counted yet. 3 weeks in a row over the cap. At least one target missed 3 weeks in a row.'),
    ).toBeInTheDocument();
    // The cards name the week the range ends in when it is not this one.
    const card = (name: string) => within(insights().getByRole('article', { name }));
    expect(card('Late work').getByText('In 2026-W14: 0 h of late work.')).toBeInTheDocument();
    await user.click(insights().getByRole('button', { name: 'Previous week' }));
    await user.click(insights().getByRole('button', { name: 'Previous week' }));
    expect(await card('Late work').findByText('In 2026-W12: 0 h of late work.')).toBeInTheDocument();
  });

  it('a week starting on Sunday, stepped back to, is named as the week of its first date', async () => {
    const api = await createTestApi({ settings: { weekStartsOn: 0 } });
    const { user } = await renderApp({ api, view: 'insights' });
    await insights().findByRole('article', { name: 'Weeks over the cap' });
    await user.click(insights().getByRole('button', { name: 'Previous week' }));
    const card = within(insights().getByRole('article', { name: 'Late work' }));
    // Nothing was logged in it: no data, not "0 h of late work".
    expect(await card.findByText('In the week of 2026-03-15: no data, nothing was logged.')).toBeInTheDocument();
  });

  it('a run of one week is said as the latest finished week, not "1 week in a row"', async () => {
    const api = await createTestApi({ settings: { targets: { fitnessMinutes: 0, familyMinutes: 0 } } });
    // 40 h last week, over the 35 h cap; this week (to Wednesday 11:00) 12 h.
    await seedWeek(api, [{ work: 480 }, { work: 480 }, { work: 480 }, { work: 480 }, { work: 480 }, {}, {}], NOW - 7 * 86_400_000);
    await seedWeek(api, [{ work: 360 }, { work: 360 }]);
    await renderApp({ api, view: 'insights' });
    expect(
      await insights().findByText(
        '2026-W13 is in progress and is not counted yet. The latest finished week is over the cap. At least one target was missed in the latest finished week.',
      ),
    ).toBeInTheDocument();
  });

  it('this week already over the cap is said as this week, with its figures, never as the latest finished week', async () => {
    // A 20 h cap; last week an hour of work, this week (Monday to now, Wednesday 11:00) 24 h.
    const api = await createTestApi({ settings: { weeklyCapMinutes: 1200, targets: { fitnessMinutes: 0, familyMinutes: 0 } } });
    await seedWeek(api, [{ work: 60 }], NOW - 7 * 86_400_000);
    await seedWeek(api, [{ work: 600 }, { work: 600 }, { work: 240 }]);
    await renderApp({ api, view: 'insights' });
    expect(
      await insights().findByText(
        '2026-W13 is in progress and is not counted yet. This week is already over the cap: 24 h of 20 h. The latest finished week is not over the cap. No target was missed in the latest finished week.',
      ),
    ).toBeInTheDocument();
  });

  it('history imported from long ago is no run of misses: the weeks since have no data', async () => {
    const api = await createTestApi();
    // What a Toggl file with two work entries from March 2024 leaves.
    await api.host.call('entries.add', { categoryId: 'work', start: Date.UTC(2024, 2, 4, 9), end: Date.UTC(2024, 2, 4, 10) });
    await api.host.call('entries.add', { categoryId: 'work', start: Date.UTC(2024, 2, 5, 9), end: Date.UTC(2024, 2, 5, 10) });
    await renderApp({ api, view: 'insights' });
    expect(await insights().findByText('2026-W13 is in progress and is not counted yet. The latest finished week has no data: nothing was logged in it.')).toBeInTheDocument();
    // Charted as no figure (—), not as 0 days without fitness or 0 % outside the windows; this week has its figures.
    for (const [name, column] of [['Longest stretch without fitness or family time', 'Days without fitness'], ['Work outside your work windows', 'Share outside the windows'], ['Weeks over the cap', 'Hours of work']] as const) {
      const table = within(within(insights().getByRole('article', { name })).getByRole('table', { name: /week by week/ }));
      const at = table.getAllByRole('columnheader').findIndex((c) => c.textContent === column);
      const cells = table.getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[at - 1]!.textContent);
      expect(cells.slice(0, 11), name).toEqual(Array(11).fill('—'));
      expect(cells[11], name).not.toBe('—');
    }
    // The cap held in those weeks all the same: its step line goes on.
    const cap = within(within(insights().getByRole('article', { name: 'Weeks over the cap' })).getByRole('table', { name: /week by week/ }));
    expect(cap.getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').at(-1)!.textContent)).not.toContain('—');
  });

  it('charts the hours of work against each week’s own cap, so a cap raised later leaves the earlier weeks’ cap as lived', async () => {
    const api = await createTestApi();
    // A return-to-work ramp: 20 h for the first eight weeks, 35 h from then on.
    await seedCapHistory(api, [[11, 1200], [3, 2100]]);
    await renderApp({ api, view: 'insights' });
    const card = within(await insights().findByRole('article', { name: 'Weeks over the cap' }));
    const table = within(card.getByRole('table', { name: /week by week/ }));
    expect(table.getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Week', 'Hours of work', 'Weekly cap']);
    expect(table.getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').at(-1)!.textContent)).toEqual([...Array(8).fill('20 h'), ...Array(4).fill('35 h')]);
  }, 30_000);

  it('plots check-ins beside the hours and saves this week’s with checkins.save', async () => {
    const api = await createTestApi();
    await seedWeek(api, SAMPLE_WEEK, NOW - 7 * 86_400_000);
    await seedWeek(api, SAMPLE_WEEK);
    await api.host.call('checkins.save', { week: '2026-W12', energy: 2, mood: 3 });
    const { user } = await renderApp({ api, view: 'insights' });
    const table = within(await insights().findByRole('table', { name: 'Energy and mood beside hours of work' }));
    expect(within(table.getByRole('row', { name: /2026-W12/ })).getAllByRole('cell').map((c) => c.textContent)).toEqual(['21.5 h', '2', '3']);
    expect(within(table.getByRole('row', { name: /2026-W13/ })).getAllByRole('cell').map((c) => c.textContent)).toEqual(['21.5 h', '—', '—']);

    const form = within(insights().getByRole('form', { name: 'How was week 2026-W13?' }));
    await user.click(within(form.getByRole('group', { name: 'Energy' })).getByRole('radio', { name: /^4/ }));
    await user.click(within(form.getByRole('group', { name: 'Mood' })).getByRole('radio', { name: /^5/ }));
    await user.type(form.getByRole('textbox', { name: 'Note (optional)' }), 'a good week');
    await user.click(form.getByRole('button', { name: 'Save check-in' }));
    expect(api.callsTo('checkins.save')).toEqual([{ week: '2026-W13', energy: 4, mood: 5, note: 'a good week' }]);
    expect(await form.findByText('Check-in for 2026-W13 saved.')).toBeInTheDocument();
    expect(form.getByRole('button', { name: 'Update check-in' })).toBeInTheDocument();
    await waitFor(() => expect(within(table.getByRole('row', { name: /2026-W13/ })).getAllByRole('cell').map((c) => c.textContent)).toEqual(['21.5 h', '4', '5']));
  });

  it('a failed range is shown in words', async () => {
    const api = await createTestApi();
    api.fail('summary.range', { code: 'storage', message: 'The entries of March could not be read.' });
    await renderApp({ api, view: 'insights' });
    expect((await insights().findByRole('alert')).textContent).toContain('The entries of March could not be read.');
  });
});
