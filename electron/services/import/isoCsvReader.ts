// CSV layouts whose rows hold whole ISO-8601 instants: Timelock's own export, and the generic layout other trackers
// (solidtime) write (start, end, project, description, task, tags). Without an offset a time is local to the zone.
import { AREAS, entrySchema, type Area } from '../../../shared/model';
import type { ImportIssue } from '../../../shared/transferModel';
import { parseIsoInstant } from '../export/isoInstant';
import { decodeTags, TIMELOCK_CSV_COLUMNS, unprotectCell } from '../export/timelockCsv';
import { clampText, LIMITS, limitTags, NO_PROJECT, noteOf, projectName, splitTags, type FileReader, type RowOutcome } from './fileReader';
import { Columns, type CsvTable } from './readCsvTable';

export const GENERIC_COLUMNS = {
  start: ['start'],
  end: ['end'],
  project: ['project'],
  description: ['description'],
  task: ['task'],
  tags: ['tags'],
} as const;

function missingColumns(columns: Columns, required: readonly string[]): string[] {
  return required.filter((name) => !columns.has(name)).map((name) => `'${name}'`);
}

function fileProblem(table: CsvTable, missing: string[], what: string): ImportIssue[] {
  return missing.length ? [{ line: table.headerLine, message: `The file has no ${missing.join(', ')} column, which ${what} has.` }] : [];
}

/** Reads the start and end cells; a row whose times cannot be read, or run backwards, gets problems instead. */
function readSpan(startText: string, endText: string, timeZone: string, outcome: RowOutcome): { start: number; end: number } | null {
  const start = parseIsoInstant(startText, timeZone);
  const end = parseIsoInstant(endText, timeZone);
  if (typeof start === 'string') outcome.problems.push(`start: ${start}`);
  if (typeof end === 'string') outcome.problems.push(`end: ${end}`);
  if (typeof start === 'string' || typeof end === 'string') return null;
  const dst = [start.dst, end.dst].filter((said): said is string => said !== null);
  if (dst.length > 0) outcome.warnings.push(dst.join('; '));
  if (end.instant < start.instant) {
    outcome.problems.push('it ends before it starts');
    return null;
  }
  return { start: start.instant, end: end.instant };
}

export function genericCsvReader(table: CsvTable, timeZone: string): FileReader {
  const columns = new Columns(table.header);
  const at = Object.fromEntries(Object.entries(GENERIC_COLUMNS).map(([k, aliases]) => [k, columns.find(...aliases)])) as Record<keyof typeof GENERIC_COLUMNS, number>;
  return {
    format: 'generic',
    fileProblems: fileProblem(table, missingColumns(columns, ['start', 'end']), 'a generic ISO-8601 export'),
    warnings: [],
    rowProblems: table.problems,
    count: table.rows.length,
    read(i) {
      const csvRow = table.rows[i]!;
      const cell = (k: keyof typeof GENERIC_COLUMNS) => Columns.cell(csvRow, at[k]);
      const warnings: string[] = [];
      const project = projectName(cell('project'), warnings);
      const note = clampText(noteOf(cell('task'), cell('description')), LIMITS.note, 'description', warnings);
      const tags = splitTags(cell('tags'), warnings);
      const outcome: RowOutcome = { line: csvRow.line, shown: { project, note, tags }, problems: [], warnings };
      const span = readSpan(cell('start'), cell('end'), timeZone, outcome);
      if (span) outcome.row = { line: csvRow.line, ...span, project, note, tags, source: 'import:generic' };
      return outcome;
    },
  };
}

/** Timelock's own CSV: every text kept exactly as written (no trimming), so a round trip loses nothing. */
export function timelockCsvReader(table: CsvTable, timeZone: string): FileReader {
  const columns = new Columns(table.header);
  const at = Object.fromEntries(TIMELOCK_CSV_COLUMNS.map((name) => [name, columns.find(name)])) as Record<(typeof TIMELOCK_CSV_COLUMNS)[number], number>;
  return {
    format: 'timelock-csv',
    fileProblems: fileProblem(table, missingColumns(columns, ['start', 'end', 'category']), 'a Timelock CSV export'),
    warnings: [],
    rowProblems: table.problems,
    count: table.rows.length,
    read(i) {
      const csvRow = table.rows[i]!;
      const cell = (name: (typeof TIMELOCK_CSV_COLUMNS)[number]) => unprotectCell(Columns.cell(csvRow, at[name]));
      const warnings: string[] = [];
      const problems: string[] = [];
      // Trimmed only: a category's name is stored trimmed, and any inner spaces are its own.
      const project = clampText(cell('category').trim(), LIMITS.name, 'category name', warnings) || NO_PROJECT;
      const note = clampText(cell('note'), LIMITS.note, 'note', warnings);
      const decoded = decodeTags(cell('tags'));
      if (decoded === null) problems.push(`tags: '${cell('tags')}' is not a list of tags`);
      const tags = limitTags(decoded ?? [], warnings);
      const outcome: RowOutcome = { line: csvRow.line, shown: { project, note, tags }, problems, warnings };
      const areaText = cell('area').trim().toLowerCase();
      const area = AREAS.find((a) => a === areaText);
      if (areaText !== '' && !area) problems.push(`area: '${cell('area')}' is not a life area (work, fitness or family)`);
      const span = readSpan(cell('start'), cell('end'), timeZone, outcome);
      if (!span || problems.length > 0) return outcome;

      const id = cell('id');
      const reason = cell('override reason');
      const entry = { id: id === '' ? 'x' : id, categoryId: 'x', ...span, note, tags, source: cell('source') || 'import:timelock', ...(reason ? { overrideReason: reason } : {}) };
      const checked = entrySchema.safeParse(entry);
      if (!checked.success) {
        problems.push(...checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
        return outcome;
      }
      outcome.row = {
        line: csvRow.line,
        ...span,
        project,
        ...(area ? { area: area as Area } : {}),
        note,
        tags,
        source: entry.source,
        ...(id === '' ? {} : { id }),
        ...(reason ? { overrideReason: reason } : {}),
      };
      return outcome;
    },
  };
}
