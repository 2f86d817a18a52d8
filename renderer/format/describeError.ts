// An error envelope in words: the main process writes messages for people; a refused request also lists which
// fields were wrong, so the person (or a bug report) can tell what to fix.
import type { AppErrorShape } from '../../shared/result';

export function describeError(error: AppErrorShape): string {
  const message = error.message.trim() || `Something went wrong (${error.code}).`;
  if (!error.issues?.length) return message;
  const issues = error.issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
  return `${message} (${issues.join('; ')})`;
}
