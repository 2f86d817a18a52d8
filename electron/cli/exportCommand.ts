// `timelock export`: export.data makes the file (CSV, JSON or iCalendar); the CLI only puts it on stdout or in --out.
import fs from 'node:fs';
import path from 'node:path';
import { parseDate } from '../../shared/domain/time';
import { EXPORT_FORMATS, type ExportRequest } from '../../shared/transferModel';
import type { Command } from './command';
import { Refusal, UsageError } from './cliErrors';

export const exportCommand: Command = {
  name: 'export',
  summary: 'export entries as CSV, JSON or iCalendar',
  usage: 'timelock export --format csv|json|ics [--from DATE] [--to DATE] [--out FILE]',
  help: [
    'Writes the entries (from --from to --to, both local dates, both included) in the format asked for, to stdout',
    'or to FILE. JSON is a whole Timelock file (categories and settings too) that `timelock import` reads back.',
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
  },
  async run(context) {
    const { args, say } = context;
    for (const name of ['from', 'to'] as const) {
      const text = args.string(name);
      if (text !== undefined && !parseDate(text)) throw new Refusal(`--${name} '${text}' is not a date. Write it as yyyy-MM-dd, e.g. 2026-03-25.`);
    }
    const file = await context.ask('export.data', {
      format: args.string('format') as ExportRequest['format'],
      ...(args.has('from') ? { from: args.string('from') } : {}),
      ...(args.has('to') ? { to: args.string('to') } : {}),
    });
    const out = args.string('out');
    if (out === undefined) {
      context.outRaw(file.content);
      return;
    }
    let target = path.resolve(context.cwd, out);
    if (fs.existsSync(target) && fs.statSync(target).isDirectory()) target = path.join(target, file.fileName);
    try {
      // Written beside and renamed, so a reader never sees half a file.
      const temp = `${target}.${process.pid}.tmp`;
      fs.writeFileSync(temp, file.content);
      fs.renameSync(temp, target);
    } catch (error) {
      throw new Refusal(`Timelock could not write ${target}: ${(error as Error).message}`);
    }
    say(`Wrote ${target} (${Buffer.byteLength(file.content).toLocaleString('en')} bytes).`);
  },
};
