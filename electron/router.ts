// The one router every host uses: channel → handler, with the contract's schemas checked on the way in and out.
// A bad request is `bad-request` with the schema's issues; a handler that throws (anything but a person-facing
// AppError) or answers outside its schema is `internal` (our bug): reported where the host says, answered with a
// plain message; nothing throws past this function.
import type { z } from 'zod';
import { channels, type ChannelName, type ParsedRequestOf, type ResponseOf } from '../shared/contract';
import { AppError, fail, ok, type ErrorIssue, type Result } from '../shared/result';

export type Handler<C extends ChannelName> = (request: ParsedRequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>>;
export type Handlers = { [C in ChannelName]: Handler<C> };
/** What one service answers: some channels of the contract. */
export type HandlerSet = Partial<Handlers>;

export interface Router {
  call(channel: string, payload: unknown): Promise<Result<unknown>>;
  readonly channelNames: readonly ChannelName[];
}

function issuesOf(error: z.ZodError): ErrorIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(payload)', message: i.message }));
}

/** Merges the services' handler sets; refuses to build if a channel has no handler, two, or a handler no channel. */
export function collectHandlers(sets: HandlerSet[]): Handlers {
  const merged: Record<string, unknown> = {};
  for (const set of sets) {
    for (const [name, handler] of Object.entries(set)) {
      if (!(name in channels)) throw new Error(`Handler for '${name}', which the contract does not name.`);
      if (name in merged) throw new Error(`Two handlers for channel '${name}'.`);
      merged[name] = handler;
    }
  }
  const missing = Object.keys(channels).filter((name) => !(name in merged));
  if (missing.length > 0) throw new Error(`No handler for channel(s): ${missing.join(', ')}.`);
  return merged as Handlers;
}

export type InternalErrorReporter = (channel: string, error: unknown) => void;

/** Where a bug goes when the host names no reporter: the terminal, with the channel and the stack. */
export const reportToConsole: InternalErrorReporter = (channel, error) =>
  console.error(`[timelock] ${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);

export function createRouter(handlers: Handlers, options: { onInternalError?: InternalErrorReporter } = {}): Router {
  const report = options.onInternalError ?? reportToConsole;
  return {
    channelNames: Object.keys(channels) as ChannelName[],
    async call(channel, payload) {
      if (!Object.prototype.hasOwnProperty.call(channels, channel)) {
        return fail({ code: 'unknown-channel', message: `There is no channel called '${channel}'.` });
      }
      const name = channel as ChannelName;
      const spec = channels[name];
      const parsed = spec.request.safeParse(payload);
      if (!parsed.success) {
        return fail({ code: 'bad-request', message: `The request to ${name} is not valid.`, issues: issuesOf(parsed.error) });
      }
      try {
        const handler = handlers[name] as (request: unknown) => unknown;
        const value = await handler(parsed.data);
        const checked = spec.response.safeParse(value);
        if (!checked.success) {
          report(name, new Error(`response outside its schema: ${JSON.stringify(issuesOf(checked.error))}`));
          return fail({ code: 'internal', message: `Timelock answered ${name} wrongly. This is a bug; nothing was lost.` });
        }
        return ok(checked.data);
      } catch (error) {
        // An AppError coded 'internal' is a bug found by a check (an entry that would not load back): reported like
        // any other throw, and its wording (schema issues) stays in the report.
        if (error instanceof AppError && error.code !== 'internal') return fail(error.toShape());
        report(name, error);
        return fail({ code: 'internal', message: `Something went wrong in ${name}. This is a bug; the change was not saved.` });
      }
    },
  };
}
