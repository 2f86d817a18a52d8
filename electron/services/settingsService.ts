// Settings: read and change them as a whole-checked patch; an invalid result is refused and nothing is written. The
// cap, daily cap, windows and targets are dated: a change to them applies from this week on (boundariesService).
import { settingsSchema, type Settings } from '../../shared/model';
import { AppError } from '../../shared/result';
import { canonicalTimeZone, isValidTimeZone } from '../../shared/domain/time';
import type { Boundaries } from '../../shared/domain/boundaries';
import type { ParsedRequestOf } from '../../shared/contract';
import type { HandlerSet } from '../router';
import type { BoundariesService } from './boundariesService';
import type { ServiceContext } from './context';

export class SettingsService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly boundaries: BoundariesService,
  ) {}

  get(): Settings {
    return this.boundaries.current();
  }

  update(patch: ParsedRequestOf<'settings.update'>): Settings {
    const { weeklyCapMinutes, dailyCapMinutes, workWindows, targets, ...rest } = patch;
    const dated: Partial<Boundaries> = Object.fromEntries(
      Object.entries({ weeklyCapMinutes, dailyCapMinutes, workWindows, targets }).filter(([, value]) => value !== undefined),
    );
    let next = settingsSchema.parse({ ...this.ctx.store.getSettings(), ...rest });
    if (!isValidTimeZone(next.timeZone)) {
      throw new AppError('bad-request', `'${next.timeZone}' is not a time zone Timelock knows. Use an IANA name such as Europe/Berlin.`, {
        issues: [{ path: 'timeZone', message: 'unknown time zone' }],
      });
    }
    next = { ...next, timeZone: canonicalTimeZone(next.timeZone) };
    next = Object.keys(dated).length > 0 ? this.boundaries.withValues(next, dated) : this.boundaries.current(next);
    this.ctx.store.setSettings(next);
    this.ctx.bus.emit('data.changed', { what: ['settings'] });
    return next;
  }

  handlers(): HandlerSet {
    return {
      'settings.get': () => this.get(),
      'settings.update': (patch) => this.update(patch),
    };
  }
}
