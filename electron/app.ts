// The composition root every host shares: given the ports, build the services, the router and the event bus.
// A host (Electron, browser, CLI, tests) only adapts its transport to `router.call` and forwards `bus` events.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { createEventBus, type EventBus } from './eventBus';
import { collectHandlers, createRouter, type HandlerSet, type InternalErrorReporter, type Router } from './router';
import type { Clock, DataStore, FolderPicker, IdleProbe, IdSource, Notifier, Timers } from './ports';
import type { ServiceContext } from './services/context';
import { BoundariesService } from './services/boundariesService';
import { DaysOffService } from './services/daysOffService';
import { SettingsService } from './services/settingsService';
import { CategoriesService } from './services/categoriesService';
import { EntriesService } from './services/entriesService';
import { TimerService } from './services/timerService';
import { LockGate } from './services/lockGate';
import { SummaryService } from './services/summaryService';
import { SnapshotService } from './services/snapshotService';
import { NudgeService } from './services/nudgeService';
import { CheckInsService } from './services/checkInsService';
import { Scheduler, type SchedulerOptions } from './services/scheduler';
import { IdleService } from './services/idleService';
import { IdleResolver } from './services/idleResolver';
import { UnlockService } from './services/unlockService';
import { ImportService } from './services/importService';
import { ExportService } from './services/exportService';
import { BackupService } from './services/backupService';
import { TimeboxService } from './services/timeboxService';
import { openBackupFolder, type BackupFolder } from './storage/backupFolder';
import { SyncService, type SyncRoundResult } from './services/syncService';
import { syncedDataStore } from './sync/dataStoreSyncAdapter';
import { fileSyncStateStore, isExistingFolder } from './sync/syncStateFile';
import { nodeSyncFs } from './sync/syncFs';
import { watchSyncFolder } from './sync/syncWatcher';
import type { SyncKindName } from '../shared/sync/syncKinds';
import { stoppedElsewhereWords } from './services/stoppedElsewhere';
import { runningTimerSchema } from '../shared/model';
import type { EventPayload } from '../shared/contract';
import { version as appVersion } from '../package.json';

export interface TimelockPorts {
  store: DataStore;
  clock?: Clock;
  ids?: IdSource;
  notifier?: Notifier;
  /** Node's timers when absent; tests pass fake ones. */
  timers?: Timers;
  /** The system's idle time (Electron's powerMonitor). Without one, only the heartbeat tells of time away. */
  idle?: IdleProbe;
  scheduler?: SchedulerOptions;
  /** Where backups go; the data folder's backups/ when absent. */
  backups?: BackupFolder;
  /** Where the router reports a bug (a handler's throw, an answer outside its schema); the terminal when absent. */
  onInternalError?: InternalErrorReporter;
  /** Opens a folder in the system file manager (Electron's shell); absent in the browser host and the CLI. */
  revealFolder?: (folder: string) => Promise<boolean>;
  /** The sync folder's dialog (Electron's); when absent, sync.chooseFolder refuses and the folder is typed. */
  folderPicker?: FolderPicker;
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
    unlocks: UnlockService;
    scheduler: Scheduler;
    idle: IdleService;
    imports: ImportService;
    exports: ExportService;
    /** `backups.ensureDaily(now)`: hosts call it at start, the scheduler at each new local day. */
    backups: BackupService;
    timeboxes: TimeboxService;
    sync: SyncService;
  };
  /** Arms the scheduler and the idle heartbeat; catches up on what fell due while the app was closed. Hosts call it once. */
  start(): void;
  /**
   * For a process that does not stay (the command line opening the folder itself): a hard stop that fell while no
   * Timelock ran, made at its instant, as start() would. `seenAt`: until when this process has judged the timer
   * already (a stop is not looked for before it, under rules changed since); given after a command that went through,
   * the run still going is marked seen now (the heartbeat). Returns what to tell the person, or null.
   */
  catchUp(seenAt?: number): string | null;
  /** Clears every pending timer and listener (before quit, or at the end of a test). */
  dispose(): void;
}

export const systemClock: Clock = { now: () => Date.now() };
export const randomIds: IdSource = { newId: () => randomUUID() };
export const systemTimers: Timers = {
  setTimeout(callback, ms) {
    const handle = setTimeout(callback, ms);
    // A nudge timer alone must not keep a process alive (a CLI run, a test); the host's own loop does that.
    handle.unref();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** What a window refreshes when sync takes in records of a kind from another computer. */
const SYNC_KIND_DATA: Partial<Record<SyncKindName, EventPayload<'data.changed'>['what'][number]>> = {
  entry: 'entries',
  category: 'categories',
  setting: 'settings',
  // Spans and days off live in the settings: the window reads them there.
  boundarySpan: 'settings',
  dayOff: 'settings',
  checkIn: 'checkins',
  timebox: 'timeboxes',
};

export function createTimelock(ports: TimelockPorts): TimelockApp {
  const bus = createEventBus();
  // Every service writes through the sync decorator, so each change it makes reaches the sync folder when sync is on.
  const synced = syncedDataStore(ports.store);
  const store = synced.store;
  const ctx: ServiceContext = {
    store,
    clock: ports.clock ?? systemClock,
    ids: ports.ids ?? randomIds,
    bus,
    // Without a desktop notifier the nudge still goes out as a push event (the browser host's toasts).
    notifier: ports.notifier ?? { notify: () => undefined },
  };
  const boundaries = new BoundariesService(ctx);
  const daysOff = new DaysOffService(ctx);
  const settings = new SettingsService(ctx, boundaries);
  const categories = new CategoriesService(ctx);
  const locks = new LockGate(ctx);
  const entries = new EntriesService(ctx, categories, locks);
  const timer = new TimerService(ctx, categories, entries, locks);
  const summary = new SummaryService(ctx);
  const nudges = new NudgeService(ctx, timer);
  const unlocks = new UnlockService(ctx);
  const timers = ports.timers ?? systemTimers;
  const scheduler = new Scheduler(ctx, { timers, nudges, timer, locks }, ports.scheduler);
  const idle = new IdleService(ctx, { timers, probe: ports.idle, resolver: new IdleResolver(ctx, { timer, entries, categories, locks }) });
  const snapshot = new SnapshotService(ctx, ports.revealFolder);
  const checkIns = new CheckInsService(ctx);
  const imports = new ImportService(ctx);
  const exports = new ExportService(ctx);
  const timeboxes = new TimeboxService(ctx, categories);
  const syncStates = fileSyncStateStore(store.dataDir);
  let syncStateProblem: string | null = null;
  const sync = new SyncService({
    adapter: synced.adapter,
    states: {
      ...syncStates,
      load() {
        try {
          return syncStates.load();
        } catch (error) {
          // An unreadable sync-state.json pauses sync, never the app: the data here and the sync folder stay whole.
          syncStateProblem = error instanceof Error ? error.message : String(error);
          return null;
        }
      },
    },
    fs: nodeSyncFs,
    clock: ctx.clock,
    ids: ctx.ids,
    appVersion,
    isFolder: isExistingFolder,
    picker: ports.folderPicker,
    settings: () => store.getSettings(),
    onMerged(kinds) {
      const what = [...new Set(kinds.flatMap((kind) => SYNC_KIND_DATA[kind] ?? []))];
      if (what.length) bus.emit('data.changed', { what });
      if (kinds.includes('timer')) bus.emit('timer.changed', { timer: store.getTimer() });
    },
    onJoinedWith: (message) => bus.emit('notice', { level: 'info', message }),
    onTimerStoppedElsewhere({ timer, by }) {
      // Read once, by the timer's own schema: its id finds the entry the stop made (it keeps the timer's id).
      const parsed = runningTimerSchema.safeParse(timer);
      const run = parsed.success ? parsed.data : null;
      const saved = run ? store.entriesBetween(run.start, run.start + 1).find((e) => e.id === run.id) : undefined;
      bus.emit('notice', { level: 'info', message: stoppedElsewhereWords(run, by, saved, store.getCategories(), store.getSettings().timeZone) });
    },
  });
  // A restore asks sync which records another computer saved: it keeps those (its changes reach every computer).
  const backups = new BackupService(ctx, ports.backups ?? openBackupFolder(path.join(store.dataDir, 'backups')), (kind, id) => sync.savedElsewhere(kind, id));
  const reportSyncError = (error: unknown) =>
    bus.emit('notice', { level: 'warning', message: `Sync could not run: ${error instanceof Error ? error.message : String(error)}` });
  let lastConflicts = -1;
  /**
   * Every round, whoever asked for it; the window hears of those that changed something, and in a notice of weeks
   * already lived read anew, wherever the round came from (the folder watched, Sync now, the command line).
   */
  const syncRound = (round: SyncRoundResult): SyncRoundResult => {
    if (round.applied || round.written || round.conflicts !== lastConflicts) bus.emit('sync.changed', round);
    if (round.livedWeeks) bus.emit('notice', { level: 'info', message: round.livedWeeks });
    lastConflicts = round.conflicts;
    return round;
  };
  let started = false;
  let stopWatching: (() => void) | null = null;
  /** Watches the sync folder while the host runs and sync is on; a CLI run (never started) does not watch. */
  const watchSync = () => {
    stopWatching?.();
    stopWatching = null;
    const folder = sync.folder;
    if (!started || folder === null) return;
    stopWatching = watchSyncFolder({ folder, run: () => void syncRound(sync.now()), timers, onError: reportSyncError });
  };
  const syncHandlers: HandlerSet = {
    ...sync.handlers(),
    'sync.now': () => syncRound(sync.now()),
    'sync.resolve': ({ id, keep }) => syncRound(sync.resolve(id, keep)),
    'sync.setup': (request) => {
      const status = sync.setup(request);
      watchSync();
      return status;
    },
    'sync.off': () => {
      const off = sync.off();
      watchSync();
      return off;
    },
  };
  // The daily backup at each new local day while the app runs (ensureDaily never throws; it says so in a notice).
  scheduler.onNewDay((now) => backups.ensureDaily(now));
  const handlers = collectHandlers([
    snapshot.handlers(),
    settings.handlers(),
    boundaries.handlers(),
    daysOff.handlers(),
    categories.handlers(),
    entries.handlers(),
    timer.handlers(),
    locks.handlers(),
    summary.handlers(),
    nudges.handlers(),
    checkIns.handlers(),
    unlocks.handlers(),
    idle.handlers(),
    imports.handlers(),
    exports.handlers(),
    backups.handlers(),
    timeboxes.handlers(),
    syncHandlers,
  ]);
  return {
    router: createRouter(handlers, { onInternalError: ports.onInternalError }),
    bus,
    store,
    services: { settings, categories, entries, timer, locks, summary, nudges, unlocks, scheduler, idle, imports, exports, backups, timeboxes, sync },
    start() {
      // The heartbeat is read before the idle service writes a new one: the scheduler judges missed hard stops from it.
      const lastSeenAt = idle.lastSeenAt();
      idle.start();
      scheduler.start(lastSeenAt);
      // A host that runs across midnight gets the next one from the scheduler's new-day call.
      backups.ensureDaily(ctx.clock.now());
      started = true;
      if (syncStateProblem) bus.emit('notice', { level: 'warning', message: syncStateProblem });
      if (sync.enabled) {
        // What the other computers did while this one was closed, before the person looks at the week.
        try {
          syncRound(sync.now());
        } catch (error) {
          reportSyncError(error);
        }
        watchSync();
      }
    },
    catchUp(seenAt) {
      const beat = idle.lastSeenAt();
      const told = scheduler.catchUp(seenAt === undefined ? beat : Math.max(beat ?? seenAt, seenAt));
      // After a command that went through, a run still going was judged allowed here and now: the next command looks
      // for a stop from here on. Not before it: a command refused changes nothing in the folder.
      if (seenAt !== undefined) idle.seen(ctx.clock.now());
      return told;
    },
    dispose() {
      stopWatching?.();
      stopWatching = null;
      started = false;
      scheduler.dispose();
      idle.dispose();
    },
  };
}
