// What every service receives: its ports and the event bus. Built once per host in electron/app.ts.
import type { EventBus } from '../eventBus';
import type { Clock, DataStore, IdSource, Notifier } from '../ports';

export interface ServiceContext {
  store: DataStore;
  clock: Clock;
  ids: IdSource;
  bus: EventBus;
  notifier: Notifier;
}
