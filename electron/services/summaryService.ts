// Week figures from the domain engine: the service only gathers the inputs; every figure is computed in shared/.
// Each week also carries the plan against it (planVsActual's `planned`), merged here so weekSummary stays as it is.
import { planVsActual } from '../../shared/domain/planVsActual';
import { expandWeek } from '../../shared/domain/timeboxOccurrences';
import { weekSummary, weekRange } from '../../shared/domain/weekSummary';
import type { ResponseOf } from '../../shared/contract';
import type { WeekSummary } from '../../shared/model';
import type { PlannedFigures } from '../../shared/planModel';
import type { HandlerSet } from '../router';
import type { ServiceContext } from './context';
import { storedEntries } from './storedEntries';

type WeekWithPlan = ResponseOf<'summary.week'>;
type RangeWithPlan = ResponseOf<'summary.range'>;

export class SummaryService {
  constructor(private readonly ctx: ServiceContext) {}

  private input(at?: number) {
    const store = this.ctx.store;
    const now = this.ctx.clock.now();
    return {
      entries: storedEntries(store),
      categories: store.getCategories(),
      settings: store.getSettings(),
      timer: store.getTimer(),
      now,
      at: at ?? now,
    };
  }

  week(at?: number): WeekWithPlan {
    const input = this.input(at);
    const summary = weekSummary(input);
    return { ...summary, planned: this.planned(summary, input) };
  }

  range(weeks: number, at?: number): RangeWithPlan {
    const input = this.input(at);
    const range = weekRange({ ...input, weeks });
    return { ...range, weeks: range.weeks.map((summary) => ({ ...summary, planned: this.planned(summary, input) })) };
  }

  handlers(): HandlerSet {
    return {
      'summary.week': ({ at }) => this.week(at),
      'summary.range': ({ at, weeks }) => this.range(weeks, at),
    };
  }

  /** The plan against what was logged in the summary's week, counted the way the summary counts logged time. */
  private planned(summary: WeekSummary, input: ReturnType<SummaryService['input']>): PlannedFigures {
    const boxes = this.ctx.store.getTimeboxes();
    const occurrences = boxes.length === 0 ? [] : expandWeek(boxes, summary.start, input.settings);
    return planVsActual({ ...input, occurrences, week: summary.start }).planned;
  }
}
