// Which format a file is in, read from its header (or its first character, for JSON) unless the request says, and
// the reader for it. The file's size and rows count against the import's budget.
import type { ImportFormat } from '../../../shared/transferModel';
import { detailedCsvReader } from './detailedCsvReader';
import { refusedReader, type FileReader } from './fileReader';
import { harvestCsvReader } from './harvestCsvReader';
import type { ImportBudget } from './importBudget';
import { genericCsvReader, timelockCsvReader } from './isoCsvReader';
import { Columns, readCsvTable, stripBom } from './readCsvTable';
import { timelockJsonReader } from './timelockJsonReader';

export const FORMAT_NAMES: Record<ImportFormat, string> = {
  toggl: 'Toggl Track detailed CSV',
  clockify: 'Clockify detailed CSV',
  harvest: 'Harvest time CSV',
  generic: 'generic ISO-8601 CSV',
  'timelock-csv': 'Timelock CSV',
  'timelock-json': 'Timelock JSON',
};

/** The CSV format a header belongs to, or null. Toggl and Clockify share most names; Clockify's differ in case and extras. */
export function detectCsvFormat(header: readonly string[]): Exclude<ImportFormat, 'timelock-json'> | null {
  const columns = new Columns(header);
  if (columns.has('id') && columns.has('start') && columns.has('end') && columns.has('category')) return 'timelock-csv';
  if (columns.has('start date') && columns.has('start time')) {
    if (columns.has('duration (h)', 'duration (decimal)', 'group')) return 'clockify';
    if (columns.has('duration')) return 'toggl';
    // Neither duration column: Clockify writes "Start Date", Toggl "Start date".
    return header.some((name) => name.trim() === 'Start Date') ? 'clockify' : 'toggl';
  }
  if (columns.has('date', 'spent date') && columns.has('hours')) return 'harvest';
  if (columns.has('start') && columns.has('end') && columns.has('project', 'description')) return 'generic';
  return null;
}

export async function openFileReader(request: { text: string; fileName?: string; format?: ImportFormat }, timeZone: string, budget: ImportBudget): Promise<FileReader> {
  await budget.checkTextBytes(request.text);
  const text = stripBom(request.text);
  const looksJson = /^\s*[{[]/.test(text) || (request.fileName?.toLowerCase().endsWith('.json') ?? false);
  if (request.format === 'timelock-json' || (!request.format && looksJson)) return timelockJsonReader(text, budget);

  const table = await readCsvTable(text, budget);
  const format = request.format ?? detectCsvFormat(table.header);
  const name = request.fileName ? `${request.fileName} ` : 'The file ';
  if (table.header.length === 0) return refusedReader(format ?? 'generic', `${name}is empty: there is nothing to import.`);
  if (format === null) {
    const shown = table.header.slice(0, 8).map((h) => `'${h}'`).join(', ');
    return refusedReader(
      'generic',
      `${name}has columns (${shown}${table.header.length > 8 ? ', …' : ''}) that match none of the formats Timelock imports: ` +
        `${Object.values(FORMAT_NAMES).join(', ')}. Export a detailed report, or name the format.`,
    );
  }
  switch (format) {
    case 'toggl':
    case 'clockify':
      return detailedCsvReader(table, format, timeZone, budget);
    case 'harvest':
      return harvestCsvReader(table, timeZone, budget);
    case 'generic':
      return genericCsvReader(table, timeZone);
    case 'timelock-csv':
      return timelockCsvReader(table, timeZone);
  }
}
