// Data in and out: import preview and apply (with the progress the host pushes), export, and backups.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../api';
import type { RequestOf, ResponseOf } from '../../shared/contract';
import type { BackupInfo, ImportProgress } from '../../shared/transferModel';
import type { AppErrorShape, Result } from '../../shared/result';
import { callApi } from './callApi';
import { registerStoreReset } from './resetAllStores';

export interface TransferState {
  progress: ImportProgress | null;
  backups: BackupInfo[];
  backupsStatus: 'idle' | 'loading' | 'ready' | 'failed';
  backupsError: AppErrorShape | null;
}

export interface TransferActions {
  preview(request: RequestOf<'import.preview'>): Promise<Result<ResponseOf<'import.preview'>>>;
  apply(request: RequestOf<'import.apply'>): Promise<Result<ResponseOf<'import.apply'>>>;
  exportData(request: RequestOf<'export.data'>): Promise<Result<ResponseOf<'export.data'>>>;
  loadBackups(): Promise<void>;
  createBackup(): Promise<Result<BackupInfo>>;
  restore(id: string): Promise<Result<ResponseOf<'backup.restore'>>>;
  setProgress(progress: ImportProgress | null): void;
}

export type TransferStoreState = TransferState & TransferActions;
export type TransferStore = StoreApi<TransferStoreState>;

export const initialTransferState: TransferState = { progress: null, backups: [], backupsStatus: 'idle', backupsError: null };

export function createTransferStore(api: Api): TransferStore {
  const store = createStore<TransferStoreState>()((set, get) => ({
    ...initialTransferState,
    preview: (request) => callApi(api, 'import.preview', request),
    async apply(request) {
      set({ progress: null });
      const result = await callApi(api, 'import.apply', request);
      set({ progress: null });
      return result;
    },
    exportData: (request) => callApi(api, 'export.data', request),
    async loadBackups() {
      set({ backupsStatus: 'loading' });
      const result = await callApi(api, 'backup.list', {});
      if (result.ok) set({ backups: result.value, backupsStatus: 'ready', backupsError: null });
      else set({ backupsStatus: 'failed', backupsError: result.error });
    },
    async createBackup() {
      const result = await callApi(api, 'backup.create', {});
      if (result.ok) await get().loadBackups();
      return result;
    },
    async restore(id) {
      const result = await callApi(api, 'backup.restore', { id });
      if (result.ok) await get().loadBackups();
      return result;
    },
    setProgress: (progress) => set({ progress }),
  }));
  registerStoreReset(() => store.setState(initialTransferState));
  return store;
}
