// The start-up snapshot a window loads first: settings, categories, the running timer and storage notices.
import type { HandlerSet } from '../router';
import type { ServiceContext } from './context';

export class SnapshotService {
  constructor(private readonly ctx: ServiceContext) {}

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
    };
  }
}
