// What every exporting command does with the file the main process made: check its --from/--to first, then put
// the file on stdout, or write it to --out (a folder: the suggested file name in it) without a reader ever
// seeing half a file.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseDate } from '../../shared/domain/time';
import type { ParsedArgs } from './parseArgs';
import type { CommandContext } from './command';
import { Refusal } from './cliErrors';

/** --from and --to as the request wants them, refused in words when either is not a date. */
export function dateRangeArgs(args: ParsedArgs): { from?: string; to?: string } {
  const range: { from?: string; to?: string } = {};
  for (const name of ['from', 'to'] as const) {
    const text = args.string(name);
    if (text === undefined) continue;
    if (!parseDate(text)) throw new Refusal(`--${name} '${text}' is not a date. Write it as yyyy-MM-dd, e.g. 2026-03-25.`);
    range[name] = text;
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
    throw new Refusal(`Timelock could not write ${target}: ${(error as Error).message}`);
  }
  context.say(`Wrote ${target} (${Buffer.byteLength(file.content).toLocaleString('en')} bytes).`);
}

/** A name beside `target` that nobody can guess ahead (128 random bits), so nobody can plant a link there first. */
export function randomTempName(target: string): string {
  return `${target}.${randomBytes(16).toString('hex')}.tmp`;
}

/**
 * Written beside and renamed, so a reader never sees half a file. The temp file is created with `wx` (O_EXCL):
 * anything already at that name, a planted symlink included, fails the write instead of being followed. The rename
 * replaces a link at `target` itself, never the file it points to.
 */
export function writeFileAtomically(target: string, content: string, pickTemp: (target: string) => string = randomTempName): void {
  const temp = pickTemp(target);
  let fd: number;
  try {
    fd = fs.openSync(temp, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new Error(`${temp} appeared before Timelock could create it; nothing was written.`, { cause: error });
    throw error;
  }
  try {
    try {
      fs.writeFileSync(fd, content);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
