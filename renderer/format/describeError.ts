// An error envelope in words: the main process writes messages for people; a refused request also lists which
// fields were wrong, so the person (or a bug report) can tell what to fix.
import { issuesWords, type AppErrorShape } from '../../shared/result';
import { localizeClocks } from './localizeClocks';

/** `locale` is the window's; left out, the system's, which is what the window uses outside tests. */
export function describeError(error: AppErrorShape, locale?: string): string {
  const message = localizeClocks(error.message.trim(), locale) || `Something went wrong (${error.code}).`;
  return `${message}${issuesWords(error, error.message)}`;
}
