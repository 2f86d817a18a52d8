import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { march } from '../../planFixtures';
import { renderApp } from '../../renderApp';
import { createTestApi, seedPlan, type TestApi } from '../../testApi';

const day = (name: string) => within(screen.getByRole('group', { name }));
const box = (name: string | RegExp) => screen.getByRole('button', { name });
const messages = () => within(screen.getByRole('region', { name: 'Messages' }));

/** Work on Monday 09:00–10:30. */
const WORK_MONDAY = { categoryId: 'work', start: march(23, 9), end: march(23, 10, 30) };
/** "Run", fitness, Monday and Wednesday 07:00–08:00, from Monday on. */
const RUN_SERIES = { categoryId: 'fitness', title: 'Run', start: march(23, 7), end: march(23, 8), repeat: [1, 3] };
/** Family on Wednesday 23:00 to Thursday 01:00: across midnight. */
const FAMILY_NIGHT = { categoryId: 'family', title: 'Night out', start: march(25, 23), end: march(26, 1) };

/** A test api whose plan holds these boxes, saved by the real plan service; `ids` are the ids it gave them. */
async function planOf(...boxes: Array<Parameters<typeof seedPlan>[1][number]>): Promise<{ api: TestApi; ids: string[] }> {
  const api = await createTestApi();
  const saved = await seedPlan(api, boxes);
  return { api, ids: saved.map((b) => b.id) };
}

async function renderPlan(api?: TestApi) {
  const rendered = await renderApp({ api: api ?? (await createTestApi()), view: 'plan' });
  await screen.findByRole('group', { name: 'Week calendar' });
  return rendered;
}

describe('the Plan view’s calendar', () => {
  it('draws each occurrence in its day’s column, placed by its local times: 40 px an hour', async () => {
    const { api } = await planOf(WORK_MONDAY, RUN_SERIES, FAMILY_NIGHT);
    await renderPlan(api);

    const work = day('Monday, March 23').getByRole('button', { name: 'Work 9:00 AM to 10:30 AM, Monday' });
    expect([work.style.top, work.style.height]).toEqual(['360px', '60px']);
    for (const name of ['Monday, March 23', 'Wednesday, March 25']) {
      const run = day(name).getByRole('button', { name: /^Run 7:00 AM to 8:00 AM, (Monday|Wednesday), Fitness, repeats weekly$/ });
      expect([run.style.top, run.style.height]).toEqual(['280px', '40px']);
    }
    expect(day('Tuesday, March 24').queryAllByRole('button')).toEqual([]);
  });

  it('labels the hours as the window writes clock times, the boxes’ names too', async () => {
    const { container } = await renderPlan();
    const labels = [...container.querySelectorAll('.plan-hours > *')].map((label) => label.textContent);
    expect(labels.slice(0, 3)).toEqual(['', '1:00 AM', '2:00 AM']);
    expect(labels[13]).toBe('1:00 PM');
  });

  it('draws a box across midnight on both days, focusable once', async () => {
    const { api } = await planOf(FAMILY_NIGHT);
    const { container } = await renderPlan(api);
    const night = day('Wednesday, March 25').getByRole('button', { name: 'Night out 11:00 PM to 1:00 AM, Wednesday into Thursday, Family' });
    expect([night.style.top, night.style.height]).toEqual(['920px', '40px']);
    const continued = container.querySelector<HTMLElement>('.plan-day[data-date="2026-03-26"] .plan-box')!;
    expect([continued.style.top, continued.style.height, continued.getAttribute('aria-hidden')]).toEqual(['0px', '40px', 'true']);
  });

  it('shades the work windows (09:00–17:00 on weekdays) and not the weekend', async () => {
    const { container } = await renderPlan();
    const band = container.querySelector<HTMLElement>('.plan-day[data-date="2026-03-23"] .plan-window')!;
    expect([band.style.top, band.style.height]).toEqual(['360px', '320px']);
    expect(container.querySelector('.plan-day[data-date="2026-03-28"] .plan-window')).toBeNull();
  });

  it('arrow keys move a focused box by 15 minutes or a day, Shift+arrows change its end: plan.update with the patch', async () => {
    const { api, ids } = await planOf(WORK_MONDAY);
    const { user } = await renderPlan(api);
    box(/^Work 9:00 AM/).focus();

    await user.keyboard('{ArrowDown}');
    expect(api.callsTo('plan.update')).toEqual([{ id: ids[0], scope: 'occurrence', patch: { start: march(23, 9, 15) } }]);
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Work 9:15 AM to 10:45 AM, Monday'));

    await user.keyboard('{ArrowRight}');
    expect(api.callsTo('plan.update').at(-1)).toEqual({ id: ids[0], scope: 'occurrence', patch: { start: march(24, 9, 15) } });
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Work 9:15 AM to 10:45 AM, Tuesday'));

    await user.keyboard('{Shift>}{ArrowUp}{/Shift}');
    expect(api.callsTo('plan.update').at(-1)).toEqual({ id: ids[0], scope: 'occurrence', patch: { end: march(24, 10, 30) } });
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Work 9:15 AM to 10:30 AM, Tuesday'));
    expect(screen.getByText('Work: Tuesday 9:15 AM to 10:30 AM.').getAttribute('role')).toBe('status');
  });

  it('a box moved past the week’s edge with the arrow keys is followed to its week, focus staying on it', async () => {
    const { api, ids } = await planOf({ categoryId: 'work', start: march(29, 18), end: march(29, 19) });
    const { user } = await renderPlan(api);
    box(/^Work 6:00 PM/).focus();

    await user.keyboard('{ArrowRight}');
    expect(api.callsTo('plan.update')).toEqual([{ id: ids[0], scope: 'occurrence', patch: { start: march(30, 18) } }]);
    expect(await screen.findByRole('heading', { name: 'Plan 2026-W14' })).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Work 6:00 PM to 7:00 PM, Monday\b/));
    expect(day('Monday, March 30').getByRole('button', { name: /^Work 6:00 PM/ })).toBe(document.activeElement);

    await user.keyboard('{ArrowLeft}');
    expect(await screen.findByRole('heading', { name: 'Plan 2026-W13' })).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Work 6:00 PM to 7:00 PM, Sunday\b/));
  });

  it('keys pressed while a change is on its way are applied after it, to the box where it went', async () => {
    const { api } = await planOf(WORK_MONDAY);
    const { user } = await renderPlan(api);
    box(/^Work 9:00 AM/).focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowRight}');
    await waitFor(() => expect(api.callsTo('plan.update')).toHaveLength(3));
    expect(api.callsTo('plan.update').map((r) => r.patch.start)).toEqual([march(23, 9, 15), march(23, 9, 30), march(24, 9, 30)]);
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Work 9:30 AM to 11:00 AM, Tuesday'));
  });

  it('an edit of a repeating box asks which occurrences it means, and sends that scope with the occurrence’s date', async () => {
    const { api, ids } = await planOf(RUN_SERIES);
    const { user } = await renderPlan(api);
    day('Wednesday, March 25').getByRole('button', { name: /^Run/ }).focus();

    await user.keyboard('{ArrowDown}');
    const dialog = within(await screen.findByRole('dialog', { name: 'Change a repeating box' }));
    expect(dialog.getAllByRole('button').map((b) => b.textContent)).toEqual(['This occurrence', 'This and the following ones', 'The whole series', 'Cancel']);
    await user.click(dialog.getByRole('button', { name: 'Cancel' }));
    expect(api.callsTo('plan.update')).toEqual([]);

    await user.keyboard('{Shift>}{ArrowDown}{/Shift}');
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'This and the following ones' }));
    expect(api.callsTo('plan.update')).toEqual([{ id: ids[0], occurrenceDate: '2026-03-25', scope: 'following', patch: { end: march(25, 8, 15) } }]);

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    day('Monday, March 23').getByRole('button', { name: /^Run/ }).focus();
    await user.keyboard('{ArrowUp}');
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'The whole series' }));
    expect(api.callsTo('plan.update').at(-1)).toEqual({ id: ids[0], occurrenceDate: '2026-03-23', scope: 'series', patch: { start: march(23, 6, 45) } });
  });

  it('Delete removes the focused box with Undo in a toast: plan.remove, then plan.restore puts it back', async () => {
    const { api, ids } = await planOf(WORK_MONDAY);
    const [saved] = api.host.app.store.getTimeboxes();
    const { user } = await renderPlan(api);
    box(/^Work 9:00 AM/).focus();

    await user.keyboard('{Delete}');
    expect(api.callsTo('plan.remove')).toEqual([{ id: ids[0] }]);
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Work 9:00 AM/ })).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('group', { name: 'Week calendar' }));

    expect(messages().getByText('Deleted Work, Monday 9:00 AM to 10:30 AM')).toBeInTheDocument();
    await user.click(messages().getByRole('button', { name: 'Undo' }));
    expect(api.callsTo('plan.restore')).toEqual([{ box: saved }]);
    expect(await screen.findByRole('button', { name: /^Work 9:00 AM/ })).toBeInTheDocument();
    expect(api.host.app.store.getTimeboxes()).toEqual([saved]);
  });

  it('deleting one occurrence of a series cancels that date only', async () => {
    const { api, ids } = await planOf(RUN_SERIES);
    const { user } = await renderPlan(api);
    day('Wednesday, March 25').getByRole('button', { name: /^Run/ }).focus();
    await user.keyboard('{Delete}');
    await user.click(within(await screen.findByRole('dialog', { name: 'Delete a repeating box' })).getByRole('button', { name: 'Only Wednesday, March 25' }));
    expect(api.callsTo('plan.remove')).toEqual([{ id: ids[0], occurrenceDate: '2026-03-25' }]);
    await waitFor(() => expect(day('Wednesday, March 25').queryByRole('button')).toBeNull());
    expect(day('Monday, March 23').getByRole('button', { name: /^Run/ })).toBeInTheDocument();
  });

  it('Enter opens the box to edit: a new title and end are sent as one patch', async () => {
    const { api, ids } = await planOf(WORK_MONDAY);
    const { user } = await renderPlan(api);
    box(/^Work 9:00 AM/).focus();
    await user.keyboard('{Enter}');
    const dialog = within(await screen.findByRole('dialog', { name: 'Edit Work' }));
    await user.type(dialog.getByRole('textbox', { name: 'Title (optional)' }), 'Report');
    const end = dialog.getByLabelText('End');
    await user.clear(end);
    await user.type(end, '11:00');
    await user.click(dialog.getByRole('button', { name: 'Save box' }));
    expect(api.callsTo('plan.update')).toEqual([{ id: ids[0], scope: 'occurrence', patch: { end: march(23, 11), title: 'Report' } }]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByRole('button', { name: 'Report 9:00 AM to 11:00 AM, Monday, Work' })).toBeInTheDocument();
  });

  it('a one-off made to repeat becomes a series in place at its times: one plan.update, nothing added or removed', async () => {
    const { api, ids } = await planOf(WORK_MONDAY);
    const { user } = await renderPlan(api);
    await user.click(box(/^Work 9:00 AM/));
    const dialog = within(await screen.findByRole('dialog', { name: 'Edit Work' }));
    await user.click(dialog.getByRole('checkbox', { name: 'Monday' }));
    await user.click(dialog.getByRole('checkbox', { name: 'Thursday' }));
    await user.click(dialog.getByRole('button', { name: 'Save box' }));
    expect(api.callsTo('plan.update')).toEqual([{ id: ids[0], scope: 'occurrence', patch: { repeat: { weekdays: [1, 4] } } }]);
    expect(api.callsTo('plan.add')).toEqual([]);
    expect(api.callsTo('plan.remove')).toEqual([]);
    expect(await screen.findByText('Work now repeats weekly on Monday and Thursday.')).toBeInTheDocument();
    expect(day('Thursday, March 26').getByRole('button', { name: /^Work 9:00 AM to 10:30 AM, Thursday, repeats weekly/ })).toBeInTheDocument();
  });

  it('a one-off made to repeat with a new title and an end date sends them in the same plan.update', async () => {
    const { api, ids } = await planOf(WORK_MONDAY);
    const { user } = await renderPlan(api);
    await user.click(box(/^Work 9:00 AM/));
    const dialog = within(await screen.findByRole('dialog', { name: 'Edit Work' }));
    await user.type(dialog.getByRole('textbox', { name: 'Title (optional)' }), 'Report');
    await user.click(dialog.getByRole('checkbox', { name: 'Friday' }));
    await user.click(dialog.getByRole('checkbox', { name: 'Monday' }));
    await user.type(dialog.getByLabelText('Until (optional)'), '2026-04-30');
    await user.click(dialog.getByRole('button', { name: 'Save box' }));
    expect(api.callsTo('plan.update')).toEqual([{ id: ids[0], scope: 'occurrence', patch: { title: 'Report', repeat: { weekdays: [1, 5], until: '2026-04-30' } } }]);
    expect(await screen.findByText('Report now repeats weekly on Monday and Friday until April 30, 2026.')).toBeInTheDocument();
  });

  it('the dialog of a repeating box shows its weekdays and end, and sends changed ones for the series', async () => {
    const { api, ids } = await planOf(RUN_SERIES);
    const { user } = await renderPlan(api);
    await user.click(day('Monday, March 23').getByRole('button', { name: /^Run 7:00 AM/ }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Edit Run' }));
    const checked = () => dialog.getAllByRole('checkbox').filter((c) => (c as HTMLInputElement).checked).map((c) => c.parentElement!.textContent);
    expect(checked()).toEqual(['Monday', 'Wednesday']);
    expect((dialog.getByLabelText('Until (optional)') as HTMLInputElement).value).toBe('');
    await user.click(dialog.getByRole('checkbox', { name: 'Wednesday' }));
    await user.click(dialog.getByRole('checkbox', { name: 'Friday' }));
    await user.type(dialog.getByLabelText('Until (optional)'), '2026-05-29');
    // Weekdays belong to the series: one occurrence cannot take them.
    await user.click(dialog.getByRole('button', { name: 'Save box' }));
    expect(dialog.getByRole('alert').textContent).toMatch(/belong to the series/);
    expect(api.callsTo('plan.update')).toEqual([]);
    await user.click(dialog.getByRole('radio', { name: 'The whole series' }));
    await user.click(dialog.getByRole('button', { name: 'Save box' }));
    expect(api.callsTo('plan.update')).toEqual([{ id: ids[0], occurrenceDate: '2026-03-23', scope: 'series', patch: { weekdays: [1, 5], until: '2026-05-29' } }]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(day('Friday, March 27').getByRole('button', { name: /^Run 7:00 AM/ })).toBeInTheDocument();
    expect(day('Wednesday, March 25').queryByRole('button', { name: /^Run 7:00 AM/ })).toBeNull();
  });

  it('a repeating box’s end date cleared from this occurrence on sends until null with scope following', async () => {
    const { api, ids } = await planOf({ ...RUN_SERIES, until: '2026-04-30' });
    const { user } = await renderPlan(api);
    await user.click(day('Wednesday, March 25').getByRole('button', { name: /^Run 7:00 AM/ }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Edit Run' }));
    expect((dialog.getByLabelText('Until (optional)') as HTMLInputElement).value).toBe('2026-04-30');
    await user.clear(dialog.getByLabelText('Until (optional)'));
    await user.click(dialog.getByRole('radio', { name: 'This and the following ones' }));
    await user.click(dialog.getByRole('button', { name: 'Save box' }));
    expect(api.callsTo('plan.update')).toEqual([{ id: ids[0], occurrenceDate: '2026-03-25', scope: 'following', patch: { until: null } }]);
  });

  it('a box named by a finding says so, and the text list holds every box in words', async () => {
    const { api } = await planOf(WORK_MONDAY, { ...WORK_MONDAY, start: march(23, 20), end: march(23, 22) });
    await renderPlan(api);
    expect(box('Work 8:00 PM to 10:00 PM, Monday, flagged by the plan check')).toBeInTheDocument();
    expect(box('Work 9:00 AM to 10:30 AM, Monday')).toBeInTheDocument();
    const list = within(screen.getByRole('list', { name: 'Boxes this week' }));
    expect(list.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Work, Monday 9:00 AM to 10:30 AM',
      'Work, Monday 8:00 PM to 10:00 PM, flagged by the plan check',
    ]);
  });
});
