// What every format's reader gives the import: one outcome per data row, read in file order, so the service can
// pause between rows of a large file and report progress.
import { withoutEscapes } from '../../../shared/domain/cleanText';
import type { Area } from '../../../shared/model';
import type { ImportFormat, ImportIssue } from '../../../shared/transferModel';
import type { LeftOut } from './leftOutWords';

/** A row read from a file, before its project is matched to a category. */
export interface SourceRow {
  line: number;
  start: number;
  end: number;
  /** The project (Toggl, Clockify, Harvest) or category (Timelock) as the file names it. */
  project: string;
  /** Timelock files say which area their category is in; a new category is created there. */
  area?: Area;
  color?: string;
  note: string;
  tags: string[];
  /** The entry's `source`: 'import:toggl', …; a Timelock file keeps the source it was exported with. */
  source: string;
  /** Timelock files carry their entries' ids; other rows get an id derived from their content. */
  id?: string;
  overrideReason?: string;
}

export interface RowOutcome {
  line: number;
  /** Absent when the row could not be read; `problems` says why. */
  row?: SourceRow;
  /** What the preview shows of a row that could not be read. */
  shown: { project: string; note: string; tags: string[] };
  problems: string[];
  warnings: string[];
}

export interface FileReader {
  format: ImportFormat;
  /** Problems with the file as a whole (a required column missing): nothing can be imported, even skipping rows. */
  fileProblems: ImportIssue[];
  /** Remarks on the whole file (how its dates were read). */
  warnings: ImportIssue[];
  /** Problems papaparse found in rows (an open quote): counted with the rows' own. */
  rowProblems: ImportIssue[];
  count: number;
  /** Reads data row i; called for 0, 1, 2, … in order (Harvest stacks a day's rows one after another). */
  read(i: number): RowOutcome;
  /** What a Timelock data file holds besides its entries and categories, which the import leaves out and says so. */
  leftOut?: LeftOut;
}

/** A project name for rows without one, so they still land in a category of their own. */
export const NO_PROJECT = 'No project';

export const LIMITS = { name: 60, note: 2000, tag: 100, tags: 50 } as const;

/** Cuts text to the stored limit, saying so: a note longer than 2,000 characters is kept up to there. */
export function clampText(text: string, max: number, what: string, warnings: string[]): string {
  if (text.length <= max) return text;
  warnings.push(`the ${what} was ${text.length} characters long; its first ${max} were kept`);
  return text.slice(0, max);
}

/** Tags as exports write them: one cell, comma-separated ("Development, Backend"). */
export function splitTags(cell: string, warnings: string[]): string[] {
  const tags = cell
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  return limitTags(tags, warnings);
}

export function limitTags(tags: string[], warnings: string[]): string[] {
  const kept = tags.slice(0, LIMITS.tags).map((t) => clampText(t, LIMITS.tag, 'tag', warnings));
  if (tags.length > LIMITS.tags) warnings.push(`it had ${tags.length} tags; the first ${LIMITS.tags} were kept`);
  return kept;
}

/** "Task 1: Working hard": the task (or activity) said first, so nothing the file held is lost. */
export function noteOf(task: string, description: string): string {
  const t = task.trim();
  const d = description.trim();
  return t && d ? `${t}: ${d}` : t || d;
}

export function projectName(text: string, warnings: string[]): string {
  const name = text.trim().replace(/\s+/g, ' ');
  return name === '' ? NO_PROJECT : clampText(name, LIMITS.name, 'project name', warnings);
}

/** A reader for a file that cannot be imported at all: no rows, one problem with the whole file. */
export function refusedReader(format: ImportFormat, message: string): FileReader {
  const nothing: RowOutcome = { line: 0, shown: { project: '', note: '', tags: [] }, problems: [], warnings: [] };
  return { format, fileProblems: [{ line: 0, message }], warnings: [], rowProblems: [], count: 0, read: () => nothing };
}

/**
 * An outcome with its text freed of escape sequences and control characters (tabs and line breaks stay), the same
 * for every format. Text without any is kept exactly, so an export imported again is the same; a project made only
 * of them becomes "No project", and a tag or reason made only of them is dropped.
 */
export function cleanOutcome(outcome: RowOutcome): RowOutcome {
  const project = (text: string) => {
    const clean = withoutEscapes(text);
    return clean === text ? text : clean.trim() || NO_PROJECT;
  };
  const tags = (list: readonly string[]) => list.flatMap((tag) => (withoutEscapes(tag) === '' && tag !== '' ? [] : [withoutEscapes(tag)]));
  const shown = { project: project(outcome.shown.project), note: withoutEscapes(outcome.shown.note), tags: tags(outcome.shown.tags) };
  if (!outcome.row) return { ...outcome, shown };
  const { overrideReason, ...row } = outcome.row;
  const reason = overrideReason === undefined ? '' : withoutEscapes(overrideReason);
  return {
    ...outcome,
    shown,
    row: { ...row, project: project(row.project), note: withoutEscapes(row.note), tags: tags(row.tags), source: withoutEscapes(row.source), ...(reason.trim() ? { overrideReason: reason } : {}) },
  };
}
