// Harvest's time CSV: one row per day and task with hours, no clock times. Each day's rows are placed from 09:00
// local time, one after another in file order, so a day of 2.5 h and 1 h becomes 09:00–11:30 and 11:30–12:30; a
// day whose hours would run past midnight from 09:00 starts as late as still ends by midnight (20 h: 04:00–24:00),
// so its hours stay on its date instead of spilling into the next one as work after midnight that was never done.
import { dayBounds, formatDate } from '../../../shared/domain/time';
import type { ImportIssue } from '../../../shared/transferModel';
import type { ImportBudget } from './importBudget';
import { clampText, LIMITS, noteOf, projectName, type FileReader, type RowOutcome } from './fileReader';
import { Columns, type CsvTable } from './readCsvTable';
import { dateOrderOf, localInstant, parseDateText, parseDecimalHours } from './wallClock';

export const HARVEST_COLUMNS = {
  date: ['Date', 'Spent Date'],
  hours: ['Hours'],
  project: ['Project'],
  task: ['Task'],
  notes: ['Notes'],
} as const;

/** Where a day's first duration-only row starts: a plain working morning. */
export const HARVEST_DAY_START = { hour: 9, minute: 0, second: 0, millisecond: 0, hasSeconds: true } as const;

export async function harvestCsvReader(table: CsvTable, timeZone: string, budget: ImportBudget): Promise<FileReader> {
  const columns = new Columns(table.header);
  const at = Object.fromEntries(Object.entries(HARVEST_COLUMNS).map(([k, aliases]) => [k, columns.find(...aliases)])) as Record<
    keyof typeof HARVEST_COLUMNS,
    number
  >;
  const missing = (['date', 'hours'] as const).filter((k) => at[k] < 0).map((k) => `'${HARVEST_COLUMNS[k][0]}'`);
  const fileProblems: ImportIssue[] = missing.length
    ? [{ line: table.headerLine, message: `The file has no ${missing.join(' or ')} column, which a Harvest time export has.` }]
    : [];
  const order = await dateOrderOf(table.rows, [at.date], budget);
  /** Each row's date and hours, read once here for the day totals and kept for read(). */
  const parsed: Array<{ date: ReturnType<typeof parseDateText>; hoursText: string; length: number | null }> = [];
  /** Each date's hours over the whole file, rows in any order: where the first of them must start to end by midnight. */
  const dayTotals = new Map<string, number>();
  for (const row of table.rows) {
    const date = parseDateText(Columns.cell(row, at.date), order);
    const hoursText = Columns.cell(row, at.hours).trim();
    const length = parseDecimalHours(hoursText);
    parsed.push({ date, hoursText, length });
    if (typeof date !== 'string' && length !== null) {
      const key = formatDate(date);
      dayTotals.set(key, (dayTotals.get(key) ?? 0) + length);
    }
    await budget.pause();
  }
  /** The end of the last row placed on each local date. */
  const placedUntil = new Map<string, number>();

  return {
    format: 'harvest',
    fileProblems,
    warnings: [],
    rowProblems: table.problems,
    count: table.rows.length,
    read(i) {
      const csvRow = table.rows[i]!;
      const cell = (k: keyof typeof HARVEST_COLUMNS) => Columns.cell(csvRow, at[k]);
      const problems: string[] = [];
      const warnings: string[] = [];
      const project = projectName(cell('project'), warnings);
      const note = clampText(noteOf(cell('task'), cell('notes')), LIMITS.note, 'notes', warnings);
      const outcome: RowOutcome = { line: csvRow.line, shown: { project, note, tags: [] }, problems, warnings };

      const { date, hoursText, length } = parsed[i]!;
      if (typeof date === 'string') problems.push(`date: ${date}`);
      if (length === null) problems.push(`hours: '${hoursText}' is not a number of hours (such as 1.5, 0,25 or 1:30)`);
      if (typeof date === 'string' || length === null) return outcome;

      const key = formatDate(date);
      let start = placedUntil.get(key);
      if (start === undefined) {
        const first = localInstant(date, HARVEST_DAY_START, timeZone);
        if (first.dst) warnings.push(first.dst);
        const day = dayBounds(date, timeZone);
        const total = dayTotals.get(key) ?? length;
        start = Math.max(day.start, Math.min(first.instant, day.end - total));
        if (total > day.end - day.start) {
          warnings.push(`the hours of ${key} add up to ${Math.round((total / 3_600_000) * 100) / 100} h, more than the day holds: they run into the next day`);
        }
      }
      placedUntil.set(key, start + length);
      outcome.row = { line: csvRow.line, start, end: start + length, project, note, tags: [], source: 'import:harvest' };
      return outcome;
    },
  };
}
