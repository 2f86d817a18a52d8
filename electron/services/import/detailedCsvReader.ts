// Toggl Track and Clockify "Detailed" CSV: a start and an end as local date and clock time, and the file's own
// duration. The two differ only in names and habits (Clockify: US dates, 12-hour times, `Duration (h)`), so one
// reader takes both, finding columns by name wherever they are.
import { MINUTE, addDays } from '../../../shared/domain/time';
import { durationClock } from '../../../shared/domain/words';
import type { ImportIssue } from '../../../shared/transferModel';
import type { ImportBudget } from './importBudget';
import { clampText, LIMITS, noteOf, projectName, splitTags, type FileReader, type RowOutcome } from './fileReader';
import { Columns, type CsvTable } from './readCsvTable';
import {
  dateOrderOf,
  localInstant,
  parseClockText,
  parseDateText,
  parseDurationText,
  type ClockTime,
  type LocalInstant,
} from './wallClock';

export const DETAILED_COLUMNS = {
  startDate: ['Start date'],
  startTime: ['Start time'],
  endDate: ['End date', 'Stop date'],
  endTime: ['End time', 'Stop time'],
  duration: ['Duration (h)', 'Duration'],
  project: ['Project'],
  description: ['Description'],
  task: ['Task', 'Activity'],
  tags: ['Tags'],
} as const;

const REQUIRED = ['startDate', 'startTime', 'endTime'] as const;

export async function detailedCsvReader(table: CsvTable, format: 'toggl' | 'clockify', timeZone: string, budget: ImportBudget): Promise<FileReader> {
  const columns = new Columns(table.header);
  const at = Object.fromEntries(Object.entries(DETAILED_COLUMNS).map(([k, aliases]) => [k, columns.find(...aliases)])) as Record<
    keyof typeof DETAILED_COLUMNS,
    number
  >;
  const missing = REQUIRED.filter((k) => at[k] < 0).map((k) => `'${DETAILED_COLUMNS[k][0]}'`);
  const fileProblems: ImportIssue[] = missing.length
    ? [{ line: table.headerLine, message: `The file has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''}, which a ${format === 'toggl' ? 'Toggl' : 'Clockify'} detailed export has.` }]
    : [];
  const order = await dateOrderOf(table.rows, [at.startDate, at.endDate], budget);
  const warnings: ImportIssue[] =
    order === 'dmy' ? [{ line: 0, message: 'Dates such as 25/03/2024 were read day first (DD/MM/YYYY), as some of them cannot be month first.' }] : [];
  const source = `import:${format}`;

  return {
    format,
    fileProblems,
    warnings,
    rowProblems: table.problems,
    count: table.rows.length,
    read(i) {
      const csvRow = table.rows[i]!;
      const cell = (k: keyof typeof DETAILED_COLUMNS) => Columns.cell(csvRow, at[k]);
      const problems: string[] = [];
      const notes: string[] = [];
      const project = projectName(cell('project'), notes);
      const note = clampText(noteOf(cell('task'), cell('description')), LIMITS.note, 'description', notes);
      const tags = splitTags(cell('tags'), notes);
      const outcome: RowOutcome = { line: csvRow.line, shown: { project, note, tags }, problems, warnings: notes };

      const startDate = parseDateText(cell('startDate'), order);
      const startTime = parseClockText(cell('startTime'));
      const endTime = parseClockText(cell('endTime'));
      const endDateText = cell('endDate');
      // No end date (older layouts): the same day, or the next when the end time is earlier (past midnight).
      const noEndDate = at.endDate < 0 || endDateText.trim() === '';
      const endDate = noEndDate ? startDate : parseDateText(endDateText, order);
      if (typeof startDate === 'string') problems.push(`start date: ${startDate}`);
      if (typeof startTime === 'string') problems.push(`start time: ${startTime}`);
      if (typeof endDate === 'string' && endDate !== startDate) problems.push(`end date: ${endDate}`);
      if (typeof endTime === 'string') problems.push(`end time: ${endTime}`);
      const durationText = cell('duration').trim();
      const fileDuration = durationText === '' ? null : parseDurationText(durationText);
      if (durationText !== '' && fileDuration === null) problems.push(`duration: '${durationText}' is not a duration (expected h:mm:ss)`);
      if (typeof startDate === 'string' || typeof startTime === 'string' || typeof endDate === 'string' || typeof endTime === 'string') {
        return outcome;
      }

      const start = localInstant(startDate, startTime, timeZone);
      let end = localInstant(endDate, endTime, timeZone);
      if (noEndDate && end.instant < start.instant) {
        end = localInstant(addDays(endDate, 1), endTime, timeZone);
      }
      const times = reconcile(start, startTime, end, endTime, fileDuration, notes, problems);
      if (!times) return outcome;
      outcome.row = { line: csvRow.line, start: times.start, end: times.end, project, note, tags, source };
      return outcome;
    },
  };
}

/**
 * The entry's instants. The file's duration is exact to the second; clock times shown without seconds are only
 * known to the minute, so within that minute the duration decides (the time without seconds moves, the end when
 * neither has them). A duration no reading of the times can give means the row was misread or edited: a problem.
 * Times moved by a DST change are kept as fromLocal's rule reads them and reported instead.
 */
function reconcile(
  start: LocalInstant,
  startTime: ClockTime,
  end: LocalInstant,
  endTime: ClockTime,
  fileDuration: number | null,
  warnings: string[],
  problems: string[],
): { start: number; end: number } | null {
  const between = end.instant - start.instant;
  if (start.dst || end.dst) {
    // One warning per affected row, saying all a DST change did to it.
    const said = [start.dst, end.dst].filter((dst): dst is string => dst !== null);
    if (fileDuration !== null && fileDuration !== between && between >= 0) {
      said.push(`the file's duration ${durationClock(fileDuration, { seconds: true })} differs from the ${durationClock(between, { seconds: true })} between the times as read`);
    }
    warnings.push(said.join('; '));
  } else if (fileDuration !== null) {
    const startLatest = start.instant + (startTime.hasSeconds ? 0 : MINUTE - 1000);
    const endLatest = end.instant + (endTime.hasSeconds ? 0 : MINUTE - 1000);
    const s = Math.max(start.instant, end.instant - fileDuration);
    if (s > startLatest || s + fileDuration > endLatest) {
      problems.push(
        `the duration column says ${durationClock(fileDuration, { seconds: true })}, but the start and end times are ${between < 0 ? `${durationClock(-between, { seconds: true })} the wrong way round` : `${durationClock(between, { seconds: true })} apart`}`,
      );
      return null;
    }
    return { start: s, end: s + fileDuration };
  }
  if (between < 0) {
    problems.push('it ends before it starts');
    return null;
  }
  return { start: start.instant, end: end.instant };
}
