// `timelock export`: export.data makes the file (CSV, JSON or iCalendar); the CLI only puts it on stdout or in --out.
import { EXPORT_FORMATS, type ExportRequest } from '../../shared/transferModel';
import type { Command } from './command';
import { dateRangeArgs, deliverExport } from './exportOutput';
import { UsageError } from './cliErrors';
import { checkDateRange } from './checkDate';

export const exportCommand: Command = {
  name: 'export',
  summary: 'export entries as CSV, JSON or iCalendar',
  usage: 'timelock export --format csv|json|ics [--from DATE] [--to DATE] [--out FILE]',
  help: [
    'Writes the entries (from --from to --to, both local dates, both included) in the format asked for, to stdout',
    'or to FILE. JSON is a whole Timelock file (categories and settings too): `timelock import` adds its entries',
    '(and their categories) to your data; `timelock restore FILE` brings all of it back, settings, cap history and',
    'days off included, in place of your data (only a JSON export without --from and --to).',
    '',
    '  --format F   csv, json or ics',
    '  --from DATE  the first day, yyyy-MM-dd (default: the first entry)',
    '  --to DATE    the last day, yyyy-MM-dd (default: the last entry)',
    '  --out FILE   write to FILE (a folder: the suggested file name in it) instead of stdout',
  ].join('\n'),
  spec: { options: { format: 'string', from: 'string', to: 'string', out: 'string' }, positionals: [] },
  check(args) {
    const format = args.string('format');
    if (format === undefined) throw new UsageError(`Missing --format (${EXPORT_FORMATS.join(', ')}).`);
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not '${format}'.`);
    checkDateRange(args);
  },
  async run(context) {
    const { args } = context;
    const file = await context.ask('export.data', { format: args.string('format') as ExportRequest['format'], ...dateRangeArgs(args) });
    deliverExport(context, file);
  },
};
