// The two ways a command ends short: a usage mistake (exit 2, with the command's usage) and a refusal (exit 1:
// a lock, bad input, a missing file), each with a message for the person on stderr.
import { cleanText } from '../../shared/domain/cleanText';
import { issuesWords, type AppErrorShape } from '../../shared/result';

/** The exit codes of every command: done, refused, a usage mistake. */
export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export class Refusal extends Error {
  readonly exitCode = 1;
  readonly code: AppErrorShape['code'] | 'cli';
  constructor(error: AppErrorShape | string, code?: AppErrorShape['code']) {
    // Messages quote names and cells from files: printed without the escape codes they might carry.
    super(cleanText(typeof error === 'string' ? error : describeRefusal(error), { multiline: true }));
    this.name = 'Refusal';
    this.code = typeof error === 'string' ? (code ?? 'cli') : error.code;
  }
}

/** An error envelope in words, with the fields a refused request got wrong and the flag that passes a soft lock. */
export function describeRefusal(error: AppErrorShape): string {
  const message = error.message.trim() || `Timelock refused (${error.code}).`;
  const issues = issuesWords(error, message);
  const hint = error.code === 'needs-reason' ? '\nGive the reason with --reason "…".' : '';
  return `${message}${issues}${hint}`;
}
