// What every exporting command does with the file the main process made: check its --from/--to first, then put
// the file on stdout, or write it to --out (a folder: the suggested file name in it) without a reader ever
// seeing half a file.
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomically, writeProblem } from '../storage/atomicFile';
import { parseDate } from '../../shared/domain/time';
import type { ParsedArgs } from './parseArgs';
import type { CommandContext } from './command';
import { Refusal } from './cliErrors';

/** --from and --to as the request wants them, refused in words when either is not a date or --to comes first. */
export function dateRangeArgs(args: ParsedArgs): { from?: string; to?: string } {
  const range: { from?: string; to?: string } = {};
  for (const name of ['from', 'to'] as const) {
    const text = args.string(name);
    if (text === undefined) continue;
    if (!parseDate(text)) throw new Refusal(`--${name} '${text}' is not a date. Write it as yyyy-MM-dd, e.g. 2026-03-25.`);
    range[name] = text;
  }
  if (range.from !== undefined && range.to !== undefined && range.to < range.from) {
    throw new Refusal(`--to ${range.to} is before --from ${range.from}: the range ends before it starts.`);
  }
  return range;
}

export function deliverExport(context: CommandContext, file: { fileName: string; content: string }): void {
  const out = context.args.string('out');
  if (out === undefined) {
    context.outRaw(file.content);
    return;
  }
  let target = path.resolve(context.cwd, out);
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) target = path.join(target, file.fileName);
  try {
    writeFileAtomically(target, file.content);
  } catch (error) {
    throw new Refusal(`Timelock could not write ${target}: ${writeProblem(error)}.`);
  }
  context.say(`Wrote ${target} (${Buffer.byteLength(file.content).toLocaleString('en')} bytes).`);
}
