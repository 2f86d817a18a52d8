// Days off: dates with no work window and a lower weekly cap, added as a date or a range, listed and removed.
import type { ParsedRequestOf } from '../../shared/contract';
import type { DayOff } from '../../shared/model';
import { AppError } from '../../shared/result';
import { addDaysOff, datesFromTo, daysOffBetween } from '../../shared/domain/daysOff';
import { parseDate } from '../../shared/domain/time';
import type { HandlerSet } from '../router';
import type { ServiceContext } from './context';

/** A range longer than a year is more likely a typo in the year than a plan. */
const MAX_DAYS = 366;

export class DaysOffService {
  constructor(private readonly ctx: ServiceContext) {}

  add(request: ParsedRequestOf<'daysOff.add'>): DayOff[] {
    const dates = datesFromTo(parseDate(request.from)!, parseDate(request.to ?? request.from)!);
    if (dates.length > MAX_DAYS) {
      throw new AppError('bad-request', `That is ${dates.length} days off; take at most ${MAX_DAYS} at once.`, { issues: [{ path: 'to', message: 'range too long' }] });
    }
    const settings = this.ctx.store.getSettings();
    const daysOff = addDaysOff(settings.daysOff, dates, request.kind ?? 'other', request.note ?? '');
    this.save({ ...settings, daysOff });
    const added = new Set(dates);
    return daysOff.filter((d) => added.has(d.date));
  }

  list(request: ParsedRequestOf<'daysOff.list'>): DayOff[] {
    return daysOffBetween(this.ctx.store.getSettings().daysOff, request.from ?? null, request.to ?? null);
  }

  remove(date: string): DayOff {
    const settings = this.ctx.store.getSettings();
    const found = settings.daysOff.find((d) => d.date === date);
    if (!found) throw new AppError('not-found', `${date} is not a day off.`);
    this.save({ ...settings, daysOff: settings.daysOff.filter((d) => d !== found) });
    return found;
  }

  handlers(): HandlerSet {
    return {
      'daysOff.add': (request) => this.add(request),
      'daysOff.list': (request) => this.list(request),
      'daysOff.remove': ({ date }) => this.remove(date),
    };
  }

  private save(settings: Parameters<ServiceContext['store']['setSettings']>[0]): void {
    this.ctx.store.setSettings(settings);
    this.ctx.bus.emit('data.changed', { what: ['settings'] });
  }
}
