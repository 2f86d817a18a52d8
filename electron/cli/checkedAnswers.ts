// What a read-only command (status) asks, answered by the same services the router calls (SnapshotService,
// SummaryService) over the folder's checked files (checkedReadStore.ts), and the other computers' timers from
// sync-state.json (checkedOtherTimers.ts), without building the router, the contract or the other services. The
// requests come from our own command code, not from a person, so the router's request check has nothing to catch here;
// a channel not served here answers undefined and goes to the full open.
import fs from 'node:fs';
import path from 'node:path';
import type { EventBus } from '../eventBus';
import type { Clock } from '../ports';
import type { HandlerSet } from '../router';
import type { ServiceContext } from '../services/context';
import { SnapshotService } from '../services/snapshotService';
import { SummaryService } from '../services/summaryService';
import { checkedReadStore } from '../storage/checkedReadStore';
import type { CheckedFiles } from '../storage/checkedFiles';
import { hardStopAt } from '../../shared/domain/locks';
import { DAY } from '../../shared/domain/time';
import { ok, type Result } from '../../shared/result';

/**
 * SYNC_STATE_FILE of electron/sync/syncStateFile.ts, named again here: importing that module would cost every status
 * about 2 ms as the bundle loads, sync on or off (test/electron/cli/statusFast.test.ts fails should the two differ).
 */
const SYNC_STATE_FILE = 'sync-state.json';

const unused = (what: string) => () => {
  throw new Error(`Reading from checked files has no ${what}.`);
};

export interface CheckedAnswers {
  /** The answer, or undefined for a channel only the full open serves. Throws when a file changed meanwhile. */
  call(channel: string, payload: unknown): Promise<Result<unknown>> | undefined;
}

export function checkedAnswers(dataDir: string, files: CheckedFiles, clock: Clock): CheckedAnswers {
  const ctx: ServiceContext = {
    store: checkedReadStore(dataDir, files),
    clock,
    ids: { newId: unused('ids') },
    bus: { emit: unused('events'), subscribe: unused('events') } as EventBus,
    notifier: { notify: unused('notifier') },
  };
  const handlers: HandlerSet = {
    ...new SnapshotService(ctx).handlers(),
    ...new SummaryService(ctx).handlers(),
    // With sync off there is no sync-state.json, and one look at the folder is all this costs a status.
    'sync.otherTimers': async () => (fs.existsSync(path.join(dataDir, SYNC_STATE_FILE)) ? (await import('./checkedOtherTimers')).checkedOtherTimers(dataDir) : []),
  };
  const served = new Set(['app.snapshot', 'summary.week', 'sync.otherTimers']);
  let stopDue: boolean | undefined;
  return {
    call(channel, payload) {
      if (!served.has(channel)) return undefined;
      if ((stopDue ??= hardStopMayBeDue(ctx.store, clock.now()))) return undefined;
      const handler = handlers[channel as keyof HandlerSet] as (request: unknown) => unknown;
      return Promise.resolve(handler(payload ?? {})).then(ok);
    },
  };
}

/**
 * Whether the hard lock may have stopped the running work timer while no Timelock ran: only the full open makes that
 * stop (TimelockApp.catchUp), so status is answered there then. Judged without unlocks, which only put a stop later,
 * and from the timer's start, which finds a stop no later than the full open finds from the last heartbeat: no stop
 * by now here means none there. Reads the month files from the run's start to now (and a fortnight past its start).
 */
function hardStopMayBeDue(store: ServiceContext['store'], now: number): boolean {
  const timer = store.getTimer();
  const settings = store.getSettings();
  if (!timer || settings.lockMode !== 'hard') return false;
  // The weeks hardStopAt counts caps in: those of the start and of its look-ahead, a fortnight.
  const entries = store.entriesBetween(timer.start - 8 * DAY, Math.max(now, timer.start + 15 * DAY) + 8 * DAY);
  const stop = hardStopAt({ now: timer.start, settings, categories: store.getCategories(), entries, timer, unlocks: [] });
  return stop !== null && stop.at <= now;
}
