// One store per concern, all talking to the same api.
import type { Api } from '../api';
import { createAppStore, type AppStore } from './appStore';
import { createBoundariesStore, type BoundariesStore } from './boundariesStore';
import { createCategoryCommands, type CategoryCommands } from './categoryCommands';
import { createCheckInStore, type CheckInStore } from './checkInStore';
import { createEntryCommands, type EntryCommands } from './entryCommands';
import { createLockCommands, type LockCommands } from './lockCommands';
import { createNavStore, type NavStore } from './navStore';
import { createPlanCommands, type PlanCommands } from './planCommands';
import { createPlanStore, type PlanStore } from './planStore';
import { createPromptStore, type PromptStore } from './promptStore';
import { createRangeStore, type RangeStore } from './rangeStore';
import { createToastStore, type ToastStore, type WebNotifier } from './toastStore';
import { createTodayStore, type TodayStore } from './todayStore';
import { createTransferStore, type TransferStore } from './transferStore';
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
  toasts: ToastStore;
  nav: NavStore;
  /** Entry changes with lock prompts and undo; not a store, but shared the same way. */
  entries: EntryCommands;
  /** Unlocks and idle answers; not a store either. */
  locks: LockCommands;
  categories: CategoryCommands;
  /** Plan changes with lock prompts and undo. */
  planning: PlanCommands;
}

export interface StoreOptions {
  /** The browser's notifications (browser host only); null in Electron and in tests unless given. */
  notifier?: WebNotifier | null;
  initialHash?: string;
}

export function createStores(api: Api, options: StoreOptions = {}): Stores {
  const prompts = createPromptStore();
  const app = createAppStore(api, prompts);
  const toasts = createToastStore(options.notifier ?? null);
  const plan = createPlanStore(api);
  return {
    app,
    week: createWeekStore(api),
    today: createTodayStore(api),
    range: createRangeStore(api),
    weekLog: createWeekLogStore(api),
    plan,
    checkIns: createCheckInStore(api),
    boundaries: createBoundariesStore(api),
    transfer: createTransferStore(api),
    prompts,
    toasts,
    nav: createNavStore(options.initialHash),
    entries: createEntryCommands(api, { app, prompts, toasts }),
    locks: createLockCommands(api, prompts),
    categories: createCategoryCommands(api, app),
    planning: createPlanCommands(api, { app, plan, prompts, toasts }),
  };
}
