// Sync through a folder, as the window shows it: the status (folder, this computer, the others), the conflicts to
// resolve, and the commands. Each command is immediate (no draft, no Save) and answers its result; the store is
// fetched again after each, and whenever the main process says a sync round changed something (sync.changed).
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../api';
import type { ResponseOf } from '../../shared/contract';
import type { AppErrorShape, Result } from '../../shared/result';
import { callApi } from './callApi';
import { registerStoreReset } from './resetAllStores';

export type SyncStatusView = NonNullable<ResponseOf<'sync.status'>>;
export type SyncConflictItem = ResponseOf<'sync.conflicts'>[number];
export type SyncRound = ResponseOf<'sync.now'>;
export type KeepChoice = 'this' | 'other' | 'both';
export type OtherTimer = ResponseOf<'sync.otherTimers'>[number];

export interface SyncState {
  /** 'off': sync is not set up on this computer. */
  phase: 'loading' | 'off' | 'on' | 'error';
  status: SyncStatusView | null;
  conflicts: SyncConflictItem[];
  /** Timers running on the other computers (from their synced timer records), shown on Today and in the header. */
  otherTimers: OtherTimer[];
  loadError: AppErrorShape | null;
}

export interface SyncActions {
  refresh(): Promise<void>;
  setup(folder: string, deviceName?: string): Promise<Result<SyncStatusView>>;
  off(): Promise<Result<{ folder: string }>>;
  now(): Promise<Result<SyncRound>>;
  resolve(id: string, keep: KeepChoice): Promise<Result<SyncRound>>;
  /** Stops another computer's timer: this computer records the stop, that one takes it in. */
  stopOtherTimer(device: string): Promise<Result<ResponseOf<'sync.stopOtherTimer'>>>;
  /** The system's folder dialog (the desktop app): the folder chosen, or null when the person cancelled. */
  chooseFolder(): Promise<Result<{ folder: string | null }>>;
}

export type SyncStoreState = SyncState & SyncActions;
export type SyncStore = StoreApi<SyncStoreState>;

export const initialSyncState: SyncState = { phase: 'loading', status: null, conflicts: [], otherTimers: [], loadError: null };

export function createSyncStore(api: Api): SyncStore {
  let latest = 0;
  const store = createStore<SyncStoreState>()((set, get) => {
    /** Runs a command, then fetches the status again whatever it answered: a refusal may follow a change elsewhere. */
    const command = async <T>(run: () => Promise<Result<T>>): Promise<Result<T>> => {
      const result = await run();
      await get().refresh();
      return result;
    };
    return {
      ...initialSyncState,
      async refresh() {
        const request = ++latest;
        const status = await callApi(api, 'sync.status', {});
        if (request !== latest) return;
        if (!status.ok) return set({ phase: 'error', loadError: status.error });
        if (status.value === null) return set({ phase: 'off', status: null, conflicts: [], otherTimers: [], loadError: null });
        const [conflicts, timers] = await Promise.all([callApi(api, 'sync.conflicts', {}), callApi(api, 'sync.otherTimers', {})]);
        if (request !== latest) return;
        set({
          phase: 'on',
          status: status.value,
          conflicts: conflicts.ok ? conflicts.value : [],
          otherTimers: timers.ok ? timers.value : [],
          loadError: !conflicts.ok ? conflicts.error : !timers.ok ? timers.error : null,
        });
      },
      setup: (folder, deviceName) => command(() => callApi(api, 'sync.setup', deviceName ? { folder, deviceName } : { folder })),
      off: () => command(() => callApi(api, 'sync.off', {})),
      now: () => command(() => callApi(api, 'sync.now', {})),
      resolve: (id, keep) => command(() => callApi(api, 'sync.resolve', { id, keep })),
      stopOtherTimer: (device) => command(() => callApi(api, 'sync.stopOtherTimer', { device })),
      // Changes nothing: the folder goes into the form, and sync starts only when the person turns it on.
      chooseFolder: () => callApi(api, 'sync.chooseFolder', {}),
    };
  });
  registerStoreReset(() => {
    latest++;
    store.setState(initialSyncState);
  });
  return store;
}
