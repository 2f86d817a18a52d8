// What every exporting command does with the file the main process made: pass on its --from/--to, then put the file
// on stdout, or write it to --out (a folder: the suggested file name in it) without a reader ever
// seeing half a file.
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomically, writeProblem } from '../storage/atomicFile';
import type { ParsedArgs } from './parseArgs';
import type { CommandContext } from './command';
import { Refusal } from './cliErrors';

/** --from and --to as the request wants them (checked by checkDateRange in the command's check). */
export function dateRangeArgs(args: ParsedArgs): { from?: string; to?: string } {
  const from = args.string('from');
  const to = args.string('to');
  return { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
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
