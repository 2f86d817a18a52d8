import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../axeViolations';
import { renderApp } from '../../renderApp';

// Forms that act on a record with their own button (a category, the weekly cap's steps, days off) keep what was
// typed while the person looks at another view, and the page counts it as not saved until that button applies it.
type Stores = Awaited<ReturnType<typeof renderApp>>['stores'];

const form = (name: string) => within(screen.getByRole('form', { name }));
const settingsLink = () => within(screen.getByRole('navigation', { name: 'Views' })).getByRole('link', { name: 'Settings' });
const headerMark = () => {
  const id = settingsLink().getAttribute('aria-describedby');
  return id ? document.getElementById(id)?.textContent : null;
};
const bar = () => screen.getByText(/^(Typed, not applied yet:|Changed, not saved yet:|All settings are saved\.)/);
const valueOf = (element: HTMLElement) => (element as HTMLInputElement).value;

/** Goes to Week (the header still marks Settings there), then back to Settings. */
async function toWeekAndBack(stores: Stores) {
  stores.nav.getState().go('week');
  await screen.findByRole('heading', { level: 2, name: /^Week/ });
  expect(headerMark()).toBe('Changed settings not saved yet');
  stores.nav.getState().go('settings');
  await screen.findByRole('heading', { level: 2, name: 'Settings' });
}

describe('Settings: text typed into a form with its own button survives leaving Settings, marked unsaved', () => {
  it('a category renamed and not saved: still typed after Week, marked on the row, in the bar and the header; Save applies it and the marks go', async () => {
    const { api, stores, user, container } = await renderApp({ view: 'settings' });
    const reading = api.categoryId('Reading');
    const name = () => form('Category Reading').getByRole('textbox', { name: 'Name' });
    await user.clear(name());
    await user.type(name(), 'Books');
    await user.selectOptions(form('Category Reading').getByRole('combobox', { name: 'Life area' }), 'Work');

    await toWeekAndBack(stores);
    expect(valueOf(name())).toBe('Books');
    expect(valueOf(form('Category Reading').getByRole('combobox', { name: 'Life area' }))).toBe('work');
    expect(form('Category Reading').getByText('Changed, not saved yet')).toBeInTheDocument();
    expect(bar().textContent).toMatch(/^Typed, not applied yet: Category “Reading” \(each with its own button\)\. Kept while you look at other views/);
    // The page's Save is for settings; the rename is applied by the row's own Save, so none is offered up there.
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
    expect(api.callsTo('categories.update')).toEqual([]);
    expect(await axeViolations(container)).toEqual([]);

    await user.click(form('Category Reading').getByRole('button', { name: 'Save Reading' }));
    expect(api.callsTo('categories.update')).toEqual([{ id: reading, name: 'Books', area: 'work', color: '#CC79A7' }]);
    expect(await screen.findByText('Books saved.')).toBeInTheDocument();
    await waitFor(() => expect(bar().textContent).toBe('All settings are saved.'));
    expect(form('Category Books').queryByText('Changed, not saved yet')).toBeNull();
    expect(headerMark()).toBeNull();
  }, 30_000);

  it('a weekly cap step typed for a chosen week: still typed after Week and marked; Undo all changes puts the form back', async () => {
    const { api, stores, user } = await renderApp({ view: 'settings' });
    const timeline = () => form('Change the weekly cap from a week');
    await user.type(timeline().getByRole('textbox', { name: 'New weekly cap (hours)' }), '28');
    await user.click(timeline().getByRole('radio', { name: 'A chosen week' }));
    await user.type(timeline().getByRole('textbox', { name: 'Week (2027-W10, or a date in it)' }), '2026-W20');

    await toWeekAndBack(stores);
    expect(valueOf(timeline().getByRole('textbox', { name: 'New weekly cap (hours)' }))).toBe('28');
    expect(timeline().getByRole('radio', { name: 'A chosen week' })).toBeChecked();
    expect(valueOf(timeline().getByRole('textbox', { name: 'Week (2027-W10, or a date in it)' }))).toBe('2026-W20');
    expect(timeline().getByText('Changed, not saved yet')).toBeInTheDocument();
    expect(bar().textContent).toMatch(/^Typed, not applied yet: Change the weekly cap from a week /);
    expect(api.callsTo('boundaries.set')).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Undo all changes' }));
    expect(valueOf(timeline().getByRole('textbox', { name: 'New weekly cap (hours)' }))).toBe('');
    expect(timeline().getByRole('radio', { name: 'This week' })).toBeChecked();
    expect(bar().textContent).toBe('All settings are saved.');
    expect(headerMark()).toBeNull();
  }, 30_000);

  it('a setting and a typed step together: the bar names both, Save changes sends the setting only, and the step stays typed', async () => {
    const { api, stores, user } = await renderApp({ view: 'settings' });
    await user.type(form('Change the weekly cap from a week').getByRole('textbox', { name: 'New weekly cap (hours)' }), '28');
    await user.click(form('Lock mode').getByRole('radio', { name: 'Hard' }));
    await toWeekAndBack(stores);
    expect(bar().textContent).toMatch(/^Changed, not saved yet: Lock mode\. Typed, not applied yet: Change the weekly cap from a week \(each with its own button\)\. Kept while you look at other views until you save, apply or undo them\./);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(api.callsTo('settings.update')).toHaveLength(1));
    expect(api.callsTo('boundaries.set')).toEqual([]);
    await waitFor(() => expect(bar().textContent).toMatch(/^Typed, not applied yet: Change the weekly cap from a week/));
    expect(valueOf(form('Change the weekly cap from a week').getByRole('textbox', { name: 'New weekly cap (hours)' }))).toBe('28');
  }, 30_000);

  it('a new category’s name and days off typed and not added: still there after Week and marked; closing the browser tab asks first', async () => {
    const { api, stores, user } = await renderApp({ view: 'settings', host: 'browser' });
    await user.type(form('Add a category').getByRole('textbox', { name: 'Name' }), 'Climbing');
    await user.type(form('Add days off').getByLabelText('First day off'), '2026-04-06');
    await user.type(form('Add days off').getByRole('textbox', { name: 'Note (optional)' }), 'Easter');

    await toWeekAndBack(stores);
    expect(valueOf(form('Add a category').getByRole('textbox', { name: 'Name' }))).toBe('Climbing');
    expect(valueOf(form('Add days off').getByLabelText('First day off'))).toBe('2026-04-06');
    expect(valueOf(form('Add days off').getByRole('textbox', { name: 'Note (optional)' }))).toBe('Easter');
    expect(form('Add a category').getByText('Changed, not added yet')).toBeInTheDocument();
    expect(form('Add days off').getByText('Changed, not added yet')).toBeInTheDocument();
    expect(bar().textContent).toMatch(/^Typed, not applied yet: Add a category, Add days off /);
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);

    await user.click(form('Add a category').getByRole('button', { name: 'Add category' }));
    await user.click(form('Add days off').getByRole('button', { name: 'Add days off' }));
    expect(api.callsTo('categories.add')).toEqual([{ name: 'Climbing', area: 'work', color: expect.any(String) }]);
    expect(api.callsTo('daysOff.add')).toEqual([{ from: '2026-04-06', kind: 'vacation', note: 'Easter' }]);
    await waitFor(() => expect(bar().textContent).toBe('All settings are saved.'));
    expect(valueOf(form('Add a category').getByRole('textbox', { name: 'Name' }))).toBe('');
    const after = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(after);
    expect(after.defaultPrevented).toBe(false);
  }, 30_000);

  it('clearing what was typed leaves nothing unsaved: back to the stored name, no mark', async () => {
    const { user } = await renderApp({ view: 'settings' });
    const name = form('Category Reading').getByRole('textbox', { name: 'Name' });
    await user.type(name, 's');
    expect(bar().textContent).toMatch(/^Typed, not applied yet: Category “Reading”/);
    await user.type(name, '{Backspace}');
    expect(bar().textContent).toBe('All settings are saved.');
    expect(headerMark()).toBeNull();
  });
});
