import { within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NOW, SAMPLE_WEEK } from '../../fixtures';
import { march } from '../../planFixtures';
import { region, renderApp } from '../../renderApp';
import { createTestApi, seedCapHistory, seedWeek } from '../../testApi';

/** The sample week saved as entries, the Balance view open on it, after an hour of work in each of the 11 weeks before it. */
async function sampleWeek() {
  const api = await createTestApi();
  for (let weeksAgo = 11; weeksAgo >= 1; weeksAgo--) await seedWeek(api, [{ work: 60 }], march(25, 11) - weeksAgo * 7 * 86_400_000);
  await seedWeek(api, SAMPLE_WEEK);
  return renderApp({ api, view: 'balance' });
}

const balance = () => region(/^Balance/);

describe('BalanceView', () => {
  it('says plainly how many of the three targets were met and which are not yet, in the week being lived', async () => {
    await sampleWeek();
    // The test clock's Wednesday: fitness and family can still be done this week.
    expect(balance().getByText('1 of 3 targets met so far this week; not yet: fitness and family.')).toBeInTheDocument();
    expect(balance().getAllByText('not yet')).toHaveLength(2);
    expect(balance().queryByText('behind')).toBeNull();
  });

  it('a finished week says which areas fell behind', async () => {
    const { user } = await sampleWeek();
    await user.click(balance().getByRole('button', { name: 'Previous week' }));
    // The week before holds an hour of work and no fitness or family.
    expect(await balance().findByText('1 of 3 targets met; behind: fitness and family.')).toBeInTheDocument();
    expect(balance().getAllByText('behind')).toHaveLength(2);
  });

  it('a finished week with nothing logged is no data, not behind on fitness and family', async () => {
    const api = await createTestApi();
    await seedWeek(api, SAMPLE_WEEK);
    const { user } = await renderApp({ api, view: 'balance' });
    await balance().findByText(/targets met so far this week/);
    await user.click(balance().getByRole('button', { name: 'Previous week' }));
    expect(await balance().findByText('No data: nothing was logged in this week.')).toBeInTheDocument();
    expect(balance().queryByText('behind')).toBeNull();
    expect(balance().getAllByText('no data')).toHaveLength(3);
  });

  it('shows each area against its target as the domain judged it, with a meter', async () => {
    await sampleWeek();
    expect(balance().getByText('21.5 h of at most 35 h')).toBeInTheDocument();
    expect(balance().getByText('0.8 h of at least 2.5 h')).toBeInTheDocument();
    expect(balance().getByText('2.5 h of at least 10 h')).toBeInTheDocument();
    expect(balance().getByText('within the cap')).toBeInTheDocument();
    expect(balance().getAllByText('not yet')).toHaveLength(2);
    const fitness = balance().getByRole('meter', { name: 'Fitness 0.8 h of at least 2.5 h' });
    expect(fitness.getAttribute('value')).toBe('45');
    // Coloured as judged: short of its target is below the meter's low; work past its cap is above its high.
    expect([fitness.getAttribute('low'), fitness.getAttribute('optimum')]).toEqual(['150', '150']);
    const work = balance().getByRole('meter', { name: 'Work 21.5 h of at most 35 h' });
    expect([work.getAttribute('low'), work.getAttribute('high'), work.getAttribute('optimum')]).toEqual(['2100', '2100', '0']);
  });

  it('draws the three areas over 12 weeks from summary.range, with the figures as a table', async () => {
    const { api } = await sampleWeek();
    expect(api.callsTo('summary.range')).toEqual([{ weeks: 12 }]);
    const table = within(await balance().findByRole('table', { name: 'Work, fitness and family over 12 weeks' }));
    expect(table.getAllByRole('row')).toHaveLength(13);
    expect(within(table.getByRole('row', { name: /2026-W13/ })).getAllByRole('cell').map((c) => c.textContent)).toEqual(['21.5 h', '0.8 h', '2.5 h', '35 h']);
    // The week being lived (the test clock's 2026-W13) has not fallen behind yet: eleven finished weeks are counted.
    expect(
      balance().getByText('All three targets met in 0 of 11 finished weeks; fitness behind in 11, family behind in 11; work over the cap in 0. 2026-W13 is in progress and is not counted yet.'),
    ).toBeInTheDocument();
  });

  it('counts finished weeks only: the week in progress and one not started are named, not counted behind', async () => {
    const api = await createTestApi({ settings: { targets: { fitnessMinutes: 0, familyMinutes: 0 } } });
    // 40 h in each of the three weeks before this one; this week (from Monday to now, Wednesday 11:00) has 12 h.
    for (const weeksAgo of [3, 2, 1]) await seedWeek(api, [{ work: 480 }, { work: 480 }, { work: 480 }, { work: 480 }, { work: 480 }, {}, {}], NOW - weeksAgo * 7 * 86_400_000);
    await seedWeek(api, [{ work: 360 }, { work: 360 }]);
    const { user } = await renderApp({ api, view: 'balance' });
    await balance().findByRole('table', { name: 'Work, fitness and family over 12 weeks' });
    await user.click(balance().getByRole('button', { name: 'Next week' }));
    expect(
      await balance().findByText(
        'All three targets met in 0 of 3 finished weeks; fitness behind in 0, family behind in 0; work over the cap in 3. 2026-W13 is in progress and is not counted yet. 2026-W14 has not started and is not counted yet. The 7 weeks with nothing logged have no data.',
      ),
    ).toBeInTheDocument();
  });

  it('this week already over the cap is said apart, and work over the cap counts finished weeks only', async () => {
    // A 20 h cap; last week an hour of work, this week (Monday to now, Wednesday 11:00) 24 h.
    const api = await createTestApi({ settings: { weeklyCapMinutes: 1200, targets: { fitnessMinutes: 0, familyMinutes: 0 } } });
    await seedWeek(api, [{ work: 60 }], NOW - 7 * 86_400_000);
    await seedWeek(api, [{ work: 600 }, { work: 600 }, { work: 240 }]);
    await renderApp({ api, view: 'balance' });
    expect(
      await balance().findByText(
        'All three targets met in 1 of 1 finished week; fitness behind in 0, family behind in 0; work over the cap in 0. 2026-W13 is in progress and is not counted yet. This week is already over the cap: 24 h of 20 h. The 10 weeks with nothing logged have no data.',
      ),
    ).toBeInTheDocument();
  });

  it('history imported from long ago leaves the weeks since as no data, not behind', async () => {
    const api = await createTestApi();
    // What a Toggl file with two work entries from March 2024 leaves.
    await api.host.call('entries.add', { categoryId: 'work', start: Date.UTC(2024, 2, 4, 9), end: Date.UTC(2024, 2, 4, 10) });
    await api.host.call('entries.add', { categoryId: 'work', start: Date.UTC(2024, 2, 5, 9), end: Date.UTC(2024, 2, 5, 10) });
    await renderApp({ api, view: 'balance' });
    expect(await balance().findByText('No finished weeks yet. 2026-W13 is in progress and is not counted yet. The 11 weeks with nothing logged have no data.')).toBeInTheDocument();
    // Charted as no figure (—), not as 0 h of each area; the cap held in them all the same.
    const table = within(balance().getByRole('table', { name: 'Work, fitness and family over 12 weeks' }));
    const rows = table.getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(rows.slice(0, 11).map((cells) => cells.slice(0, 3))).toEqual(Array(11).fill(['—', '—', '—']));
    expect(rows.every((cells) => cells.at(-1) !== '—')).toBe(true);
  });

  it('draws each week’s own cap as a step line beside the areas: a raised cap is a step, not a rewrite', async () => {
    const api = await createTestApi();
    // 20 h for the first eight weeks, 35 h from then on.
    await seedCapHistory(api, [[11, 1200], [3, 2100]]);
    await renderApp({ api, view: 'balance' });
    const table = within(await balance().findByRole('table', { name: 'Work, fitness and family over 12 weeks' }));
    expect(table.getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Week', 'Work', 'Fitness', 'Family', 'Weekly cap']);
    expect(table.getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').at(-1)!.textContent)).toEqual([...Array(8).fill('20 h'), ...Array(4).fill('35 h')]);
    // The legend a person reads under the drawing: the cap is the step line, the areas are not.
    expect(await balance().findByText('Weekly cap (step line)')).toBeInTheDocument();
    expect(balance().queryByText('Work (step line)')).toBeNull();
  }, 30_000);

  it('lists the week’s nudges with the choice made, and the entries a lock was overridden for', async () => {
    const api = await createTestApi({ settings: { lockMode: 'soft' } });
    // Only the scheduler makes a nudge: this one goes into the nudge log through the storage port, and the choice
    // through nudges.act, as the notification's button would.
    api.host.app.store.appendNudge({ id: 'n1', kind: 'cap-warning', at: march(25, 10), text: 'You have used 90% of this week’s cap.' });
    await api.host.call('nudges.act', { id: 'n1', action: 'snooze-15' });
    // Work on Tuesday evening, outside the work window: the soft lock asks why, and keeps the reason.
    await api.host.call('entries.add', { categoryId: 'work', start: march(24, 19), end: march(24, 20), reason: 'release day' });
    const { stores } = await renderApp({ api, view: 'balance' });
    expect(await balance().findByText(/You have used 90% of this week’s cap\./)).toBeInTheDocument();
    expect(balance().getByText('(snoozed 15 min)')).toBeInTheDocument();
    expect(balance().getByText(/Work: “release day”/)).toBeInTheDocument();
    // The week's bounds as the domain gave them (this one has the DST change: 167 hours long).
    const { start, end } = stores.week.getState().summary!;
    expect(api.callsTo('nudges.log')).toEqual([{ from: start, to: end }]);
    expect(end - start).toBe(167 * 3_600_000);
  });

  it('with nothing to show, says so', async () => {
    await renderApp({ view: 'balance' });
    expect(await balance().findByText(/^No nudges this week\. .*Settings › Nudges\.$/)).toBeInTheDocument();
    expect(balance().getByText('No lock was overridden this week.')).toBeInTheDocument();
  });

  it('the previous week moves the targets, the trend and the log to that week', async () => {
    const { api, user } = await sampleWeek();
    await balance().findByRole('table', { name: /12 weeks/ });
    await user.click(balance().getByRole('button', { name: 'Previous week' }));
    expect(await balance().findByRole('heading', { name: 'Balance 2026-W12' })).toBeInTheDocument();
    expect(api.callsTo('summary.range').at(-1)).toMatchObject({ weeks: 12, at: expect.any(Number) });
  });
});
