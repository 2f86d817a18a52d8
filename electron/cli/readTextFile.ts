// A file named on the command line, read as UTF-8 relative to the folder the command was run in; a missing or
// unreadable file is a refusal in words, not a stack trace. Its size is checked against the import budget from
// fstat before a byte is read, and reading stops at the limit (a file that grows, or a device, is never read whole).
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/result';
import { ImportBudget, type ImportLimits } from '../services/import/importBudget';
import { Refusal } from './cliErrors';

export function readTextFile(cwd: string, file: string, limits: ImportLimits): { path: string; text: string; bytes: number } {
  const full = path.resolve(cwd, file);
  const budget = new ImportBudget(limits, path.basename(full));
  let fd: number | null = null;
  try {
    fd = fs.openSync(full, 'r');
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    budget.checkBytes(stat.size);
    const data = readAtMost(fd, limits.bytes + 1);
    budget.checkBytes(data.length);
    return { path: full, text: data.toString('utf8').replace(/^\uFEFF/, ''), bytes: data.length };
  } catch (error) {
    if (error instanceof AppError) throw new Refusal(error);
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new Refusal(`Timelock could not read ${full}: ${why}.`);
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/** Up to `max` bytes of the file, whatever its size said. */
function readAtMost(fd: number, max: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < max) {
    const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, max - total));
    const read = fs.readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
  }
  return Buffer.concat(chunks, total);
}
