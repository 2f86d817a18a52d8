// The start-up snapshot a window loads first (settings, categories, the running timer and storage notices), and
// showing the data folder. Only the store's own folder is ever revealed: the request carries no path.
import type { HandlerSet } from '../router';
import type { ServiceContext } from './context';

export class SnapshotService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly revealFolder?: (folder: string) => Promise<boolean>,
  ) {}

  handlers(): HandlerSet {
    return {
      'app.snapshot': () => ({
        settings: this.ctx.store.getSettings(),
        categories: this.ctx.store.getCategories(),
        timer: this.ctx.store.getTimer(),
        now: this.ctx.clock.now(),
        dataDir: this.ctx.store.dataDir,
        storageNotices: [...this.ctx.store.notices],
      }),
      'app.reveal': async () => {
        const path = this.ctx.store.dataDir;
        return { shown: this.revealFolder ? await this.revealFolder(path) : false, path };
      },
    };
  }
}
