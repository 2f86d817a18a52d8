// The composition root every host shares: given the ports, build the services, the router and the event bus.
// A host (Electron, browser, CLI, tests) only adapts its transport to `router.call` and forwards `bus` events.
import { randomUUID } from 'node:crypto';
import { createEventBus, type EventBus } from './eventBus';
import { collectHandlers, createRouter, type Router } from './router';
import type { Clock, DataStore, IdSource, Notifier } from './ports';
import type { ServiceContext } from './services/context';
import { SettingsService } from './services/settingsService';
import { CategoriesService } from './services/categoriesService';
import { EntriesService } from './services/entriesService';
import { TimerService } from './services/timerService';
import { LockGate } from './services/lockGate';
import { SummaryService } from './services/summaryService';
import { SnapshotService } from './services/snapshotService';
import { NudgeService } from './services/nudgeService';

export interface TimelockPorts {
  store: DataStore;
  clock?: Clock;
  ids?: IdSource;
  notifier?: Notifier;
  onInternalError?: (channel: string, error: unknown) => void;
}

export interface TimelockApp {
  router: Router;
  bus: EventBus;
  store: DataStore;
  services: {
    settings: SettingsService;
    categories: CategoriesService;
    entries: EntriesService;
    timer: TimerService;
    locks: LockGate;
    summary: SummaryService;
    nudges: NudgeService;
  };
}

export const systemClock: Clock = { now: () => Date.now() };
export const randomIds: IdSource = { newId: () => randomUUID() };

export function createTimelock(ports: TimelockPorts): TimelockApp {
  const bus = createEventBus();
  const ctx: ServiceContext = {
    store: ports.store,
    clock: ports.clock ?? systemClock,
    ids: ports.ids ?? randomIds,
    bus,
    // Without a desktop notifier the nudge still goes out as a push event (the browser host's toasts).
    notifier: ports.notifier ?? { notify: () => undefined },
  };
  const settings = new SettingsService(ctx);
  const categories = new CategoriesService(ctx);
  const locks = new LockGate(ctx);
  const entries = new EntriesService(ctx, categories, locks);
  const timer = new TimerService(ctx, categories, entries, locks);
  const summary = new SummaryService(ctx);
  const nudges = new NudgeService(ctx);
  const snapshot = new SnapshotService(ctx);
  const handlers = collectHandlers([
    snapshot.handlers(),
    settings.handlers(),
    categories.handlers(),
    entries.handlers(),
    timer.handlers(),
    locks.handlers(),
    summary.handlers(),
    nudges.handlers(),
  ]);
  return {
    router: createRouter(handlers, { onInternalError: ports.onInternalError }),
    bus,
    store: ports.store,
    services: { settings, categories, entries, timer, locks, summary, nudges },
  };
}
