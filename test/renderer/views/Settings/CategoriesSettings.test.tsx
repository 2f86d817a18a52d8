import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestApi } from '../../testApi';
import { renderApp } from '../../renderApp';

const row = (name: string) => within(screen.getByRole('form', { name: `Category ${name}` }));
const settings = { view: 'settings' as const };

describe('Settings: categories', () => {
  it('lists every category, archived ones last and marked, with their area and a named colour', async () => {
    await renderApp(settings);
    const list = within(screen.getByRole('list', { name: 'Categories' }));
    expect(list.getAllByRole('form').map((f) => f.getAttribute('aria-label'))).toEqual([
      'Category Work',
      'Category Fitness',
      'Category Family',
      'Category Reading',
      'Category Old project',
    ]);
    expect((row('Reading').getByRole('combobox', { name: 'Life area' }) as HTMLSelectElement).value).toBe('family');
    expect((row('Work').getByRole('combobox', { name: 'Colour' }) as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('Blue');
    expect(row('Old project').getByText(/Archived: not offered for new time; its past entries still count\./)).toBeInTheDocument();
  });

  it('adds a category mapped to fitness, in the first colour not in use', async () => {
    const api = await createTestApi();
    const { user } = await renderApp({ ...settings, api });
    const add = within(screen.getByRole('form', { name: 'Add a category' }));
    await user.type(add.getByRole('textbox', { name: 'Name' }), 'Climbing');
    await user.selectOptions(add.getByRole('combobox', { name: 'Life area' }), 'Fitness');
    await user.click(add.getByRole('button', { name: 'Add category' }));
    expect(api.callsTo('categories.add')).toEqual([{ name: 'Climbing', area: 'fitness', color: '#56B4E9' }]);
    expect(await add.findByText('Climbing added to fitness.')).toBeInTheDocument();
    expect(await screen.findByRole('form', { name: 'Category Climbing' })).toBeInTheDocument();
  });

  it('a name typed with its accents decomposed (as macOS may type it) is the name of an existing category: refused, nothing added', async () => {
    const api = await createTestApi();
    await api.host.call('categories.add', { name: 'Caf\u00e9', area: 'family' });
    const { user } = await renderApp({ ...settings, api });
    const add = within(screen.getByRole('form', { name: 'Add a category' }));
    await user.type(add.getByRole('textbox', { name: 'Name' }), 'cafe\u0301');
    await user.click(add.getByRole('button', { name: 'Add category' }));
    expect(await add.findByText('A category called Caf\u00e9 exists already.')).toBeInTheDocument();
    expect(api.host.app.store.getCategories().map((c) => c.name)).toEqual(['Work', 'Fitness', 'Family', 'Reading', 'Old project', 'Caf\u00e9']);
  });

  it('renames, recolours and moves a category to another area in one save', async () => {
    const api = await createTestApi();
    const readingId = api.categoryId('Reading');
    const { user } = await renderApp({ ...settings, api });
    const reading = row('Reading');
    await user.clear(reading.getByRole('textbox', { name: 'Name' }));
    await user.type(reading.getByRole('textbox', { name: 'Name' }), 'Books');
    await user.selectOptions(reading.getByRole('combobox', { name: 'Life area' }), 'Work');
    await user.selectOptions(reading.getByRole('combobox', { name: 'Colour' }), 'Yellow');
    await user.click(reading.getByRole('button', { name: 'Save Reading' }));
    expect(api.callsTo('categories.update')).toEqual([{ id: readingId, name: 'Books', area: 'work', color: '#F0E442' }]);
    expect(await screen.findByText('Books saved.')).toBeInTheDocument();
  });

  it('a move to another area says, with "saved", what it moves in the weeks already lived', async () => {
    const api = await createTestApi();
    const categoryId = api.categoryId('Reading');
    for (const date of ['2026-03-11', '2026-03-18']) await api.host.call('entries.add', { categoryId, start: Date.parse(`${date}T18:00:00Z`), end: Date.parse(`${date}T20:00:00Z`) });
    const { user } = await renderApp({ ...settings, api });
    await user.selectOptions(row('Reading').getByRole('combobox', { name: 'Life area' }), 'Work');
    await user.click(row('Reading').getByRole('button', { name: 'Save Reading' }));
    expect(
      await screen.findByText(
        'Reading saved. Reading now counts as work, in past weeks too: 2 h a week in 2026-W11–W12 moved from family to work; their work against the cap, off-hours work and balance change with it.',
      ),
    ).toBeInTheDocument();
  });

  it('archives and brings back a category; its history is kept', async () => {
    const api = await createTestApi();
    const { user } = await renderApp({ ...settings, api });
    await user.click(row('Family').getByRole('button', { name: 'Archive Family' }));
    expect(api.callsTo('categories.update')).toEqual([{ id: 'family', archived: true }]);
    expect(await screen.findByText('Family archived; its history is kept.')).toBeInTheDocument();
    await waitFor(() => expect(row('Family').getByRole('button', { name: 'Unarchive Family' })).toBeInTheDocument());
    await user.click(row('Family').getByRole('button', { name: 'Unarchive Family' }));
    expect(api.callsTo('categories.update').at(-1)).toEqual({ id: 'family', archived: false });
  });

  it('a refusal is shown in words on the row', async () => {
    const api = await createTestApi();
    const { user } = await renderApp({ ...settings, api });
    await user.clear(row('Reading').getByRole('textbox', { name: 'Name' }));
    await user.type(row('Reading').getByRole('textbox', { name: 'Name' }), 'Work{Enter}');
    expect((await row('Reading').findByRole('alert')).textContent).toBe('A category called Work exists already.');
  });
});
