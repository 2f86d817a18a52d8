// App-level lifecycle for the Electron host: one instance per data folder, the store flushed before quitting,
// and storage's recovery notes told to the person once the window listens.
import type { EventBus } from '../eventBus';
import type { DataStore } from '../ports';

interface PreventableEvent {
  preventDefault(): void;
}

/** Takes the single-instance lock; a second launch quits and brings the first one's window forward instead. */
export function claimSingleInstance(
  app: {
    requestSingleInstanceLock(): boolean;
    quit(): void;
    on(event: 'second-instance', listener: () => void): unknown;
  },
  bringForward: () => void,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => bringForward());
  return true;
}

/** Holds the first quit until every queued write is on disk, then quits for real (even if the flush failed). */
export function flushStoreBeforeQuit(
  app: { on(event: 'before-quit', listener: (event: PreventableEvent) => void): unknown; quit(): void },
  store: Pick<DataStore, 'flush'>,
  report: (error: unknown) => void = (error) => console.error('[timelock] could not finish writing before quitting:', error),
): void {
  let state: 'running' | 'flushing' | 'flushed' = 'running';
  app.on('before-quit', (event) => {
    if (state === 'flushed') return;
    event.preventDefault();
    if (state === 'flushing') return;
    state = 'flushing';
    Promise.resolve()
      .then(() => store.flush())
      .catch(report)
      .finally(() => {
        state = 'flushed';
        app.quit();
      });
  });
}

/** Storage's recovery notes (a corrupt file moved aside, a backup loaded) as `notice` events. */
export function announceStorageNotices(bus: Pick<EventBus, 'emit'>, store: Pick<DataStore, 'notices'>): void {
  for (const message of store.notices) bus.emit('notice', { level: 'warning', message });
}
