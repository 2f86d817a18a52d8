// One store per concern, all talking to the same api.
import type { Api } from '../api';
import { createAppStore, type AppStore } from './appStore';
import { createBoundariesStore, type BoundariesStore } from './boundariesStore';
import { createCategoryCommands, type CategoryCommands } from './categoryCommands';
import { createCheckInStore, type CheckInStore } from './checkInStore';
import { createEntryCommands, type EntryCommands } from './entryCommands';
import { createFigureRefresh, type FigureRefresh } from './figureRefresh';
import { createLockCommands, type LockCommands } from './lockCommands';
import { createNavStore, type NavStore } from './navStore';
import { createPlanCommands, type PlanCommands } from './planCommands';
import { createPlanStore, type PlanStore } from './planStore';
import { createPromptStore, type PromptStore } from './promptStore';
import { createRangeStore, type RangeStore } from './rangeStore';
import { createSettingsDraftStore, type SettingsDraftStore } from './settingsDraftStore';
import { createSyncStore, type SyncStore } from './syncStore';
import { createToastStore, type ToastStore, type WebNotifier } from './toastStore';
import { createTodayStore, type TodayStore } from './todayStore';
import { createTransferStore, type TransferStore } from './transferStore';
import { createUnlockStore, type UnlockStore } from './unlockStore';
import { createWeekLogStore, type WeekLogStore } from './weekLogStore';
import { createWeekStore, type WeekStore } from './weekStore';

export interface Stores {
  app: AppStore;
  week: WeekStore;
  today: TodayStore;
  range: RangeStore;
  weekLog: WeekLogStore;
  plan: PlanStore;
  checkIns: CheckInStore;
  /** The timeline of the cap, windows and targets, and days off. */
  boundaries: BoundariesStore;
  transfer: TransferStore;
  prompts: PromptStore;
  /** Settings typed but not saved, kept across views. */
  settingsDrafts: SettingsDraftStore;
  toasts: ToastStore;
  nav: NavStore;
  /** The unlock in force or waiting, shown on every view. */
  unlocks: UnlockStore;
  /** Sync through a folder: its status, conflicts and commands (Settings → Sync). */
  sync: SyncStore;
  /** Entry changes with lock prompts and undo; not a store, but shared the same way. */
  entries: EntryCommands;
  /** Unlocks and idle answers; not a store either. */
  locks: LockCommands;
  categories: CategoryCommands;
  /** Plan changes with lock prompts and undo. */
  planning: PlanCommands;
  /** Which figures a change makes stale, and fetching those on screen once per burst of changes. */
  figures: FigureRefresh;
}

export interface StoreOptions {
  /** The browser's notifications (browser host only); null in Electron and in tests unless given. */
  notifier?: WebNotifier | null;
  initialHash?: string;
  /** The window's clock, for asking for Today's entries beside the week's summary (see createTodayStore). */
  clock?: () => number;
  /** The window's locale (navigator.language), whose conventions the snapshot brings (see createAppStore). */
  locale?: string;
}

export function createStores(api: Api, options: StoreOptions = {}): Stores {
  const prompts = createPromptStore();
  const app = createAppStore(api, prompts, options.locale);
  const toasts = createToastStore(options.notifier ?? null);
  const plan = createPlanStore(api);
  const nav = createNavStore(options.initialHash);
  const week = createWeekStore(api);
  const today = createTodayStore(api, options.clock);
  const range = createRangeStore(api);
  const weekLog = createWeekLogStore(api);
  return {
    app,
    week,
    today,
    range,
    weekLog,
    plan,
    checkIns: createCheckInStore(api),
    boundaries: createBoundariesStore(api),
    transfer: createTransferStore(api),
    prompts,
    settingsDrafts: createSettingsDraftStore(),
    toasts,
    nav,
    unlocks: createUnlockStore(api),
    sync: createSyncStore(api),
    entries: createEntryCommands(api, { app, prompts, toasts }),
    locks: createLockCommands(api, prompts),
    categories: createCategoryCommands(api, app),
    planning: createPlanCommands(api, { app, plan, prompts, toasts }),
    figures: createFigureRefresh({ nav, week, today, range, weekLog, plan }),
  };
}
