// An error envelope in words: the main process writes messages for people; a refused request also lists which
// fields were wrong, so the person (or a bug report) can tell what to fix.
import type { AppErrorShape } from '../../shared/result';
import { localizeClocks } from './localizeClocks';

/** `locale` is the window's; left out, the system's, which is what the window uses outside tests. */
export function describeError(error: AppErrorShape, locale?: string): string {
  const message = localizeClocks(error.message.trim(), locale) || `Something went wrong (${error.code}).`;
  if (!error.issues?.length) return message;
  const issues = error.issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
  return `${message} (${issues.join('; ')})`;
}
