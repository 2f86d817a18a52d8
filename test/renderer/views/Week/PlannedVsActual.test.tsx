import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { march } from '../../planFixtures';
import { renderApp } from '../../renderApp';
import { createTestApi, seedPlan, type TestApi } from '../../testApi';

const view = (name: RegExp) => within(screen.getByRole('region', { name }));

/** Work planned Monday 09:00–11:00 and fitness Tuesday 07:00–08:00; an hour of the work logged inside its box, and an hour of work after it. */
async function keptHalf(api: TestApi): Promise<TestApi> {
  await seedPlan(api, [
    { categoryId: 'work', start: march(23, 9), end: march(23, 11) },
    { categoryId: 'fitness', start: march(24, 7), end: march(24, 8) },
  ]);
  await api.host.call('entries.add', { categoryId: 'work', start: march(23, 9), end: march(23, 10) });
  await api.host.call('entries.add', { categoryId: 'work', start: march(23, 14), end: march(23, 15) });
  return api;
}

describe.each([
  ['week', /^Week/],
  ['balance', /^Balance/],
] as const)('the %s view: the plan against what was done', (name, heading) => {
  it('says the week’s adherence as a percentage in a sentence, with planned and done per area', async () => {
    await renderApp({ api: await keptHalf(await createTestApi()), view: name });
    const section = view(heading);
    expect(
      section.getByText('You kept 33% of the plan so far: 1 h of the 3 h planned up to now went into its boxes (3 h planned this week). 1 h of work was done outside any work box.'),
    ).toBeInTheDocument();
    expect(section.getByRole('meter', { name: 'Plan kept' }).getAttribute('value')).toBe(String(1 / 3));
    const table = within(section.getByRole('table', { name: 'Planned and done in the boxes, by area' }));
    expect(['Work', 'Fitness', 'Family'].map((area) => within(table.getByRole('row', { name: new RegExp(`^${area}`) })).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['2 h', '1 h'],
      ['1 h', '0 h'],
      ['0 h', '0 h'],
    ]);
  });

  it('the week under way is judged by the plan due so far: boxes still to come are neither kept nor missed', async () => {
    const api = await keptHalf(await createTestApi());
    // Friday evening's family time is still to come (now is Wednesday 11:00).
    await seedPlan(api, [{ categoryId: 'family', start: march(27, 18), end: march(27, 20) }]);
    await renderApp({ api, view: name });
    const section = view(heading);
    expect(await section.findByText(/^You kept 33% of the plan so far: 1 h of the 3 h planned up to now went into its boxes \(5 h planned this week\)\./)).toBeInTheDocument();
    expect(section.getByRole('meter', { name: 'Plan kept' }).getAttribute('value')).toBe(String(1 / 3));
  });

  it('the week under way with no box due yet says so, with no meter', async () => {
    const api = await createTestApi();
    await seedPlan(api, [{ categoryId: 'family', start: march(27, 18), end: march(27, 20) }]);
    await renderApp({ api, view: name });
    const section = view(heading);
    expect(await section.findByText('None of the week’s plan was due yet: 2 h planned, the first box still to come.')).toBeInTheDocument();
    expect(section.queryByRole('meter', { name: 'Plan kept' })).toBeNull();
  });

  it('a week still to come has kept nothing and missed nothing: it says the planned time, with no “kept 0%” and no meter', async () => {
    const api = await keptHalf(await createTestApi());
    // The same week, seen on the Friday before it: its plan is all ahead.
    api.clock.set(march(20, 10));
    const { user } = await renderApp({ api, view: name });
    await user.click(await screen.findByRole('button', { name: 'Next week' }));
    const section = view(heading);
    expect(await section.findByText('This week has not started yet: 3 h planned.')).toBeInTheDocument();
    expect(section.queryByText(/You kept/)).toBeNull();
    expect(section.queryByRole('meter', { name: 'Plan kept' })).toBeNull();
  });

  it('a week gone by says what was kept, without “so far”', async () => {
    const api = await keptHalf(await createTestApi());
    api.clock.set(march(31, 10));
    const { user } = await renderApp({ api, view: name });
    await user.click(await screen.findByRole('button', { name: 'Previous week' }));
    expect(await view(heading).findByText(/^You kept 33% of the week’s plan: 1 h of the 3 h planned/)).toBeInTheDocument();
  });

  it('with nothing planned, shows no figures and points to the Plan view', async () => {
    const { user } = await renderApp({ view: name });
    const section = view(heading);
    expect(section.getByText(/^Nothing is planned for this week, so there is no plan to keep\./)).toBeInTheDocument();
    expect(section.queryByRole('meter', { name: 'Plan kept' })).toBeNull();
    await user.click(section.getByRole('link', { name: 'Plan the week in the Plan view' }));
    expect(await screen.findByRole('heading', { level: 2, name: /^Plan/ })).toBeInTheDocument();
  });

  it('follows a change of plan: data.changed with timeboxes refetches the figures', async () => {
    const api = await createTestApi();
    await renderApp({ api, view: name });
    await keptHalf(api);
    expect(await view(heading).findByText(/^You kept 33% of the plan so far:/)).toBeInTheDocument();
  });
});
