// The ways past a lock and the answers to idle questions: an unlock with a reason (active after a cool-down), and
// keep / discard / move for time away from a running timer (a move may need a reason under a soft lock).
import type { Api } from '../api';
import type { RequestOf, ResponseOf } from '../../shared/contract';
import type { LockRule, Unlock } from '../../shared/model';
import type { Result } from '../../shared/result';
import { callApi } from './callApi';
import type { PromptStore } from './promptStore';
import { runWithLock } from './runWithLock';

export interface LockCommands {
  /** `lifts`: the rules the refusal named; the unlock lifts those and no more. */
  unlock(reason: string, minutes?: number, lifts?: readonly LockRule[]): Promise<Result<Unlock>>;
  resolveIdle(request: RequestOf<'idle.resolve'>): Promise<Result<ResponseOf<'idle.resolve'>> | null>;
  /** Shows the open idle question, if the host holds one (asked at start, after the app was closed). */
  askPendingIdle(): Promise<void>;
}

export function createLockCommands(api: Api, prompts: PromptStore): LockCommands {
  return {
    unlock: (reason, minutes, lifts) =>
      callApi(api, 'locks.unlock', { reason, ...(minutes === undefined ? {} : { minutes }), ...(lifts && lifts.length > 0 ? { lifts: [...lifts] } : {}) }),
    resolveIdle: (request) => runWithLock(api, prompts, 'idle.resolve', request),
    async askPendingIdle() {
      const pending = await callApi(api, 'idle.pending', {});
      if (pending.ok && pending.value) prompts.getState().askIdle(pending.value);
    },
  };
}
