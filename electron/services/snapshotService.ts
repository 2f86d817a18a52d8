// The start-up snapshot a window loads first (settings, categories, the running timer and storage notices), and
// showing the data folder. Only the store's own folder is ever revealed: the request carries no path.
import { settingsInForce } from '../../shared/domain/boundaries';
import { localDateOf } from '../../shared/domain/time';
import { readLocaleConventions } from '../../shared/localeConventions';
import type { HandlerSet } from '../router';
import type { ServiceContext } from './context';

export class SnapshotService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly revealFolder?: (folder: string) => Promise<boolean>,
  ) {}

  /** The cap, daily cap, windows and targets as in force this week, as settings.get answers them. */
  private currentSettings() {
    const settings = this.ctx.store.getSettings();
    return settingsInForce(settings, localDateOf(this.ctx.clock.now(), settings.timeZone));
  }

  handlers(): HandlerSet {
    return {
      'app.snapshot': ({ locale }) => {
        const settings = this.currentSettings();
        const now = this.ctx.clock.now();
        // This process's ICU has started already: reading a locale here costs a few ms, in a window's first paint ~30 of CPU and more in wall time (measured).
        const conventions = locale === undefined ? null : readLocaleConventions(locale, settings.timeZone, now);
        return {
          settings,
          categories: this.ctx.store.getCategories(),
          timer: this.ctx.store.getTimer(),
          now,
          dataDir: this.ctx.store.dataDir,
          storageNotices: [...this.ctx.store.notices],
          ...(conventions ? { conventions } : {}),
        };
      },
      'app.reveal': async () => {
        const path = this.ctx.store.dataDir;
        return { shown: this.revealFolder ? await this.revealFolder(path) : false, path };
      },
    };
  }
}
