// Calls a channel a lock may refuse. A soft lock's `needs-reason` asks the person for a reason and retries with it;
// a hard lock's `locked` is shown as a dialog with the next allowed time. Null: a dialog has dealt with it (or the
// person cancelled), so the caller has nothing more to show.
import type { Api } from '../api';
import type { RequestOf, ResponseOf } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { localizeClocks } from '../format/localizeClocks';
import { callApi } from './callApi';
import type { PromptStore } from './promptStore';

export type LockedChannel =
  | 'timer.start'
  | 'entries.add'
  | 'entries.update'
  | 'entries.setDayMinutes'
  | 'idle.resolve'
  // Work planned outside the work windows meets the lock as logging it would.
  | 'plan.add'
  | 'plan.update'
  | 'plan.copyWeek'
  | 'plan.importIcs';

export async function runWithLock<C extends LockedChannel>(api: Api, prompts: PromptStore, channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>> | null> {
  const result = await callApi(api, channel, request);
  if (result.ok) return result;
  if (result.error.code === 'locked') {
    prompts.getState().showLocked(result.error);
    return null;
  }
  if (result.error.code !== 'needs-reason') return result;
  const reason = await prompts.getState().askReason(localizeClocks(result.error.message, undefined));
  if (reason === null) return null;
  return runWithLock(api, prompts, channel, { ...request, reason } as RequestOf<C>);
}
