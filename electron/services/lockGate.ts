// The lock, applied the same way to every path that logs work (timer, tray, manual entry, edit, CLI, import):
// the domain decides, this gate turns the decision into "go ahead", "type a reason" or "refused".
import { decideLock, hardStopAt, RULE_OF_STOP, type HardStop } from '../../shared/domain/locks';
import { activeUnlock } from '../../shared/domain/unlocks';
import type { Entry, LockDecision, RunningTimer } from '../../shared/model';
import { AppError } from '../../shared/result';
import type { HandlerSet } from '../router';
import type { ServiceContext } from './context';

export interface GateRequest {
  action: 'start' | 'resume' | 'add' | 'edit';
  categoryId: string;
  at: number;
  end?: number;
  reason?: string;
  /** The entry being edited: judged by what the edit adds, not counted against its own new span. */
  ignoreEntryId?: string;
  /** Entries the same change adds before this one (a day's total placed in pieces): counted against the caps too. */
  pending?: readonly Entry[];
}

export class LockGate {
  constructor(private readonly ctx: ServiceContext) {}

  decide(request: Omit<GateRequest, 'reason'>): LockDecision {
    const store = this.ctx.store;
    const now = this.ctx.clock.now();
    return decideLock({
      action: request.action,
      categoryId: request.categoryId,
      at: request.at,
      end: request.end,
      now,
      settings: store.getSettings(),
      categories: store.getCategories(),
      // The edited entry stays in the list and is named: an edit is judged by what it adds (fixing a note on
      // an off-hours entry is not new off-hours work).
      entries: request.pending?.length ? [...store.getEntries(), ...request.pending] : store.getEntries(),
      entryId: request.ignoreEntryId,
      timer: store.getTimer(),
      unlocks: store.getUnlocks(),
    });
  }

  /** Returns the override reason to store with the entry (soft lock), or throws `locked` / `needs-reason`. */
  gate(request: GateRequest): string | undefined {
    const decision = this.decide(request);
    if (decision.verdict === 'allowed') {
      // Work that a hard lock would refuse but an unlock lets through keeps the unlock's reason, like a soft override.
      const settings = this.ctx.store.getSettings();
      if (settings.lockMode !== 'hard' || decision.reasons.length === 0) return undefined;
      return activeUnlock(this.ctx.store.getUnlocks(), this.ctx.clock.now(), decision.rules ?? [])?.reason;
    }
    const said = decision.reasons.join(' ');
    if (decision.verdict === 'blocked') {
      // The rules go with the refusal, so an unlock asked for from it lifts those and no more.
      throw new AppError('locked', said, { details: { nextAllowedAt: decision.nextAllowedAt, rules: (decision.rules ?? []).join(',') } });
    }
    if (!request.reason) {
      throw new AppError('needs-reason', `${said} Type a reason to go ahead; it is kept with the entry.`);
    }
    return request.reason;
  }

  /** When hard mode must stop the running work timer, judged from `from` on: now, or the last instant the app was awake. */
  hardStop(from: number): HardStop | null {
    const store = this.ctx.store;
    return hardStopAt({
      now: from,
      settings: store.getSettings(),
      categories: store.getCategories(),
      entries: store.getEntries(),
      timer: store.getTimer(),
      unlocks: store.getUnlocks(),
    });
  }

  /**
   * The reason of the unlock a work run went on under past where the hard lock would have stopped it (one asked for
   * mid-run, to finish past the window's end): kept with the saved entry, as a start under an unlock keeps its reason.
   * Undefined when the run ended before any stop, in other modes, or when no unlock covered that stop.
   */
  unlockedRunReason(timer: RunningTimer, end: number): string | undefined {
    const store = this.ctx.store;
    const settings = store.getSettings();
    if (settings.lockMode !== 'hard') return undefined;
    const unguarded = hardStopAt({ now: timer.start, settings, categories: store.getCategories(), entries: store.getEntries(), timer, unlocks: [] });
    if (!unguarded || unguarded.at >= end) return undefined;
    return activeUnlock(store.getUnlocks(), unguarded.at, [RULE_OF_STOP[unguarded.why]])?.reason;
  }

  handlers(): HandlerSet {
    return {
      'locks.check': (request) => this.decide({ ...request, at: request.at ?? this.ctx.clock.now() }),
    };
  }
}
