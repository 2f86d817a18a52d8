// Settings: read and change them as a whole-checked patch; an invalid result is refused and nothing is written.
import { settingsSchema, type Settings } from '../../shared/model';
import { AppError } from '../../shared/result';
import { isValidTimeZone, parseHHmm } from '../../shared/domain/time';
import type { ParsedRequestOf } from '../../shared/contract';
import type { HandlerSet } from '../router';
import type { ServiceContext } from './context';

export class SettingsService {
  constructor(private readonly ctx: ServiceContext) {}

  get(): Settings {
    return this.ctx.store.getSettings();
  }

  update(patch: ParsedRequestOf<'settings.update'>): Settings {
    const next = settingsSchema.parse({ ...this.ctx.store.getSettings(), ...patch });
    if (!isValidTimeZone(next.timeZone)) {
      throw new AppError('bad-request', `'${next.timeZone}' is not a time zone Timelock knows. Use an IANA name such as Europe/Berlin.`, {
        issues: [{ path: 'timeZone', message: 'unknown time zone' }],
      });
    }
    next.workWindows.forEach((windows, weekday) => {
      const sorted = [...windows].sort((a, b) => parseHHmm(a.start) - parseHHmm(b.start));
      if (new Set(sorted.map((w) => w.start)).size !== sorted.length) {
        throw new AppError('bad-request', 'Two work windows on the same day start at the same time.', {
          issues: [{ path: `workWindows.${weekday}`, message: 'duplicate window start' }],
        });
      }
    });
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
