// Week figures from the domain engine: the service only gathers the inputs; every figure is computed in shared/.
import { weekSummary, weekRange } from '../../shared/domain/weekSummary';
import type { WeekRange, WeekSummary } from '../../shared/model';
import type { HandlerSet } from '../router';
import type { ServiceContext } from './context';

export class SummaryService {
  constructor(private readonly ctx: ServiceContext) {}

  private input(at?: number) {
    const store = this.ctx.store;
    const now = this.ctx.clock.now();
    return {
      entries: { between: (from: number, to: number) => store.entriesBetween(from, to) },
      categories: store.getCategories(),
      settings: store.getSettings(),
      timer: store.getTimer(),
      now,
      at: at ?? now,
    };
  }

  week(at?: number): WeekSummary {
    return weekSummary(this.input(at));
  }

  range(weeks: number, at?: number): WeekRange {
    return weekRange({ ...this.input(at), weeks });
  }

  handlers(): HandlerSet {
    return {
      'summary.week': ({ at }) => this.week(at),
      'summary.range': ({ at, weeks }) => this.range(weeks, at),
    };
  }
}
