// Dated boundaries: the cap, daily cap, windows and targets set from a week on, upcoming steps, the timeline shown
// with week labels, and what is in force in a week. Every change is one settings write.
import type { BoundaryStep, ParsedRequestOf, ResponseOf } from '../../shared/contract';
import type { Settings } from '../../shared/model';
import { AppError } from '../../shared/result';
import {
  boundariesInForce,
  removeStep,
  setBoundariesFrom,
  setsOf,
  settingsInForce,
  spanIndexInForce,
  spanLabel,
  stepWeekStart,
  timelineOf,
  type Boundaries,
} from '../../shared/domain/boundaries';
import { daysOffBetween } from '../../shared/domain/daysOff';
import { addDays, formatDate, localDateOf, parseDate, parseHHmm, parseWeek, weekLabel, weekStartDate, type CalendarDate } from '../../shared/domain/time';
import type { HandlerSet } from '../router';
import type { ServiceContext } from './context';

/** How far ahead a step of the timeline may be planned. */
const MAX_YEARS_AHEAD = 10;

export class BoundariesService {
  constructor(private readonly ctx: ServiceContext) {}

  /** The settings with the four dated values as in force this week: what a form showing "now" reads. */
  current(settings: Settings = this.ctx.store.getSettings()): Settings {
    return settingsInForce(settings, localDateOf(this.ctx.clock.now(), settings.timeZone));
  }

  /** The settings with `values` set from the week starting `weekStart` on (this week when absent); not saved. */
  withValues(settings: Settings, values: Partial<Boundaries>, weekStart: CalendarDate = this.thisWeek(settings)): Settings {
    if (values.workWindows) checkWindows(values.workWindows);
    const timeline = setBoundariesFrom(timelineOf(settings), weekStart, values, this.firstWeek(settings));
    return this.current({ ...settings, timeline });
  }

  set(request: ParsedRequestOf<'boundaries.set'>): BoundaryStep[] {
    const settings = this.ctx.store.getSettings();
    const weekStart = request.from === undefined ? this.thisWeek(settings) : this.plannable(request.from, this.weekNamed(request.from, settings), settings);
    this.save(this.withValues(settings, request.values, weekStart));
    return this.history();
  }

  removeStep(week: string): BoundaryStep[] {
    const settings = this.ctx.store.getSettings();
    const timeline = timelineOf(settings);
    let change = removeStep(timeline, this.weekNamed(week, settings), settings.weekStartsOn, this.firstWeek(settings));
    // A step named by the very date it was set with, under weeks starting on another day: it is in force from the
    // week nearest that date (stepWeekStart), which may be the next one. Any other date names the week holding it.
    const date = parseDate(week);
    if (!change.ok && date && timeline.some((span) => span.from === formatDate(date))) {
      const nearest = removeStep(timeline, stepWeekStart(formatDate(date), settings.weekStartsOn), settings.weekStartsOn, this.firstWeek(settings));
      if (nearest.ok) change = nearest;
    }
    if (!change.ok) throw new AppError('conflict', change.reason);
    this.save(this.current({ ...settings, timeline: change.timeline }));
    return this.history();
  }

  history(): BoundaryStep[] {
    const settings = this.ctx.store.getSettings();
    const timeline = timelineOf(settings);
    const now = spanIndexInForce(timeline, this.thisWeek(settings));
    const first = this.firstWeek(settings);
    return timeline.map((span, i) => {
      const { from: _from, ...values } = span;
      return { from: spanLabel(span, first, settings.weekStartsOn), ...values, sets: setsOf(timeline, i), state: i < now ? 'past' : i === now ? 'current' : 'upcoming' };
    });
  }

  inForce(week: string | undefined): ResponseOf<'boundaries.inForce'> {
    const settings = this.ctx.store.getSettings();
    const start = week === undefined ? this.thisWeek(settings) : this.weekNamed(week, settings);
    const timeline = timelineOf(settings);
    const span = timeline[spanIndexInForce(timeline, start)]!;
    return {
      week: weekLabel(start, settings.weekStartsOn),
      since: spanLabel(span, this.firstWeek(settings), settings.weekStartsOn),
      ...boundariesInForce(timeline, start),
      daysOff: daysOffBetween(settings.daysOff, formatDate(start), formatDate(addDays(start, 6))),
    };
  }

  handlers(): HandlerSet {
    return {
      'boundaries.set': (request) => this.set(request),
      'boundaries.removeStep': ({ week }) => this.removeStep(week),
      'boundaries.history': () => this.history(),
      'boundaries.inForce': ({ week }) => this.inForce(week),
    };
  }

  private save(settings: Settings): void {
    this.ctx.store.setSettings(settings);
    this.ctx.bus.emit('data.changed', { what: ['settings'] });
  }

  private thisWeek(settings: Settings): CalendarDate {
    return weekStartDate(this.ctx.clock.now(), settings.timeZone, settings.weekStartsOn);
  }

  /** The week the first span is shown from: the earliest week with data, or this week when there is none. */
  private firstWeek(settings: Settings): CalendarDate {
    const [earliest] = this.ctx.store.getEntries();
    return weekStartDate(earliest ? earliest.start : this.ctx.clock.now(), settings.timeZone, settings.weekStartsOn);
  }

  private weekNamed(name: string, settings: Settings): CalendarDate {
    const start = parseWeek(name, settings.weekStartsOn);
    if (!start) {
      throw new AppError('bad-request', `'${name}' names no week. Use a week like 2026-W41 or a date like 2026-10-05.`, {
        issues: [{ path: 'week', message: 'not a week' }],
      });
    }
    return start;
  }

  /**
   * A week a new step may start in: none ending before 1970 (no instant before it is kept), none so far ahead that it
   * can only be a slip of the keyboard (9999-W01); a return-to-work ramp is planned months ahead, not decades. Only for
   * setting: a week is read, and a step kept from before removed, wherever it lies.
   */
  private plannable(name: string, start: CalendarDate, settings: Settings): CalendarDate {
    // The week's last day: 1970-W01 begins on Monday 29 December 1969 and is 1970's first week.
    if (addDays(start, 6).year < 1970) throw new AppError('bad-request', `'${name}' is before 1970, where Timelock's weeks begin.`, { issues: [{ path: 'week', message: 'before 1970' }] });
    const limit = this.thisWeek(settings).year + MAX_YEARS_AHEAD;
    if (start.year > limit) {
      throw new AppError('bad-request', `'${name}' is more than ${MAX_YEARS_AHEAD} years ahead: a step can be planned up to ${limit}.`, { issues: [{ path: 'week', message: 'too far ahead' }] });
    }
    return start;
  }
}

/** Two windows on one day may not start at the same time: which one a time falls in would be a guess. */
export function checkWindows(workWindows: Settings['workWindows']): void {
  workWindows.forEach((windows, weekday) => {
    const sorted = [...windows].sort((a, b) => parseHHmm(a.start) - parseHHmm(b.start));
    if (new Set(sorted.map((w) => w.start)).size !== sorted.length) {
      throw new AppError('bad-request', 'Two work windows on the same day start at the same time.', {
        issues: [{ path: `workWindows.${weekday}`, message: 'duplicate window start' }],
      });
    }
  });
}
