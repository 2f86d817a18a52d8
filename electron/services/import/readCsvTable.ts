// CSV text to a header and rows of cells, with the line each row starts on, through papaparse: real exports quote,
// double quotes, embed commas and line breaks, and a hand-written split gets one of those wrong. The text is fed to
// papaparse as a stream of slices, so a large file is parsed a slice at a time with the event loop free in between,
// and refused as soon as it has more rows than the budget allows.
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import type { ImportIssue } from '../../../shared/transferModel';
import type { ImportBudget } from './importBudget';

/** Characters per slice handed to papaparse: a few hundred rows of a Toggl export, milliseconds of parsing. */
const SLICE_CHARS = 16 * 1024;

export interface CsvRow {
  /** The line the row starts on, as an editor shows it (the header is line 1 when the file starts with it). */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  headerLine: number;
  rows: CsvRow[];
  /** Rows papaparse could not read whole (a quote left open, more values than the header names). */
  problems: ImportIssue[];
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads the whole table; the delimiter is guessed (comma, semicolon or tab: Excel re-saves in some locales use `;`). */
export function readCsvTable(text: string, budget: ImportBudget): Promise<CsvTable> {
  const source = stripBom(text);
  const table: CsvTable = { header: [], headerLine: 1, rows: [], problems: [] };
  let seenHeader = false;
  // Line numbers: papaparse gives where each row ends; a row starts at the first non-blank character after the last.
  let line = 1;
  let counted = 0;
  const lineAt = (offset: number) => {
    let at = offset;
    while (at < source.length && (source[at] === '\n' || source[at] === '\r' || source[at] === ' ' || source[at] === '\t')) at++;
    for (let i = counted; i < at; i++) if (source.charCodeAt(i) === 10) line++;
    counted = Math.max(counted, at);
    return line;
  };
  const take = (cells: string[], at: number, errors: string[]) => {
    if (!seenHeader) {
      seenHeader = true;
      table.header = cells.map((cell) => cell.trim());
      table.headerLine = at;
      return;
    }
    const columns = table.header.length;
    // A value past the header's last column is only a problem if it holds something (a trailing comma is common).
    if (errors.length > 0) {
      table.problems.push({ line: at, message: `line ${at}: the CSV cannot be read here (${errors.join('; ')}).` });
    } else if (cells.length > columns && cells.slice(columns).some((cell) => cell.trim() !== '')) {
      table.problems.push({ line: at, message: `line ${at}: has ${cells.length} values but the header names ${columns} columns.` });
    }
    table.rows.push({ line: at, cells });
    budget.checkRows(table.rows.length);
  };

  let refusal: unknown = null;
  let stopped = false;
  async function* slices() {
    for (let at = 0; at < source.length && !stopped; at += SLICE_CHARS) {
      yield source.slice(at, at + SLICE_CHARS);
      try {
        await budget.pause();
      } catch (error) {
        refusal = error;
        return;
      }
    }
  }
  return new Promise((resolve, reject) => {
    let previousEnd = 0;
    Papa.parse<string[]>(Readable.from(slices(), { objectMode: true }), {
      skipEmptyLines: 'greedy',
      delimitersToGuess: [',', ';', '\t'],
      step: (result, parser) => {
        // A file with one column has no delimiter to find; that is not a problem of any row.
        const errors = result.errors.filter((e) => e.code !== 'UndetectableDelimiter').map((e) => e.message);
        try {
          take(result.data, lineAt(previousEnd), errors);
        } catch (error) {
          refusal = error;
          stopped = true;
          parser.abort();
        }
        previousEnd = result.meta.cursor;
      },
      complete: () => (refusal ? reject(refusal) : resolve(table)),
      error: (error: Error) => reject(error),
    });
  });
}

/** Finds columns by name, ignoring case, spaces at the ends and doubled spaces; the first alias found wins. */
export class Columns {
  private readonly index = new Map<string, number>();
  constructor(readonly header: readonly string[]) {
    header.forEach((name, i) => {
      const key = Columns.key(name);
      if (!this.index.has(key)) this.index.set(key, i);
    });
  }

  static key(name: string): string {
    return name.trim().replace(/\s+/g, ' ').toLowerCase();
  }

  has(...aliases: string[]): boolean {
    return aliases.some((a) => this.index.has(Columns.key(a)));
  }

  /** The column's position, or -1 when the header names none of the aliases. */
  find(...aliases: string[]): number {
    for (const alias of aliases) {
      const i = this.index.get(Columns.key(alias));
      if (i !== undefined) return i;
    }
    return -1;
  }

  /** A cell of the row, '' when the column is missing or the row is short (a trailing empty value left out). */
  static cell(row: CsvRow, at: number): string {
    return at < 0 ? '' : (row.cells[at] ?? '');
  }
}
