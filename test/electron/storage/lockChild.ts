// A separate process taking a data folder's lock, for the lock's race tests: `node --import tsx lockChild.ts DIR AT
// HOLD_MS [HOST]` tries once at the instant AT (epoch ms, so several children try together) and prints `won` or `busy`. A
// winner holds the lock for HOLD_MS (0: until a signal) and then exits without releasing: its exit hook must do it.
// SIGTERM releases too (exit 143).
import { DataFolderBusyError, tryAcquireDataFolderLock } from '../../../electron/storage/dataFolderLock';

const [dir, at, holdMs, host = 'a test child'] = process.argv.slice(2);
setTimeout(
  () => {
    const result = tryAcquireDataFolderLock(dir!, { host, exitOnSignal: true });
    process.stdout.write(result instanceof DataFolderBusyError ? 'busy\n' : 'won\n');
    if (result instanceof DataFolderBusyError) return;
    setTimeout(() => process.exit(0), Number(holdMs) || 2 ** 31 - 1);
  },
  Math.max(0, Number(at) - Date.now()),
);
