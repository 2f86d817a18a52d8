// Unlocks: the way past a hard lock, with friction on purpose — a typed reason, a cool-down wait, a limited time.
// Each one is kept in the log, so the person can see every time the lock was set aside and why.
import type { ParsedRequestOf, ResponseOf } from '../../shared/contract';
import { activeUnlock, endUnlock, pendingUnlock, requestUnlock } from '../../shared/domain/unlocks';
import type { Unlock } from '../../shared/model';
import { AppError } from '../../shared/result';
import type { HandlerSet } from '../router';
import type { ServiceContext } from './context';

export class UnlockService {
  constructor(private readonly ctx: ServiceContext) {}

  /**
   * Asks for an unlock now: active after settings.unlockCooldownSeconds, for `minutes` (or the default length).
   * Allowed in every lock mode, so one can be asked for just before switching to hard; it only matters in hard.
   */
  unlock(request: ParsedRequestOf<'locks.unlock'>): Unlock {
    const now = this.ctx.clock.now();
    const settings = this.ctx.store.getSettings();
    const result = requestUnlock(request.reason, now, settings, { durationMinutes: request.minutes, id: this.ctx.ids.newId(), lifts: request.lifts });
    if (!result.ok) throw new AppError(result.error.code, result.error.message);
    this.ctx.store.appendUnlock(result.value);
    // The scheduler hears this and moves a running timer's hard stop to the unlock's end.
    this.ctx.bus.emit('data.changed', { what: ['unlocks'] });
    return result.value;
  }

  /** Ends an unlock now: "End now" on the unlock banner. Ending one already over changes nothing. */
  end(id: string): Unlock {
    const unlock = this.ctx.store.getUnlocks().find((u) => u.id === id);
    if (!unlock) throw new AppError('not-found', 'That unlock is not in the unlock log.');
    const ended = endUnlock(unlock, this.ctx.clock.now());
    if (ended === unlock) return unlock;
    this.ctx.store.replaceUnlock(ended);
    // The scheduler hears this too: a running work timer the unlock let through stops now.
    this.ctx.bus.emit('data.changed', { what: ['unlocks'] });
    return ended;
  }

  status(): ResponseOf<'locks.unlocks'> {
    const now = this.ctx.clock.now();
    const unlocks = this.ctx.store.getUnlocks();
    return {
      active: activeUnlock(unlocks, now),
      pending: pendingUnlock(unlocks, now),
      unlocks: [...unlocks].sort((a, b) => b.requestedAt - a.requestedAt),
    };
  }

  handlers(): HandlerSet {
    return {
      'locks.unlock': (request) => this.unlock(request),
      'locks.unlocks': () => this.status(),
      'locks.endUnlock': (request) => this.end(request.id),
    };
  }
}
