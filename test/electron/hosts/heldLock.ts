// The data folder's lock, taken for a test that serves a folder as a host would; released by releaseHeldLocks().
import { DataFolderBusyError, tryAcquireDataFolderLock, type DataFolderLock } from '../../../electron/storage/dataFolderLock';

const held: DataFolderLock[] = [];

export function holdDataFolder(dataDir: string, host = 'the test host'): DataFolderLock {
  const lock = tryAcquireDataFolderLock(dataDir, { host });
  if (lock instanceof DataFolderBusyError) throw lock;
  held.push(lock);
  return lock;
}

export function releaseHeldLocks(): void {
  for (const lock of held.splice(0)) lock.release();
}
