// A file named on the command line, read as UTF-8 relative to the folder the command was run in; a missing or
// unreadable file is a refusal in words, not a stack trace.
import fs from 'node:fs';
import path from 'node:path';
import { Refusal } from './cliErrors';

export function readTextFile(cwd: string, file: string): { path: string; text: string; bytes: number } {
  const full = path.resolve(cwd, file);
  try {
    const data = fs.readFileSync(full);
    return { path: full, text: data.toString('utf8').replace(/^\uFEFF/, ''), bytes: data.length };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new Refusal(`Timelock could not read ${full}: ${why}.`);
  }
}
