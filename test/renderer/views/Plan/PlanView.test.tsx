import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fromLocal } from '../../../../shared/domain/time';
import { axeViolations } from '../../axeViolations';
import { TIME_ZONE } from '../../fixtures';
import { march } from '../../planFixtures';
import { renderApp } from '../../renderApp';
import { createTestApi, seedPlan, type TestApi } from '../../testApi';

const plan = () => within(screen.getByRole('region', { name: /^Plan/ }));
const findings = () => screen.getByRole('heading', { name: 'Plan check' }).parentElement!;

/** Work on Monday 09:00–10:30. */
const WORK_MONDAY = { categoryId: 'work', start: march(23, 9), end: march(23, 10, 30) };
/** "Run", fitness, Monday and Wednesday 07:00–08:00, from Monday on. */
const RUN_SERIES = { categoryId: 'fitness', title: 'Run', start: march(23, 7), end: march(23, 8), repeat: [1, 3] };

async function renderPlan(api?: TestApi) {
  const rendered = await renderApp({ api: api ?? (await createTestApi()), view: 'plan' });
  await screen.findByRole('group', { name: 'Week calendar' });
  return rendered;
}

describe('PlanView', () => {
  it('shows the week the main process planned: its label, dates and the plan check beside the calendar', async () => {
    const { api } = await renderPlan();
    expect(api.callsTo('plan.week')).toContainEqual({});
    expect(plan().getByRole('heading', { level: 2 }).textContent).toBe('Plan 2026-W13');
    expect(plan().getByText('Mar 23 – 29, 2026')).toBeInTheDocument();
    expect(within(findings()).getByText('Nothing is planned yet, so there is nothing to check. Drag on a day in the calendar to plan a box.')).toBeInTheDocument();
  });

  it('the keyboard form plans a repeating box: plan.add with the instants fromLocal gives, weekdays and until', async () => {
    const { api, user } = await renderPlan();
    await user.click(plan().getByRole('button', { name: 'Add a box…' }));
    const form = within(plan().getByRole('group', { name: 'Add a box' }));
    await user.selectOptions(form.getByRole('combobox', { name: 'Category' }), 'Fitness');
    await user.selectOptions(form.getByRole('combobox', { name: 'Day' }), 'Monday, March 23');
    for (const [label, value] of [['Start', '07:00'], ['End', '08:00']] as const) {
      await user.clear(form.getByLabelText(label));
      await user.type(form.getByLabelText(label), value);
    }
    await user.type(form.getByRole('textbox', { name: 'Title (optional)' }), 'Run');
    await user.click(form.getByRole('checkbox', { name: 'Wednesday' }));
    await user.click(form.getByRole('checkbox', { name: 'Monday' }));
    await user.type(form.getByLabelText('Until (optional)'), '2026-06-30');
    await user.click(form.getByRole('button', { name: 'Add box' }));

    const start = fromLocal({ year: 2026, month: 3, day: 23 }, 7, 0, TIME_ZONE);
    expect(api.callsTo('plan.add')).toEqual([{ categoryId: 'fitness', start, end: start + 3_600_000, title: 'Run', repeat: [1, 3], until: '2026-06-30' }]);
    expect(await plan().findByText('Planned Run, Monday 7:00 AM to 8:00 AM, repeats weekly on Monday and Wednesday until June 30, 2026.')).toBeInTheDocument();
    expect(plan().getAllByRole('button', { name: /^Run 7:00 AM to 8:00 AM/ })).toHaveLength(2);
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Run 7:00 AM to 8:00 AM, Monday, Fitness, repeats weekly'));
  });

  it('a box half typed into the keyboard form is still there after Week and back; Cancel forgets it', async () => {
    const { stores, user } = await renderPlan();
    await user.click(plan().getByRole('button', { name: 'Add a box…' }));
    const form = () => within(plan().getByRole('group', { name: 'Add a box' }));
    await user.selectOptions(form().getByRole('combobox', { name: 'Category' }), 'Fitness');
    await user.type(form().getByRole('textbox', { name: 'Title (optional)' }), 'Swim');
    stores.nav.getState().go('week');
    await screen.findByRole('heading', { level: 2, name: /^Week/ });
    stores.nav.getState().go('plan');
    await screen.findByRole('group', { name: 'Week calendar' });
    expect((form().getByRole('textbox', { name: 'Title (optional)' }) as HTMLInputElement).value).toBe('Swim');
    expect((form().getByRole('combobox', { name: 'Category' }) as HTMLSelectElement).value).toBe('fitness');
    await user.click(form().getByRole('button', { name: 'Cancel' }));
    stores.nav.getState().go('week');
    await screen.findByRole('heading', { level: 2, name: /^Week/ });
    stores.nav.getState().go('plan');
    await screen.findByRole('group', { name: 'Week calendar' });
    expect(plan().queryByRole('group', { name: 'Add a box' })).toBeNull();
    await user.click(plan().getByRole('button', { name: 'Add a box…' }));
    expect((form().getByRole('textbox', { name: 'Title (optional)' }) as HTMLInputElement).value).toBe('');
  });

  it('an end at or before the start is the next day; a start equal to the end is refused in words', async () => {
    const { api, user } = await renderPlan();
    await user.click(plan().getByRole('button', { name: 'Add a box…' }));
    const form = within(plan().getByRole('group', { name: 'Add a box' }));
    await user.selectOptions(form.getByRole('combobox', { name: 'Day' }), 'Friday, March 27');
    await user.clear(form.getByLabelText('Start'));
    await user.type(form.getByLabelText('Start'), '10:00');
    await user.click(form.getByRole('button', { name: 'Add box' }));
    expect(form.getByRole('alert').textContent).toBe('The start and the end are the same time: give the box a length.');
    await user.clear(form.getByLabelText('Start'));
    await user.type(form.getByLabelText('Start'), '23:00');
    await user.clear(form.getByLabelText('End'));
    await user.type(form.getByLabelText('End'), '01:00');
    await user.click(form.getByRole('button', { name: 'Add box' }));
    expect(api.callsTo('plan.add')).toEqual([{ categoryId: 'work', start: march(27, 23), end: march(28, 1) }]);
  });

  it('shows the plan check’s findings and fetches them again after a change', async () => {
    const api = await createTestApi({ settings: { dailyCapMinutes: 60 } });
    await seedPlan(api, [WORK_MONDAY]);
    const { user } = await renderPlan(api);
    const over = 'Mon 23 Mar has 1 h 30 min of work planned, 30 min over the 1 h daily cap.';
    expect(within(findings()).getByText(over)).toBeInTheDocument();

    const before = api.callsTo('plan.week').length;
    plan().getByRole('button', { name: /^Work 9:00 AM/ }).focus();
    await user.keyboard('{Shift>}{ArrowUp}{ArrowUp}{/Shift}');
    await waitFor(() => expect(within(findings()).queryByText(over)).toBeNull());
    expect(api.callsTo('plan.week').length).toBeGreaterThan(before);
    expect(within(findings()).getByText('No fitness time is planned, against a weekly target of 2 h 30 min.')).toBeInTheDocument();
  });

  it('a plan changed elsewhere (data.changed with timeboxes) is fetched again', async () => {
    const { api } = await renderPlan();
    // Planned from another window: the real plan service saves it and says data.changed.
    await seedPlan(api, [RUN_SERIES]);
    expect(await plan().findAllByRole('button', { name: /^Run 7:00 AM/ })).toHaveLength(2);
  });

  it('copies last week’s plan into this one and says what was copied and what was not', async () => {
    // Last week: two boxes, one of them already here this week, and two weekly series.
    const api = await createTestApi();
    const back = 7 * 86_400_000;
    await seedPlan(api, [
      { ...WORK_MONDAY, start: WORK_MONDAY.start - back, end: WORK_MONDAY.end - back },
      { categoryId: 'family', start: march(17, 18), end: march(17, 19) },
      { categoryId: 'family', start: march(17, 18) + back, end: march(17, 19) + back },
      { ...RUN_SERIES, start: RUN_SERIES.start - back, end: RUN_SERIES.end - back },
      { categoryId: 'work', start: march(18, 14), end: march(18, 15), repeat: [3] },
    ]);
    const { user, stores } = await renderPlan(api);
    await user.click(plan().getByRole('button', { name: 'Copy last week’s plan' }));
    const week = stores.plan.getState().plan!;
    expect(api.callsTo('plan.copyWeek')).toEqual([{ fromWeekAt: week.start - 1, toWeekAt: week.start }]);
    expect(await plan().findByText('Copied 1 box from last week. 1 box was here already. 2 boxes repeat weekly by themselves, so they were not copied.')).toBeInTheDocument();
  });

  it('work planned outside the windows under a soft lock asks for a reason and plans it with the reason', async () => {
    // Under the soft lock, work on Friday 20:00–22:00 lies after the work window (09:00–17:00).
    const api = await createTestApi({ settings: { lockMode: 'soft' } });
    const { user } = await renderPlan(api);
    await user.click(plan().getByRole('button', { name: 'Add a box…' }));
    const form = within(plan().getByRole('group', { name: 'Add a box' }));
    await user.selectOptions(form.getByRole('combobox', { name: 'Day' }), 'Friday, March 27');
    for (const [label, value] of [['Start', '20:00'], ['End', '22:00']] as const) {
      await user.clear(form.getByLabelText(label));
      await user.type(form.getByLabelText(label), value);
    }
    await user.click(form.getByRole('button', { name: 'Add box' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'A reason to go ahead' }));
    await user.type(dialog.getByRole('textbox', { name: 'Reason' }), 'release night');
    await user.click(dialog.getByRole('button', { name: 'Go ahead' }));
    expect(api.callsTo('plan.add').map((r) => r.reason)).toEqual([undefined, 'release night']);
    await waitFor(() => expect(api.host.app.store.getTimeboxes().map((b) => b.overrideReason)).toEqual(['release night']));
  });

  it('a hard lock’s refusal opens the Locked dialog and plans nothing', async () => {
    // Under the hard lock, Monday's box moved a day back lands on Sunday, which has no work window.
    const api = await createTestApi();
    const [box] = await seedPlan(api, [WORK_MONDAY]);
    await api.host.call('settings.update', { lockMode: 'hard' });
    const { user } = await renderPlan(api);
    plan().getByRole('button', { name: /^Work 9:00 AM/ }).focus();
    await user.keyboard('{ArrowLeft}');
    expect(within(await screen.findByRole('alertdialog', { name: 'Locked' })).getByText(/hard lock/i)).toBeInTheDocument();
    expect(api.host.app.store.getTimeboxes()).toEqual([box]);
    expect(plan().queryByRole('alert')).toBeNull();
  });

  it('exports the plan as an .ics download and imports a calendar into the chosen category', async () => {
    const api = await createTestApi();
    const createObjectURL = vi.fn(() => 'blob:plan');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const { user } = await renderPlan(api);
    await user.click(plan().getByRole('button', { name: 'Export plan (.ics)' }));
    expect(api.callsTo('plan.exportIcs')).toEqual([{}]);
    expect(await plan().findByText('Exported the plan as timelock-plan-2026-03-25.ics.')).toBeInTheDocument();
    expect(createObjectURL).toHaveBeenCalledTimes(1);

    const event = (uid: string, day: number) => `BEGIN:VEVENT\r\nUID:${uid}\r\nDTSTART:202603${day}T170000Z\r\nDTEND:202603${day}T180000Z\r\nSUMMARY:Team dinner\r\nEND:VEVENT\r\n`;
    const text = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n${event('a', 26)}${event('b', 27)}END:VCALENDAR\r\n`;
    await user.upload(plan().getByLabelText('Calendar file (.ics)'), new File([text], 'team.ics', { type: 'text/calendar' }));
    await user.selectOptions(plan().getByRole('combobox', { name: 'Into category' }), 'Family');
    await user.click(plan().getByRole('button', { name: 'Import calendar' }));
    expect(api.callsTo('plan.importIcs')).toEqual([{ text, categoryId: 'family' }]);
    // Said by the import form, where the person is (the view's message line is at the top, out of sight).
    const files = within(plan().getByRole('heading', { name: 'Calendar files' }).parentElement!);
    expect(await files.findByText('Imported 2 boxes from team.ics into Family.')).toBeInTheDocument();
    expect(api.host.app.store.getTimeboxes().map((b) => [b.categoryId, b.title])).toEqual([['family', 'Team dinner'], ['family', 'Team dinner']]);
    // Again: nothing new, in those words, and why below.
    await user.click(plan().getByRole('button', { name: 'Import calendar' }));
    expect(await files.findByText('Nothing new from team.ics: 2 events were not added, as said below.')).toBeInTheDocument();
    expect(files.getByText('2 events were imported before: skipped.')).toBeInTheDocument();
  });

  it('moves to the previous week and back', async () => {
    const { api, user } = await renderPlan();
    await user.click(plan().getByRole('button', { name: 'Previous week' }));
    expect(await plan().findByRole('heading', { name: 'Plan 2026-W12' })).toBeInTheDocument();
    expect(api.callsTo('plan.week').at(-1)).toEqual({ at: march(23, 0) - 1 });
    await user.click(plan().getByRole('button', { name: 'This week' }));
    expect(await plan().findByRole('heading', { name: 'Plan 2026-W13' })).toBeInTheDocument();
  });

  it('passes axe with boxes, findings and the form open', async () => {
    const api = await createTestApi();
    await seedPlan(api, [WORK_MONDAY, RUN_SERIES, { ...WORK_MONDAY, start: march(24, 20), end: march(24, 22), reason: 'release night' }]);
    const { user } = await renderPlan(api);
    await user.click(plan().getByRole('button', { name: 'Add a box…' }));
    expect(await axeViolations(document.documentElement)).toEqual([]);
  }, 30_000);
});
