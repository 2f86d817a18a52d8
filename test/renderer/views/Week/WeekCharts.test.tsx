import { within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SAMPLE_WEEK } from '../../fixtures';
import { march } from '../../planFixtures';
import { region, renderApp } from '../../renderApp';
import { createTestApi, seedWeek } from '../../testApi';

const week = () => region(/^Week/);

/** The Week view once its charts are drawn: they follow the week's words, after a paint (useAfterPaint). */
async function weekWithCharts(options: Parameters<typeof renderApp>[0]) {
  const shown = await renderApp(options);
  await week().findByRole('figure', { name: 'Hours per day by category' });
  await week().findByRole('table', { name: 'Work so far this week against the cap' });
  return shown;
}

describe('Week: the charts follow the domain’s figures', () => {
  it('draws the daily cap as a labelled line when there is one, and says which days went over', async () => {
    const api = await createTestApi({ settings: { dailyCapMinutes: 7 * 60 } });
    await seedWeek(api, SAMPLE_WEEK);
    await weekWithCharts({ api, view: 'week' });
    // What a person reads of the line: its label on the hours chart.
    expect(week().getByText(/Daily cap 7 h/, { selector: 'text, tspan' })).toBeInTheDocument();
    expect(week().getByText(/2 days over the daily cap\./)).toBeInTheDocument();
  });

  it('no daily cap: no line on the hours chart', async () => {
    const api = await createTestApi();
    await seedWeek(api, SAMPLE_WEEK);
    await weekWithCharts({ api, view: 'week' });
    expect(week().queryByText(/Daily cap/, { selector: 'text, tspan' })).toBeNull();
    expect(week().queryByText(/over the daily cap/)).toBeNull();
  });

  it('marks off-hours work apart, as a hatched bar and in the table and summary', async () => {
    const api = await createTestApi();
    await seedWeek(api, [{ work: 8 * 60 }, { work: 7.5 * 60 }]);
    // An hour before Monday's window opens, half an hour before Wednesday's.
    await api.host.call('entries.add', { categoryId: 'work', start: march(23, 7), end: march(23, 8) });
    await api.host.call('entries.add', { categoryId: 'work', start: march(25, 7, 30), end: march(25, 8) });
    const { container } = await weekWithCharts({ api, view: 'week' });
    const hatched = container.querySelectorAll('.off-hours-bar path');
    expect(hatched.length).toBe(2);
    expect(hatched[0]!.getAttribute('fill')).toMatch(/^url\(#off-hours-/);
    const table = within(week().getByRole('table', { name: 'Hours per day by category' }));
    expect(table.getAllByRole('columnheader').at(-1)!.textContent).toBe('Off-hours work');
    expect(week().getByText(/1\.5 h of work fell outside the work windows\./)).toBeInTheDocument();
  });

  it('adds up the week’s work day by day against the cap and an even pace, none for days to come', async () => {
    const api = await createTestApi();
    await seedWeek(api, SAMPLE_WEEK);
    await weekWithCharts({ api, view: 'week' });
    const table = within(week().getByRole('table', { name: 'Work so far this week against the cap' }));
    const cells = (day: RegExp) => within(table.getByRole('row', { name: day })).getAllByRole('cell').map((c) => c.textContent);
    expect(cells(/Monday/)).toEqual(['8 h', '5 h']);
    expect(cells(/Wednesday/)).toEqual(['21.5 h', '15 h']);
    expect(cells(/Thursday/)).toEqual(['—', '20 h']);
    expect(week().getByText('21.5 h of work so far against a cap of 35 h: 13.5 h left.')).toBeInTheDocument();
    // The legend names the two lines in the colours they are drawn in.
    const figure = week().getByRole('figure', { name: 'Work so far this week against the cap' });
    const legend = [...figure.querySelectorAll('.recharts-legend-item')].map((item) => [item.textContent, item.querySelector('path')?.getAttribute('stroke')]);
    const stroke = (line: string) => figure.querySelector(`.${line} path.recharts-curve`)?.getAttribute('stroke');
    expect(legend).toEqual([
      ['Worked so far', stroke('worked-line')],
      ['Even pace', stroke('pace-line')],
    ]);
  });

  it('a new cap moves the cap line, the summary and the status together', async () => {
    const api = await createTestApi();
    await seedWeek(api, SAMPLE_WEEK);
    const { user } = await renderApp({ api, view: 'week' });
    await user.click(within(document.body).getByRole('link', { name: 'Settings' }));
    const cap = await within(document.body).findByRole('textbox', { name: 'Weekly work cap (hours)' });
    await user.clear(cap);
    await user.type(cap, '40');
    await user.click(within(document.body).getByRole('button', { name: 'Save changes' }));
    expect(api.callsTo('settings.update')).toEqual([{ weeklyCapMinutes: 2400 }]);
    await user.click(within(document.body).getByRole('link', { name: 'Week' }));
    expect(await week().findByText('21.5 h of work so far against a cap of 40 h: 18.5 h left.')).toBeInTheDocument();
    expect(week().getByText('Cap 40 h', { selector: 'text, tspan' })).toBeInTheDocument();
  });
});
