// The one error envelope that crosses every boundary (IPC, HTTP, socket, CLI): values, never throws.
export const ERROR_CODES = [
  'bad-request', // the payload failed the channel's schema; `issues` lists where
  'unknown-channel',
  'not-found',
  'conflict', // e.g. an entry overlapping another
  'locked', // a lock refused the action; the message says why and when it is allowed
  'needs-reason', // soft lock: the action is allowed with a typed reason
  'storage', // the data folder could not be read or written
  'unauthorized', // browser host: the session cookie (set by the printed one-time URL) was missing or wrong
  'internal', // our bug: a handler threw or answered outside its schema
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorIssue {
  path: string;
  message: string;
}

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  issues?: ErrorIssue[];
  /** Plain extra fields a client may use, e.g. the next allowed instant of a lock. */
  details?: Record<string, string | number | boolean | null>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/**
 * A refusal's issues in words, for after its message: " (line 3: …; values.cap: …)", or "" when there are none to add.
 * An issue whose words already start with its path ("line 2: …") is not prefixed again, and one the message already
 * says word for word (a problem with the whole file) is left out: both were printed twice.
 */
export function issuesWords(error: Pick<AppErrorShape, 'message' | 'issues'>, message = error.message): string {
  const words = (error.issues ?? [])
    .filter((issue) => !message.includes(issue.message))
    .map((issue) => (issue.path && !issue.message.startsWith(`${issue.path}: `) ? `${issue.path}: ${issue.message}` : issue.message));
  return words.length ? ` (${words.join('; ')})` : '';
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppErrorShape): Result<never> => ({ ok: false, error });

/** Thrown inside services, turned into an envelope by the router. Never crosses a boundary as an exception. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: AppErrorShape['details'];
  readonly issues?: ErrorIssue[];
  constructor(code: ErrorCode, message: string, extra: { details?: AppErrorShape['details']; issues?: ErrorIssue[] } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = extra.details;
    this.issues = extra.issues;
  }
  toShape(): AppErrorShape {
    return {
      code: this.code,
      message: this.message,
      ...(this.issues ? { issues: this.issues } : {}),
      ...(this.details ? { details: this.details } : {}),
    };
  }
}
