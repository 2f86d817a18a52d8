// Timelock's own JSON (the JSON export, or a backup): its entries, each in its category by name and area. Only
// entries are imported; settings, nudges and check-ins come back with a restore, which replaces everything. What the
// file holds of those is handed on (leftOut), so the import says what it left.
import type { ImportBudget } from './importBudget';
import { entrySpanProblem, readTimelockData } from '../export/timelockDataDocument';
import { NO_PROJECT, refusedReader, type FileReader, type RowOutcome } from './fileReader';
import { stripBom } from './readCsvTable';
import { capitalize } from '../../../shared/domain/words';

export function timelockJsonReader(text: string, budget: ImportBudget): FileReader {
  let raw: unknown;
  try {
    raw = JSON.parse(stripBom(text));
  } catch (error) {
    return refusedReader('timelock-json', `The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}.`);
  }
  // Counted before the document is checked entry by entry: a file of a million entries is refused at once.
  const listed = typeof raw === 'object' && raw !== null && 'entries' in raw && Array.isArray(raw.entries) ? raw.entries.length : 0;
  budget.checkRows(listed);
  const read = readTimelockData(raw);
  if (!read.ok) return refusedReader('timelock-json', `${capitalize(read.reason)}.`);
  const { entries, categories, range, settings, checkIns, timeboxes } = read.data;
  const byId = new Map(categories.map((c) => [c.id, c]));
  return {
    format: 'timelock-json',
    fileProblems: [],
    warnings: [],
    rowProblems: [],
    count: entries.length,
    leftOut: { range, settings, checkIns, ...(timeboxes ? { timeboxes } : {}) },
    read(i) {
      const entry = entries[i]!;
      const category = byId.get(entry.categoryId);
      // For JSON a "line" is the entry's position in `entries`, counted from 1.
      const outcome: RowOutcome = {
        line: i + 1,
        shown: { project: category?.name ?? NO_PROJECT, note: entry.note, tags: entry.tags },
        problems: [],
        warnings: [],
      };
      if (!category) {
        outcome.problems.push(`its category ${entry.categoryId} is not among the file's categories`);
        return outcome;
      }
      // The document's schema checks each time, not the two together: an entry ending before it starts (a file
      // edited by hand) was imported as it was, a span of negative length in every figure.
      const span = entrySpanProblem(entry);
      if (span) {
        outcome.problems.push(span);
        return outcome;
      }
      outcome.row = {
        line: i + 1,
        start: entry.start,
        end: entry.end,
        project: category.name,
        area: category.area,
        color: category.color,
        note: entry.note,
        tags: entry.tags,
        source: entry.source,
        id: entry.id,
        ...(entry.overrideReason !== undefined ? { overrideReason: entry.overrideReason } : {}),
      };
      return outcome;
    },
  };
}
