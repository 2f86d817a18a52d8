// `timelock plan export`: the plan as iCalendar (plan.exportIcs), on stdout or written to --out.
import fs from 'node:fs';
import path from 'node:path';
import { parseDate } from '../../shared/domain/time';
import { Refusal } from './cliErrors';
import type { PlanAction } from './planAction';

export const planExport: PlanAction = {
  name: 'export',
  usage: 'timelock plan export [--from DATE] [--to DATE] [--out FILE]',
  help: [
    'Writes the plan as iCalendar (.ics) for calendar apps: repeating boxes as weekly series in your time zone.',
    '  --from DATE         only boxes on or after this day (yyyy-MM-dd)',
    '  --to DATE           only boxes on or before this day',
    '  --out FILE          write to FILE (a folder: the suggested file name in it) instead of stdout',
  ],
  options: { from: 'string', to: 'string', out: 'string' },
  positionals: [],
  async run(context) {
    const { args, say } = context;
    for (const name of ['from', 'to'] as const) {
      const text = args.string(name);
      if (text !== undefined && !parseDate(text)) throw new Refusal(`--${name} '${text}' is not a date. Write it as yyyy-MM-dd, e.g. 2026-03-25.`);
    }
    const file = await context.ask('plan.exportIcs', {
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
