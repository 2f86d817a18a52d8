// Weekly check-ins: energy and mood from 1 to 5 and a note, one per week, kept beside the hours for Insights.
import type { ParsedRequestOf } from '../../shared/contract';
import type { CheckIn } from '../../shared/model';
import { AppError } from '../../shared/result';
import { parseWeek, weekLabel } from '../../shared/domain/time';
import type { HandlerSet } from '../router';
import type { ServiceContext } from './context';

export class CheckInsService {
  constructor(private readonly ctx: ServiceContext) {}

  list(): CheckIn[] {
    return [...this.ctx.store.getCheckIns()].sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : a.at - b.at));
  }

  save(request: ParsedRequestOf<'checkins.save'>): CheckIn {
    const { weekStartsOn } = this.ctx.store.getSettings();
    const first = parseWeek(request.week, weekStartsOn);
    if (first === null) {
      throw new AppError('bad-request', `'${request.week}' is not a week label Timelock uses; use the week's label as the summary gives it (e.g. 2026-W13).`, {
        issues: [{ path: 'week', message: 'unknown week label' }],
      });
    }
    // A date inside the week names the same week as its label: one check-in per week, under the canonical label.
    const week = weekLabel(first, weekStartsOn);
    const checkIn: CheckIn = { week, at: this.ctx.clock.now(), energy: request.energy, mood: request.mood, note: request.note ?? '' };
    this.ctx.store.setCheckIns([...this.ctx.store.getCheckIns().filter((c) => c.week !== week), checkIn]);
    this.ctx.bus.emit('data.changed', { what: ['checkins'] });
    return checkIn;
  }

  handlers(): HandlerSet {
    return {
      'checkins.list': () => this.list(),
      'checkins.save': (request) => this.save(request),
    };
  }
}
