// The lock, applied the same way to every path that logs work (timer, tray, manual entry, edit, CLI, import):
// the domain decides, this gate turns the decision into "go ahead", "type a reason" or "refused".
import { decideLock } from '../../shared/domain/locks';
import type { LockDecision } from '../../shared/model';
import { AppError } from '../../shared/result';
import type { HandlerSet } from '../router';
import type { ServiceContext } from './context';

export interface GateRequest {
  action: 'start' | 'resume' | 'add' | 'edit';
  categoryId: string;
  at: number;
  end?: number;
  reason?: string;
  /** An entry being edited does not count against its own new span. */
  ignoreEntryId?: string;
}

export class LockGate {
  constructor(private readonly ctx: ServiceContext) {}

  decide(request: Omit<GateRequest, 'reason'>): LockDecision {
    const store = this.ctx.store;
    const now = this.ctx.clock.now();
    const entries = request.ignoreEntryId ? store.getEntries().filter((e) => e.id !== request.ignoreEntryId) : store.getEntries();
    return decideLock({
      action: request.action,
      categoryId: request.categoryId,
      at: request.at,
      end: request.end,
      now,
      settings: store.getSettings(),
      categories: store.getCategories(),
      entries,
      timer: store.getTimer(),
      unlocks: store.getUnlocks(),
    });
  }

  /** Returns the override reason to store with the entry (soft lock), or throws `locked` / `needs-reason`. */
  gate(request: GateRequest): string | undefined {
    const decision = this.decide(request);
    if (decision.verdict === 'allowed') return undefined;
    const said = decision.reasons.join(' ');
    if (decision.verdict === 'blocked') {
      throw new AppError('locked', said, { details: { nextAllowedAt: decision.nextAllowedAt } });
    }
    if (!request.reason) {
      throw new AppError('needs-reason', `${said} Type a reason to go ahead; it is kept with the entry.`);
    }
    return request.reason;
  }

  handlers(): HandlerSet {
    return {
      'locks.check': (request) => this.decide({ ...request, at: request.at ?? this.ctx.clock.now() }),
    };
  }
}
