// Nudges: what the plan says comes next, and the log of what was shown (the scheduler in the desktop issue fires them).
import { planNextNudge } from '../../shared/domain/nudgePlan';
import type { NudgeRecord, PlannedNudge } from '../../shared/model';
import type { HandlerSet } from '../router';
import type { ServiceContext } from './context';

export class NudgeService {
  constructor(private readonly ctx: ServiceContext) {}

  next(): PlannedNudge | null {
    const store = this.ctx.store;
    return planNextNudge({
      settings: store.getSettings(),
      categories: store.getCategories(),
      entries: store.getEntries(),
      timer: store.getTimer(),
      snoozes: store.getSnoozes(),
      pastNudges: store.getNudgeLog(),
      now: this.ctx.clock.now(),
    });
  }

  log(from: number, to: number): NudgeRecord[] {
    return this.ctx.store.getNudgeLog().filter((n) => n.at >= from && n.at < to);
  }

  handlers(): HandlerSet {
    return {
      'nudges.next': () => this.next(),
      'nudges.log': ({ from, to }) => this.log(from, to),
    };
  }
}
