import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ImportPreview } from '../../../../shared/transferModel';
import { createFakeApi } from '../../fakeApi';
import { NOW } from '../../fixtures';
import { renderAppOnFake as renderApp } from '../../renderApp';

const settings = { view: 'settings' as const };
const group = (name: string) => within(screen.getByRole('group', { name }));
const CSV = 'Project,Start date,Start time,End date,End time\nClimbing,2026-03-20,18:00:00,2026-03-20,19:30:00\n';

function previewOf(patch: Partial<ImportPreview> = {}): ImportPreview {
  return {
    format: 'toggl',
    rows: [{ line: 2, start: NOW - 5 * 86_400_000, end: NOW - 5 * 86_400_000 + 90 * 60_000, project: 'Climbing', category: 'Climbing', area: 'work', note: '', tags: [], status: 'new' }],
    total: 2,
    toImport: 1,
    duplicates: 0,
    problems: [{ line: 3, message: 'The end is before the start.' }],
    warnings: [],
    newCategories: [{ name: 'Climbing', area: 'work' }],
    mapping: [{ project: 'Climbing', category: 'Climbing', categoryId: null, area: 'work', created: true, rows: 1 }],
    needsReason: false,
    ...patch,
  };
}

describe('Settings: data', () => {
  it('shows the data folder read-only with a Copy button', async () => {
    const { user } = await renderApp(settings);
    expect(screen.getByText('/home/ada/.config/Timelock', { selector: 'code' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy path' }));
    // user-event stands in for the clipboard.
    expect(await navigator.clipboard.readText()).toBe('/home/ada/.config/Timelock');
    expect(await screen.findByText('Folder path copied.')).toBeInTheDocument();
  });

  it('in the desktop app, Show in file manager asks the main process to open its own data folder', async () => {
    const { user, api } = await renderApp({ ...settings, host: 'electron' });
    await user.click(screen.getByRole('button', { name: 'Show in file manager' }));
    expect(api.callsTo('app.reveal')).toEqual([{}]);
    expect(await screen.findByText('Opened in your file manager.')).toBeInTheDocument();
  });

  it('in the browser host there is no Show button: the path can only be copied', async () => {
    await renderApp({ ...settings, host: 'browser' });
    expect(screen.queryByRole('button', { name: 'Show in file manager' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy path' })).toBeInTheDocument();
  });

  it('import preview: a row from another year says its year; this year’s rows do not', async () => {
    const api = createFakeApi();
    const lastYear = Date.UTC(2025, 10, 3, 9, 0);
    const rows = [previewOf().rows[0]!, { ...previewOf().rows[0]!, line: 3, start: lastYear, end: lastYear + 3_600_000 }];
    api.answer('import.preview', () => ({ ok: true, value: previewOf({ rows }) }));
    const { user } = await renderApp({ ...settings, api });
    const imports = group('Import');
    await user.upload(imports.getByLabelText(/Export file from Toggl/), new File([CSV], 'toggl.csv', { type: 'text/csv' }));
    const table = within(await imports.findByRole('table', { name: 'The first rows' }));
    expect(table.getByRole('row', { name: /^3 / }).textContent).toMatch(/Nov 3, 2025/);
    expect(table.getByRole('row', { name: /^2 / }).textContent).toMatch(/Mar 20,/);
    expect(table.getByRole('row', { name: /^2 / }).textContent).not.toMatch(/2026/);
  });

  it('import: a file is previewed (rows, mapping, what is skipped and why); the area of a new category can change; Import applies', async () => {
    const api = createFakeApi();
    api.answer('import.preview', (request) => ({ ok: true, value: previewOf(request.map ? { mapping: [{ ...previewOf().mapping[0]!, area: 'fitness' }] } : {}) }));
    api.answer('import.apply', () => ({ ok: true, value: { imported: 1, skipped: 1, duplicates: 0, createdCategories: [{ id: 'c9', name: 'Climbing', area: 'fitness', color: '#56B4E9', archived: false }], problems: [], warnings: [] } }));
    const { user } = await renderApp({ ...settings, api });
    const imports = group('Import');
    await user.upload(imports.getByLabelText(/Export file from Toggl/), new File([CSV], 'toggl.csv', { type: 'text/csv' }));

    expect(await imports.findByText(/Read as Toggl CSV: 2 rows, 1 to import, 0 already there, 1 with a problem\./)).toBeInTheDocument();
    expect(api.callsTo('import.preview')).toEqual([{ text: CSV, fileName: 'toggl.csv' }]);
    expect(imports.getByText('Line 3: The end is before the start.')).toBeInTheDocument();
    expect(within(imports.getByRole('table', { name: 'The first rows' })).getByRole('row', { name: /^2 / })).toBeInTheDocument();

    await user.selectOptions(imports.getByRole('combobox', { name: 'Category for Climbing' }), 'area:fitness');
    expect(api.callsTo('import.preview').at(-1)).toEqual({ text: CSV, fileName: 'toggl.csv', map: { Climbing: 'area:fitness' } });
    await user.click(imports.getByRole('checkbox', { name: 'Leave out the rows with problems and import the rest' }));
    await user.click(imports.getByRole('button', { name: 'Import 1 entry' }));
    expect(api.callsTo('import.apply')).toEqual([{ text: CSV, fileName: 'toggl.csv', map: { Climbing: 'area:fitness' }, skipInvalid: true }]);
    expect(await imports.findByText('Imported 1 entry from toggl.csv; 1 left out with problems, 0 already there. New category: Climbing.')).toBeInTheDocument();
  });

  it('import: a file it cannot read is refused in words', async () => {
    const api = createFakeApi();
    api.fail('import.preview', { code: 'bad-request', message: 'toggl.csv has no Start date column.' });
    const { user } = await renderApp({ ...settings, api });
    await user.upload(group('Import').getByLabelText(/Export file/), new File(['nonsense'], 'toggl.csv'));
    expect((await group('Import').findByRole('alert')).textContent).toContain('toggl.csv has no Start date column.');
  });

  it('export: the chosen format and dates, saved as a download', async () => {
    const api = createFakeApi();
    api.answer('export.data', () => ({ ok: true, value: { fileName: 'timelock-2026-03.csv', mimeType: 'text/csv', content: 'a,b\n' } }));
    const createObjectURL = vi.fn(() => 'blob:timelock');
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
    expect(clicked).toEqual(['timelock-2026-03.csv']);
    expect(await exporter.findByText('Exported timelock-2026-03.csv.')).toBeInTheDocument();
  });

  it('backups: listed newest first; Restore asks first, then replaces the data and reloads', async () => {
    const api = createFakeApi();
    const backup = { id: 'timelock-2026-03-24', kind: 'daily' as const, createdAt: NOW - 86_400_000, path: '/data/backups/timelock-2026-03-24.json', sizeBytes: 20_480 };
    api.answer('backup.list', () => ({ ok: true, value: [backup] }));
    api.answer('backup.restore', () => ({
      ok: true,
      value: { restoredFrom: backup.id, safetyBackup: { ...backup, id: 'timelock-before-restore', kind: 'before-restore' }, entries: 12, categories: 4, warnings: [] },
    }));
    const { user } = await renderApp({ ...settings, api });
    const backups = group('Backups');
    const restore = await backups.findByRole('button', { name: 'Restore the backup of Tue, Mar 24, 11:00 AM' });
    expect(within(backups.getByRole('table')).getByText('Daily')).toBeInTheDocument();
    const snapshots = api.callsTo('app.snapshot').length;

    await user.click(restore);
    const dialog = within(await screen.findByRole('alertdialog', { name: 'Restore this backup?' }));
    await user.click(dialog.getByRole('button', { name: 'Restore backup' }));
    expect(api.callsTo('backup.restore')).toEqual([{ id: 'timelock-2026-03-24' }]);
    expect(await backups.findByText(/Restored the backup of Tue, Mar 24, 11:00 AM: 12 entries, 4 categories\./)).toBeInTheDocument();
    await waitFor(() => expect(api.callsTo('app.snapshot').length).toBe(snapshots + 1));
  });

  it('backups: none yet says what happens; Back up now makes one', async () => {
    const api = createFakeApi();
    api.answer('backup.create', () => ({ ok: true, value: { id: 'timelock-manual-1', kind: 'manual', createdAt: NOW, path: '/x.json', sizeBytes: 1000 } }));
    const { user } = await renderApp({ ...settings, api });
    expect(await group('Backups').findByText(/No backups yet\./)).toBeInTheDocument();
    await user.click(group('Backups').getByRole('button', { name: 'Back up now' }));
    expect(await group('Backups').findByText('Backed up: timelock-manual-1.')).toBeInTheDocument();
  });
});
