// `timelock import FILE`: reads the file here and sends its text to import.preview (--dry-run) or import.apply, so
// the import service's rules, the lock included, decide exactly as in the app. A large file's progress goes to stderr.
import { cleanText } from '../../shared/domain/cleanText';
import { isValidTimeZone } from '../../shared/domain/time';
import path from 'node:path';
import { IMPORT_FORMATS, importProgressSchema, type ImportFormat, type ImportIssue, type ImportPreview, type ImportRequest } from '../../shared/transferModel';
import { ENTRY_IMPORT_LIMITS } from '../services/import/importBudget';
import type { Command, CommandContext } from './command';
import { UsageError } from './cliErrors';
import { readTextFile } from './readTextFile';

/** Files from this size on get progress lines on stderr. */
export const LARGE_FILE_BYTES = 1024 * 1024;

function mapOf(pairs: readonly string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.lastIndexOf('=');
    const name = pair.slice(0, at).trim();
    const target = pair.slice(at + 1).trim();
    if (at < 0 || !name || !target) throw new UsageError(`--map needs NAME=AREA (or NAME=CATEGORY), e.g. --map "Client A=work", not '${pair}'.`);
    map[name] = target;
  }
  return map;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** " (a, b)" for the parts that say something, or nothing. */
function aside(parts: readonly string[]): string {
  const said = parts.filter(Boolean);
  return said.length > 0 ? ` (${said.join(', ')})` : '';
}

function issueLines(title: string, issues: readonly ImportIssue[], limit = 20): string[] {
  if (issues.length === 0) return [];
  // The service's row messages name their line already ("line 3: …"); the others get it here.
  const said = (i: ImportIssue) => (i.line === 0 ? `file: ${cleanText(i.message)}` : /^(line|entry) \d+:/i.test(i.message) ? cleanText(i.message) : `line ${i.line}: ${cleanText(i.message)}`);
  const shown = issues.slice(0, limit).map((i) => `  ${said(i)}`);
  return [`${title}:`, ...shown, ...(issues.length > limit ? [`  … and ${issues.length - limit} more`] : [])];
}

/** `reasonGiven`: --reason was given, so the rows that need one are imported with it. */
function previewText(preview: ImportPreview, fileName: string, reasonGiven: boolean): string {
  const mapping = preview.mapping.map((m) => `  ${cleanText(m.project)} → ${cleanText(m.category)} (${m.area}${m.created ? ', new' : ''}): ${count(m.rows, 'row')}`);
  return [
    `${fileName} (${preview.format}): ${count(preview.total, 'row')}, ${preview.toImport.toLocaleString('en')} to import, ${preview.duplicates.toLocaleString('en')} already there, ${preview.problems.length.toLocaleString('en')} with problems`,
    ...(mapping.length > 0 ? ['Categories:', ...mapping] : []),
    ...issueLines('Problems', preview.problems),
    ...issueLines('Warnings', preview.warnings),
    ...issueLines(reasonGiven ? 'Work outside your windows or past a cap, imported with your reason' : 'Work outside your windows or past a cap, imported only with a reason', preview.needsReason),
    ...(preview.needsReason.length > 0 && !reasonGiven ? ['Those rows pass the soft lock only with a reason: add --reason "…".'] : []),
  ].join('\n');
}

/** Progress events turned into a few stderr lines: each stage once, then every tenth of the way. */
function reportProgress(context: CommandContext): () => void {
  let last = '';
  return context.onEvent((event, payload) => {
    if (event !== 'import.progress') return;
    const progress = importProgressSchema.safeParse(payload);
    if (!progress.success || progress.data.stage === 'done') return;
    const { stage, done, total } = progress.data;
    const tenth = total > 0 ? Math.floor((done / total) * 10) : 0;
    const key = `${stage} ${tenth}`;
    if (key === last) return;
    last = key;
    const verb = `${stage[0]!.toUpperCase()}${stage.slice(1)}`;
    context.say(stage === 'writing' ? `${verb}…` : `${verb} ${done.toLocaleString('en')} of ${count(total, 'row')}…`);
  });
}

export const importCommand: Command = {
  name: 'import',
  summary: 'import entries from Toggl, Clockify, Harvest, a CSV or a Timelock file',
  usage: 'timelock import FILE [--format F] [--map NAME=AREA]... [--time-zone TZ] [--dry-run] [--skip-invalid] [--reason TEXT] [--json]',
  help: [
    'Imports the entries in FILE. The format is read from the file; --format overrides it.',
    'A file with problems is refused as a whole unless --skip-invalid leaves those rows out.',
    '',
    `  --format F         ${IMPORT_FORMATS.join(', ')}`,
    '  --map NAME=AREA    put the project NAME in a category of its own in AREA (work, fitness, family);',
    '                     NAME=CATEGORY puts it in an existing category (name or id). A word that is both an',
    '                     area and a category\'s name (Work, Fitness, Family) means the area: write',
    '                     category:Work for the category, area:work for the area. Repeat for each project.',
    "  --time-zone TZ     read the file's clock times in TZ (default: Timelock's time zone)",
    '  --dry-run          only show what would be imported (on stdout); nothing is written',
    '  --skip-invalid     import the good rows and leave out those with problems',
    '  --reason TEXT      why imported work may pass a soft lock; kept with those entries',
    '  --json             print the preview or the result as JSON',
  ].join('\n'),
  spec: {
    options: { format: 'string', map: 'list', 'time-zone': 'string', 'dry-run': 'flag', 'skip-invalid': 'flag', reason: 'string', json: 'flag' },
    positionals: ['file'],
  },
  check(args) {
    const format = args.string('format');
    if (format !== undefined && !(IMPORT_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`--format must be one of ${IMPORT_FORMATS.join(', ')}, not '${format}'.`);
    }
    mapOf(args.list('map'));
    // Before the file is read, as a usage mistake: whether a zone exists is Intl's answer from its name alone.
    const timeZone = args.string('time-zone');
    if (timeZone !== undefined && !isValidTimeZone(timeZone)) {
      throw new UsageError(`--time-zone '${timeZone}' is not a time zone Timelock knows. Use an IANA name such as Europe/Berlin.`);
    }
  },
  async run(context) {
    const { args, say, out } = context;
    const dryRun = args.flag('dry-run');
    const file = readTextFile(context.cwd, args.positionals[0]!, ENTRY_IMPORT_LIMITS);
    const fileName = cleanText(path.basename(file.path));
    const large = file.bytes >= LARGE_FILE_BYTES;
    if (large) say(`${dryRun ? 'Checking' : 'Importing'} ${fileName} (${(file.bytes / 1024 / 1024).toFixed(1)} MB)…`);
    const map = mapOf(args.list('map'));
    const payload: ImportRequest = {
      text: file.text,
      fileName,
      ...(args.has('format') ? { format: args.string('format') as ImportFormat } : {}),
      ...(args.has('time-zone') ? { timeZone: args.string('time-zone') } : {}),
      ...(Object.keys(map).length > 0 ? { map } : {}),
      ...(args.flag('skip-invalid') ? { skipInvalid: true } : {}),
      ...(args.has('reason') ? { reason: args.string('reason') } : {}),
    };
    const stopReporting = large ? reportProgress(context) : () => undefined;
    try {
      if (dryRun) {
        const preview = await context.ask('import.preview', payload);
        out(args.flag('json') ? JSON.stringify(preview, null, 2) : previewText(preview, fileName, payload.reason !== undefined));
        return;
      }
      const result = await context.ask('import.apply', payload);
      const created = result.createdCategories.map((c) => cleanText(c.name));
      say(
        [
          `Imported ${count(result.imported, 'entry', 'entries')} from ${fileName}${aside([
            result.duplicates > 0 ? `${result.duplicates.toLocaleString('en')} already there` : '',
            result.skipped > 0 ? `${count(result.skipped, 'row')} with problems left out` : '',
          ])}.`,
          ...(created.length > 0 ? [`New categories: ${created.join(', ')}.`] : []),
          ...issueLines('Left out', result.problems),
          ...issueLines('Warnings', result.warnings),
        ].join('\n'),
      );
      if (args.flag('json')) out(JSON.stringify(result, null, 2));
    } finally {
      stopReporting();
    }
  },
};
