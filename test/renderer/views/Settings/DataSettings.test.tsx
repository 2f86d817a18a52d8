import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { NOW } from '../../fixtures';
import { renderApp } from '../../renderApp';
import { createTestApi } from '../../testApi';

const settings = { view: 'settings' as const };
const group = (name: string) => within(screen.getByRole('group', { name }));
const HEADER = 'Project,Start date,Start time,End date,End time\n';
/** A Toggl export: Climbing on Friday 20 March, and a row whose end is before its start. */
const CSV = `${HEADER}Climbing,2026-03-20,18:00:00,2026-03-20,19:30:00\nClimbing,2026-03-21,10:00:00,2026-03-21,09:00:00\n`;

describe('Settings: data', () => {
  it('shows the data folder read-only with a Copy button', async () => {
    const { user, api } = await renderApp(settings);
    expect(screen.getByText(api.host.dataDir, { selector: 'code' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy path' }));
    // user-event stands in for the clipboard.
    expect(await navigator.clipboard.readText()).toBe(api.host.dataDir);
    expect(await screen.findByText('Folder path copied.')).toBeInTheDocument();
  });

  it('in the desktop app, Show in file manager asks the main process to open its own data folder', async () => {
    const { user, api } = await renderApp({ ...settings, host: 'electron' });
    await user.click(screen.getByRole('button', { name: 'Show in file manager' }));
    expect(api.callsTo('app.reveal')).toEqual([{}]);
    expect(await screen.findByText('Opened in your file manager.')).toBeInTheDocument();
    expect(api.revealed).toEqual([api.host.dataDir]);
  });

  it('in the browser host there is no Show button: the path can only be copied', async () => {
    await renderApp({ ...settings, host: 'browser' });
    expect(screen.queryByRole('button', { name: 'Show in file manager' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy path' })).toBeInTheDocument();
  });

  it('import preview: a row from another year says its year; this year’s rows do not', async () => {
    const { user } = await renderApp(settings);
    const imports = group('Import');
    const twoYears = `${HEADER}Climbing,2026-03-20,18:00:00,2026-03-20,19:30:00\nClimbing,2025-11-03,09:00:00,2025-11-03,10:00:00\n`;
    await user.upload(imports.getByLabelText(/Export file from Toggl/), new File([twoYears], 'toggl.csv', { type: 'text/csv' }));
    const table = within(await imports.findByRole('table', { name: 'The first rows' }));
    expect(table.getByRole('row', { name: /^3 / }).textContent).toMatch(/Nov 3, 2025/);
    expect(table.getByRole('row', { name: /^2 / }).textContent).toMatch(/Mar 20,/);
    expect(table.getByRole('row', { name: /^2 / }).textContent).not.toMatch(/2026/);
  });

  it('import: a file is previewed (rows, mapping, what is skipped and why); the area of a new category can change; Import applies', async () => {
    const { user, api } = await renderApp(settings);
    const imports = group('Import');
    await user.upload(imports.getByLabelText(/Export file from Toggl/), new File([CSV], 'toggl.csv', { type: 'text/csv' }));

    expect(await imports.findByText(/Read as Toggl CSV: 2 rows, 1 to import, 0 already there, 1 with a problem\./)).toBeInTheDocument();
    expect(api.callsTo('import.preview')).toEqual([{ text: CSV, fileName: 'toggl.csv' }]);
    expect(imports.getByText('Line 3: it ends before it starts.')).toBeInTheDocument();
    expect(within(imports.getByRole('table', { name: 'The first rows' })).getByRole('row', { name: /^2 / })).toBeInTheDocument();

    await user.selectOptions(imports.getByRole('combobox', { name: 'Category for Climbing' }), 'area:fitness');
    expect(api.callsTo('import.preview').at(-1)).toEqual({ text: CSV, fileName: 'toggl.csv', map: { Climbing: 'area:fitness' } });
    // With the broken row kept in, the service would refuse the whole file: said before anything is sent.
    await user.click(imports.getByRole('button', { name: 'Import 1 entry' }));
    expect(await imports.findByText(/^1 row has a problem, so nothing would be imported: tick “Leave out the rows with problems” to import the other 1 entry/)).toBeInTheDocument();
    expect(api.callsTo('import.apply')).toEqual([]);
    await user.click(imports.getByRole('checkbox', { name: 'Leave out the rows with problems and import the rest' }));
    await user.click(imports.getByRole('button', { name: 'Import 1 entry' }));
    expect(api.callsTo('import.apply')).toEqual([{ text: CSV, fileName: 'toggl.csv', map: { Climbing: 'area:fitness' }, skipInvalid: true }]);
    expect(await imports.findByText('Imported 1 entry from toggl.csv; 1 left out with problems, 0 already there. New category: Climbing.')).toBeInTheDocument();
    // The real import service saved them: a Fitness category and its hour and a half.
    const climbing = api.host.app.store.getCategories().find((c) => c.name === 'Climbing');
    expect(climbing?.area).toBe('fitness');
    expect(api.host.app.store.getEntries().map((e) => [e.categoryId, (e.end - e.start) / 60_000])).toEqual([[climbing?.id, 90]]);
  });

  it('import under the soft lock: the rows that need a reason are listed as such and counted in Import, which imports them with the one reason typed', async () => {
    // Work at 18:00 is outside the default windows (a reason passes it); 10:00 is inside; the third row is broken.
    const api = await createTestApi({ settings: { lockMode: 'soft' } });
    const { user } = await renderApp({ ...settings, api });
    const imports = group('Import');
    const text = `${HEADER}Evening,2026-03-18,18:00:00,2026-03-18,19:30:00\nMorning,2026-03-19,10:00:00,2026-03-19,11:00:00\nBroken,2026-03-19,14:00:00,2026-03-19,13:00:00\n`;
    await user.upload(imports.getByLabelText(/Export file from Toggl/), new File([text], 'toggl.csv', { type: 'text/csv' }));
    await user.selectOptions(await imports.findByRole('combobox', { name: 'Category for Evening' }), `category:${api.categoryId('Work')}`);
    await user.selectOptions(imports.getByRole('combobox', { name: 'Category for Morning' }), `category:${api.categoryId('Work')}`);

    expect(await imports.findByText(/2 to import \(1 of them with the reason you give below\), 0 already there, 1 with a problem\./)).toBeInTheDocument();
    const needReason = within(imports.getByRole('list', { name: 'Work outside your windows or past a cap (imported with the reason you give below)' }));
    expect(needReason.getAllByRole('listitem').map((li) => li.textContent)).toEqual([expect.stringMatching(/^Line 2: 1 h 30 min of it falls outside your work windows\./)]);
    const problems = within(imports.getByRole('list', { name: 'Rows with problems (left out only if you choose so below)' }));
    expect(problems.getAllByRole('listitem').map((li) => li.textContent)).toEqual([expect.stringMatching(/^Line 4: it ends before it starts/)]);
    expect(within(imports.getByRole('table', { name: 'The first rows' })).getByRole('row', { name: /^2 / }).textContent).toMatch(/New, with your reason/);

    // No reason yet: Import asks for it and sends nothing.
    await user.click(imports.getByRole('checkbox', { name: 'Leave out the rows with problems and import the rest' }));
    await user.click(imports.getByRole('button', { name: 'Import 2 entries' }));
    expect(await imports.findByText(/type a reason to import them/)).toBeInTheDocument();
    expect(api.callsTo('import.apply')).toEqual([]);

    await user.type(imports.getByRole('textbox', { name: 'Reason for work outside your windows or past a cap' }), 'catching up');
    await user.click(imports.getByRole('button', { name: 'Import 2 entries' }));
    expect(await imports.findByText(/^Imported 2 entries from toggl\.csv; 1 left out with problems, 0 already there\./)).toBeInTheDocument();
    // The evening's hour and a half with the reason kept; the morning's hour, inside the windows, without one.
    expect(api.host.app.store.getEntries().map((e) => [(e.end - e.start) / 60_000, e.overrideReason])).toEqual([
      [90, 'catching up'],
      [60, undefined],
    ]);
  });

  it('import of a Timelock file: what of it the import leaves (a day off not here) is said before Import, with how to take it', async () => {
    const { user, api } = await renderApp(settings);
    await api.host.call('daysOff.add', { from: '2026-03-02', kind: 'sick' });
    const file = await api.host.call('export.data', { format: 'json' });
    await api.host.call('daysOff.remove', { date: '2026-03-02' });
    await user.upload(group('Import').getByLabelText(/Export file/), new File([file.content], 'timelock.json', { type: 'application/json' }));
    expect(
      await group('Import').findByText(
        "The file also holds what the data here does not: 1 day off. An import takes only entries and their categories; to take everything, restore the file instead (timelock restore FILE on the command line): it replaces all the data here with the file's, and keeps what is here now as a backup first.",
      ),
    ).toBeInTheDocument();
  });

  it('import: a file it cannot read is refused in words', async () => {
    const { user, api } = await renderApp(settings);
    await user.upload(group('Import').getByLabelText(/Export file/), new File(['nonsense'], 'toggl.csv'));
    // The real import service lists the refusal as the file's one problem, the file named as the person named it.
    expect(await group('Import').findByText(/^toggl\.csv has columns \('nonsense'\) that match none of the formats Timelock imports: /)).toBeInTheDocument();
    expect(group('Import').getByText(/0 rows, 0 to import/)).toBeInTheDocument();
    expect(api.host.app.store.getEntries()).toEqual([]);
  });

  it('export: the chosen format and dates, saved as a download', async () => {
    const api = await createTestApi();
    await api.host.call('entries.add', { categoryId: 'work', start: NOW - 2 * 3_600_000, end: NOW - 3_600_000, note: 'report' });
    const saved: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      saved.push(blob);
      return 'blob:timelock';
    });
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const { user } = await renderApp({ ...settings, api });
    const exporter = within(screen.getByRole('form', { name: 'Export' }));
    await user.selectOptions(exporter.getByRole('combobox', { name: 'Format' }), 'csv');
    await user.type(exporter.getByLabelText('From (optional)'), '2026-03-01');
    await user.type(exporter.getByLabelText('To (optional)'), '2026-03-31');
    await user.click(exporter.getByRole('button', { name: 'Export' }));
    expect(api.callsTo('export.data')).toEqual([{ format: 'csv', from: '2026-03-01', to: '2026-03-31' }]);
    expect(clicked).toEqual(['timelock-2026-03-01-to-2026-03-31.csv']);
    expect(await exporter.findByText('Exported timelock-2026-03-01-to-2026-03-31.csv.')).toBeInTheDocument();
    // What the real export service wrote: the morning's entry, with its note.
    expect(await saved[0]!.text()).toMatch(/report/);
  });

  it('backups: listed newest first; Restore asks first, then replaces the data and reloads', async () => {
    // Yesterday's daily backup, made by the real backup service with an entry in it; an entry added since.
    const api = await createTestApi({ now: NOW - 86_400_000 });
    await api.host.call('entries.add', { categoryId: 'work', start: NOW - 86_400_000 - 3_600_000, end: NOW - 86_400_000 });
    api.host.app.services.backups.ensureDaily();
    api.clock.set(NOW);
    await api.host.call('entries.add', { categoryId: 'work', start: NOW - 3_600_000, end: NOW });
    const { user } = await renderApp({ ...settings, api });
    const backups = group('Backups');
    const restore = await backups.findByRole('button', { name: 'Restore the backup of Tue, Mar 24, 11:00 AM' });
    expect(within(backups.getByRole('table')).getByText('Daily')).toBeInTheDocument();
    const snapshots = api.callsTo('app.snapshot').length;

    await user.click(restore);
    const dialog = within(await screen.findByRole('alertdialog', { name: 'Restore this backup?' }));
    await user.click(dialog.getByRole('button', { name: 'Restore backup' }));
    expect(api.callsTo('backup.restore')).toHaveLength(1);
    expect(await backups.findByText(/Restored the backup of Tue, Mar 24, 11:00 AM: 1 entry, 5 categories\./)).toBeInTheDocument();
    // What it did to the settings is said too, not only entries and categories.
    expect(backups.getByText(/^The settings stay as they were: the time zone, the settings history and the days off are unchanged\.$/)).toBeInTheDocument();
    await waitFor(() => expect(api.callsTo('app.snapshot').length).toBe(snapshots + 1));
    expect(api.host.app.store.getEntries()).toHaveLength(1);
  });

  it('backups: none yet says what happens; Back up now makes one', async () => {
    const { user, api } = await renderApp(settings);
    expect(await group('Backups').findByText(/No backups yet\./)).toBeInTheDocument();
    await user.click(group('Backups').getByRole('button', { name: 'Back up now' }));
    const [made] = await api.host.call('backup.list', {});
    expect(made?.kind).toBe('manual');
    expect(await group('Backups').findByText(`Backed up: ${made?.id}.`)).toBeInTheDocument();
  });
});
