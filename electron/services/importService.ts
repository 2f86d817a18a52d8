// Imports other trackers' exports and Timelock's own: read within one budget for the file (pausing now and then on a
// large file, with progress), matched to categories, checked row by row, then written in one batch, all or nothing
// unless skipInvalid.
import { cleanText } from '../../shared/domain/cleanText';
import { nameKey } from '../../shared/domain/nameKey';
import type { Category, Entry } from '../../shared/model';
import { AppError, type ErrorCode } from '../../shared/result';
import type { ImportIssue, ImportMapping, ImportPreview, ImportProgress, ImportRequest, ImportResult, ImportRow } from '../../shared/transferModel';
import type { HandlerSet } from '../router';
import type { ServiceContext } from './context';
import { cleanOutcome, type RowOutcome, type SourceRow } from './import/fileReader';
import { ENTRY_IMPORT_LIMITS, ImportBudget } from './import/importBudget';
import { importedCategoryId, mapCategories, type CategoryMapping } from './import/mapCategories';
import { countWords } from '../../shared/domain/words';
import { openFileReader } from './import/openFileReader';
import { leftOutWords, type LeftOut } from './import/leftOutWords';
import { rowVerdicts, type ProblemKind, type RowVerdict } from './import/rowVerdicts';

/** Checks of a file made with pauses, each over data changed meanwhile, before the last one runs in one go. */
const CHECKS_WITH_PAUSES = 3;

/** How many rows a pass over the checked rows goes through between pauses (each pause yields only after a slice). */
const ROWS_PER_STEP = 2000;

/** How many rows between progress reports. */
export const PROGRESS_EVERY = 1000;
const PREVIEW_ROWS = 20;

interface Judged {
  format: ImportPreview['format'];
  total: number;
  outcomes: RowOutcome[];
  categories: CategoryMapping | null;
  verdicts: Map<number, RowVerdict>;
  /** Problems that refuse the file whatever skipInvalid says. */
  fileProblems: ImportIssue[];
  problems: Array<ImportIssue & { kind: ProblemKind | 'invalid' }>;
  /** New work rows that pass the soft lock only with the import's reason. */
  needsReason: ImportIssue[];
  warnings: ImportIssue[];
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
}

export class ImportService {
  constructor(private readonly ctx: ServiceContext) {}

  /** What an import would do; writes nothing. */
  preview(request: ImportRequest, options: ImportOptions = {}): Promise<ImportPreview> {
    return this.run(request, false, options) as Promise<ImportPreview>;
  }

  apply(request: ImportRequest, options: ImportOptions = {}): Promise<ImportResult> {
    return this.run(request, true, options) as Promise<ImportResult>;
  }

  handlers(): HandlerSet {
    return {
      'import.preview': (request) => this.preview(request),
      'import.apply': (request) => this.apply(request),
    };
  }

  private report(progress: ImportProgress, options: ImportOptions): void {
    this.ctx.bus.emit('import.progress', progress);
    options.onProgress?.(progress);
  }

  private async run(request: ImportRequest, write: boolean, options: ImportOptions): Promise<ImportPreview | ImportResult> {
    const budget = new ImportBudget(ENTRY_IMPORT_LIMITS, request.fileName ? cleanText(request.fileName) : 'This file');
    const reader = await openFileReader(request, request.timeZone ?? this.ctx.store.getSettings().timeZone, budget);
    const total = reader.count;
    const outcomes: RowOutcome[] = [];
    for (let i = 0; i < total; i++) {
      outcomes.push(cleanOutcome(reader.read(i)));
      if (i % PROGRESS_EVERY === PROGRESS_EVERY - 1) this.report({ stage: 'reading', done: i + 1, total }, options);
      await budget.pause();
    }
    // Checking pauses too, so the host keeps answering, and other changes may be saved meanwhile. A check holds only
    // if the data it judged against is still the same when the write lands, and the write (done in steps too) lands
    // only then; if not, the check runs again, and after a few tries check and write run in one go, so a busy host
    // cannot keep a large import from finishing.
    for (let attempt = 1; ; attempt++) {
      const seen = this.checkedState();
      const pause = attempt < CHECKS_WITH_PAUSES ? () => budget.pause() : undefined;
      const judged = await this.judge(reader.format, total, outcomes, reader, request, write, (done) => this.report({ stage: 'checking', done, total }, options), pause);
      if (pause && !sameState(seen, this.checkedState())) continue;
      if (!write) {
        this.report({ stage: 'done', done: total, total }, options);
        return this.previewOf(judged);
      }
      const inSteps = pause && { pause: () => budget.writingPause(), unchanged: () => sameState(seen, this.checkedState()) };
      const result = await this.write(judged, request, options, inSteps);
      if (!result) continue;
      this.report({ stage: 'done', done: total, total }, options);
      return result;
    }
  }

  private async judge(
    format: Judged['format'],
    total: number,
    outcomes: RowOutcome[],
    reader: { fileProblems: ImportIssue[]; warnings: ImportIssue[]; rowProblems: ImportIssue[]; leftOut?: LeftOut },
    request: ImportRequest,
    write: boolean,
    onProgress: (done: number) => void,
    pause: (() => Promise<void>) | undefined,
  ): Promise<Judged> {
    const label = format === 'timelock-json' ? 'entry' : 'line';
    const said = (line: number, message: string) => ({ line, message: line > 0 ? `${label} ${line}: ${message}.`.replace(/\.\.$/, '.') : message });
    const problems: Judged['problems'] = reader.rowProblems.map((p) => ({ ...p, kind: 'invalid' as const }));
    const warnings: ImportIssue[] = [...reader.warnings];
    const brokenLines = new Set(problems.map((p) => p.line));
    // Every pass over the rows pauses now and then: a file of 150,000 rows makes each pass tens of milliseconds.
    const rows: SourceRow[] = [];
    for (let i = 0; i < outcomes.length; i++) {
      const o = outcomes[i]!;
      for (const message of o.problems) problems.push({ ...said(o.line, message), kind: 'invalid' });
      for (const message of o.warnings) warnings.push(said(o.line, message));
      if (o.row && o.problems.length === 0 && !brokenLines.has(o.line)) rows.push(o.row);
      if (i % ROWS_PER_STEP === ROWS_PER_STEP - 1) await pause?.();
    }
    const judged: Judged = { format, total, outcomes, categories: null, verdicts: new Map(), fileProblems: [...reader.fileProblems], problems, needsReason: [], warnings };
    if (judged.fileProblems.length > 0) return judged;
    // A Timelock file's settings, cap history and days off are not taken: said, with how to take them.
    const store = this.ctx.store;
    const leftOut = reader.leftOut && leftOutWords(reader.leftOut, { settings: store.getSettings(), checkIns: store.getCheckIns(), timeboxes: store.getTimeboxes() });
    if (leftOut) warnings.push({ line: 0, message: leftOut });

    // A preview names the categories it would create without using up ids.
    let provisional = 0;
    // Written, a project's category takes the id every computer gives it (importedCategoryId), unless a category here
    // holds that id already under another name (renamed since an earlier import): then a new id, as for any category.
    const taken = new Set(this.ctx.store.getCategories().map((c) => c.id));
    const newId = write
      ? (project: string) => {
          const id = importedCategoryId(project);
          return taken.has(id) ? this.ctx.ids.newId() : id;
        }
      : () => `new-category-${++provisional}`;
    // mapCategories looks at the first row of each project only: it gets those, in order, not 150,000 rows at once.
    const firstOfEach: SourceRow[] = [];
    const projects = new Set<string>();
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      if (!projects.has(row.project)) {
        projects.add(row.project);
        firstOfEach.push(row);
      }
      if (i % ROWS_PER_STEP === ROWS_PER_STEP - 1) await pause?.();
    }
    const categories = mapCategories(firstOfEach, this.ctx.store.getCategories(), request.map, newId);
    judged.categories = categories;
    warnings.push(...categories.warnings);
    if (categories.problems.length > 0) {
      judged.fileProblems.push(...categories.problems);
      return judged;
    }
    await pause?.();
    // A preview counts the rows that need a reason as Import will once the reason is given: new, beside the rest.
    const verdicts = await rowVerdicts({ rows, categories, store: this.ctx.store, now: this.ctx.clock.now(), reason: request.reason, assumeReason: !write, onProgress, pause });
    for (let i = 0; i < verdicts.length; i++) {
      const verdict = verdicts[i]!;
      judged.verdicts.set(verdict.line, verdict);
      if (verdict.status === 'problem') problems.push({ ...said(verdict.line, verdict.message ?? 'it cannot be imported'), kind: verdict.kind ?? 'invalid' });
      else if (verdict.message) warnings.push(said(verdict.line, verdict.message));
      if (verdict.needsReason) judged.needsReason.push(said(verdict.line, verdict.needsReason));
      if (i % ROWS_PER_STEP === ROWS_PER_STEP - 1) await pause?.();
    }
    problems.sort((a, b) => a.line - b.line);
    warnings.sort((a, b) => a.line - b.line);
    return judged;
  }

  private previewOf(p: Judged): ImportPreview {
    const verdicts = [...p.verdicts.values()];
    const toImport = verdicts.filter((r) => r.status === 'new');
    const needed = this.neededCategories(p, toImport);
    const rows: ImportRow[] = p.outcomes.slice(0, PREVIEW_ROWS).map((o) => {
      const verdict = p.verdicts.get(o.line);
      const category = verdict && p.categories?.categories.find((c) => c.id === verdict.entry.categoryId);
      return {
        line: o.line,
        start: o.row?.start ?? null,
        end: o.row?.end ?? null,
        project: o.shown.project,
        category: category?.name ?? null,
        area: category?.area ?? null,
        note: o.shown.note,
        tags: o.shown.tags,
        status: !verdict ? 'problem' : verdict.needsReason ? 'needs-reason' : verdict.status,
      };
    });
    const mapping = this.mappingOf(p);
    return {
      format: p.format,
      rows,
      total: p.total,
      toImport: toImport.length,
      duplicates: verdicts.filter((r) => r.status === 'duplicate').length,
      problems: [...p.fileProblems, ...p.problems].map(({ line, message }) => ({ line, message })),
      warnings: p.warnings,
      newCategories: needed.map((c) => ({ name: c.name, area: c.area })),
      mapping,
      needsReason: p.needsReason,
    };
  }

  /**
   * Writes the checked rows, and the categories made for them, in one journaled step. `inSteps`: with pauses, landing
   * only if `unchanged()` still holds then; undefined (nothing written) when it did not. Without: in one go.
   */
  private async write(p: Judged, request: ImportRequest, options: ImportOptions, inSteps: { pause: () => Promise<void>; unchanged: () => boolean } | undefined): Promise<ImportResult | undefined> {
    if (p.fileProblems.length > 0) throw refusal(p.fileProblems, 'bad-request', true);
    if (p.problems.length > 0 && !request.skipInvalid) throw refusal(p.problems, codeFor(p.problems), false);
    // One pass over the verdicts (150,000 for a large file), not one per figure.
    const imported: RowVerdict[] = [];
    let duplicates = 0;
    for (const verdict of p.verdicts.values()) {
      if (verdict.status === 'new') imported.push(verdict);
      else if (verdict.status === 'duplicate') duplicates++;
    }
    const entries = new Array<Entry>(imported.length);
    for (let i = 0; i < imported.length; i++) entries[i] = imported[i]!.entry;
    const created = this.neededCategories(p, imported);
    const store = this.ctx.store;
    this.report({ stage: 'writing', done: 0, total: entries.length }, options);
    if (entries.length > 0) {
      // The categories made for the rows and the rows themselves land in one journaled step: a crash or a refused
      // write leaves both or neither, never categories without their entries.
      const change = created.length > 0 ? { categories: [...store.getCategories(), ...created], addEntries: entries } : { addEntries: entries };
      if (!inSteps) {
        if (created.length > 0) store.replaceAll(change);
        else store.applyEntries({ put: entries });
      } else if (!(await store.replaceAllInSteps(change, inSteps))) return undefined;
      this.ctx.bus.emit('data.changed', { what: created.length > 0 ? ['categories', 'entries'] : ['entries'] });
    }
    return {
      imported: entries.length,
      skipped: p.total - entries.length - duplicates,
      duplicates,
      createdCategories: created,
      problems: p.problems.map(({ line, message }) => ({ line, message })),
      warnings: p.warnings,
    };
  }

  /**
   * What a check judges rows against. The entries are compared by identity: the store replaces its sorted array on
   * every change and never changes it in place; the rest is small, compared by value.
   */
  private checkedState(): CheckedState {
    const store = this.ctx.store;
    return { entries: store.getEntries(), rest: JSON.stringify([store.getSettings(), store.getCategories(), store.getTimer(), store.getUnlocks()]) };
  }

  /** One line per project of the file: where its rows go, and how many there are. */
  private mappingOf(p: Judged): ImportMapping[] {
    const categories = p.categories;
    if (!categories) return [];
    const byProject = new Map<string, ImportMapping>();
    for (const o of p.outcomes) {
      if (!o.row || !p.verdicts.has(o.line)) continue;
      const target = categories.targetOf(o.row.project);
      const key = nameKey(target.project);
      const line = byProject.get(key);
      if (line) line.rows++;
      else {
        const { category, created } = target;
        byProject.set(key, { project: target.project, category: category.name, categoryId: created ? null : category.id, area: category.area, created, rows: 1 });
      }
    }
    return [...byProject.values()];
  }

  /** The categories to create: only those some imported row lands in. */
  private neededCategories(p: Judged, imported: readonly RowVerdict[]): Category[] {
    if (!p.categories) return [];
    const used = new Set<string>();
    for (const r of imported) used.add(r.entry.categoryId);
    const existing = new Set(this.ctx.store.getCategories().map((c) => c.id));
    return p.categories.categories.filter((c) => used.has(c.id) && !existing.has(c.id));
  }
}

interface CheckedState {
  entries: readonly unknown[];
  rest: string;
}

function sameState(a: CheckedState, b: CheckedState): boolean {
  return a.entries === b.entries && a.rest === b.rest;
}

/** The error code a client acts on: a file to fix comes first, then overlaps, then locks, then a reason to type. */
function codeFor(problems: ReadonlyArray<{ kind: ProblemKind | 'invalid' }>): ErrorCode {
  const kinds = new Set(problems.map((p) => p.kind));
  if (kinds.has('invalid')) return 'bad-request';
  if (kinds.has('overlap')) return 'conflict';
  if (kinds.has('locked')) return 'locked';
  return 'needs-reason';
}

/** The refusal: problems with the whole file are said in the message; row problems are counted there and listed. */
function refusal(problems: readonly ImportIssue[], code: ErrorCode, wholeFile: boolean): AppError {
  const n = problems.length;
  const summary = wholeFile
    ? `The file was not imported: ${problems.map((p) => p.message).join(' ')} Nothing was written.`
    : `The file was not imported: ${countWords(n, 'problem')}, listed by line. Nothing was written. Fix the file, or leave out the rows with problems and import the rest (--skip-invalid on the command line).`;
  return new AppError(code, summary, {
    // A problem's words name its place already ('entry 2: …' in a Timelock JSON file, 'line 3: …' in a CSV): that is
    // its path, so the words are not prefixed with a 'line 2' the file does not have.
    issues: problems.map((p) => ({ path: p.line === 0 ? 'file' : (/^((?:line|entry) \d+): /.exec(p.message)?.[1] ?? `line ${p.line}`), message: p.message })),
    details: { problems: n },
  });
}
