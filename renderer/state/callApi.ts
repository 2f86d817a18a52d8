// Calls a channel and always answers an envelope: a transport that throws (a closed IPC pipe, a dead server)
// becomes an `internal` error the person can read, so no store action ever loses an error to a rejected promise.
import type { Api } from '../api';
import type { ChannelName, RequestOf, ResponseOf } from '../../shared/contract';
import type { Result } from '../../shared/result';

export async function callApi<C extends ChannelName>(api: Api, channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>> {
  try {
    return await api.call(channel, request);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return { ok: false, error: { code: 'internal', message: `Timelock could not reach its main process (${channel}): ${reason}` } };
  }
}
