// How the CLI reaches Timelock: through the socket of a running host when one serves the data folder (so nothing
// writes the files behind the app's back), else by taking the folder's lock and opening the files itself, like a
// host would. A folder held by another Timelock that serves no socket (another CLI command, a host still starting) is
// waited for a little, then refused: the command never writes alongside another process.
import type { TimelockApp } from '../app';
import type { Clock } from '../ports';
import { COMMAND_LINE, DataFolderBusyError, pollDelay, sleep, tryAcquireDataFolderLock, type DataFolderLock } from '../storage/dataFolderLock';
import { connectToHost, type SocketClient } from '../hosts/socketClient';
import type { SocketPlace } from '../hosts/socketAddress';
import type { Result } from '../../shared/result';
import { AppError } from '../../shared/result';
import { Refusal } from './cliErrors';

export interface CliTransport {
  /** 'socket': a running host answers; 'direct': this process opened the data folder. */
  readonly via: 'socket' | 'direct';
  /** Direct only: what opening the folder repaired (a damaged file moved aside), for the person to be told. */
  readonly notices: readonly string[];
  call(channel: string, payload: unknown): Promise<Result<unknown>>;
  /**
   * Direct only: once the command has run, what a running app would do at once about its change (a hard stop it
   * brought due: an unlock ended, hard mode switched on, a cap lowered under a running work timer), done now and its
   * words added to `notices`. A running host does it itself.
   */
  afterCommand(): void;
  /** Timelock's push events while the command runs (an import's progress); returns the unsubscribe. */
  onEvent(listener: (event: string, payload: unknown) => void): () => void;
  /** Closes the connection, or waits until every write is on disk and lets go of the folder. */
  close(): Promise<void>;
}

export interface TransportOptions {
  dataDir: string;
  /** Direct only: a host's clock rules when one answers. */
  clock?: Clock;
  place?: SocketPlace;
  systemTimeZone?: string;
  /** Direct only: where a handler's bug is reported (the router answers the caller 'internal' either way). */
  onInternalError?: (channel: string, error: unknown) => void;
  /** How long to wait for another Timelock that holds the folder without serving it; 10 s by default. */
  lockWaitMs?: number;
  /**
   * Direct only: the command only reads (status). Then, when checked-files.json vouches for the folder, it is answered
   * from the files its figures need (checkedAnswers.ts); else the folder is opened the full way and the index recorded.
   */
  readOnly?: boolean;
}

/**
 * Long enough for a handful of commands started at once (each holds the folder for well under a second) to take their
 * turns, and for a host that is opening the folder to start serving it; short enough that a script is not left hanging.
 */
export const LOCK_WAIT_MS = 10_000;

export async function openCliTransport(options: TransportOptions): Promise<CliTransport> {
  const deadline = Date.now() + (options.lockWaitMs ?? LOCK_WAIT_MS);
  for (;;) {
    const client = await connectToHost(options.dataDir, { place: options.place });
    if (client) return viaHost(client);
    const taken = tryAcquireDataFolderLock(options.dataDir, { host: COMMAND_LINE, exitOnSignal: true });
    if (!(taken instanceof DataFolderBusyError)) return openDirect(taken, options);
    if (Date.now() >= deadline) throw new Refusal(taken.message);
    await sleep(pollDelay());
  }
}

/** Through a running host's socket: it repairs, stops and tells as it runs, so nothing is left for the command. */
function viaHost(client: SocketClient): CliTransport {
  return {
    via: 'socket',
    notices: [],
    call: (channel, payload) => client.call(channel, payload),
    afterCommand: () => undefined,
    onEvent: (listener) => client.onEvent(listener),
    close: async () => client.close(),
  };
}

async function openDirect(lock: DataFolderLock, options: TransportOptions): Promise<CliTransport> {
  try {
    // Holding the lock, a socket file here is a killed host's: this clears it (and a host from before locks answers).
    const client = await connectToHost(options.dataDir, { place: options.place, lock });
    if (client) {
      lock.release();
      return viaHost(client);
    }
    if (options.readOnly) {
      const checked = await openChecked(lock, options);
      if (checked) return checked;
    }
    return await openFull(lock, options);
  } catch (error) {
    lock.release();
    throw error;
  }
}

/**
 * A read-only command answered from the checked files, holding the lock like any other. Should a file turn out to
 * have changed since it was checked, that call and every later one go to the full open instead (the command only
 * reads, so nothing is half done), whose notices are then told after the command's output.
 */
async function openChecked(lock: DataFolderLock, options: TransportOptions): Promise<CliTransport | null> {
  const { openCheckedFiles, CheckedFilesChanged } = await import('../storage/checkedFiles');
  const files = openCheckedFiles(options.dataDir);
  if (!files) return null;
  const { checkedAnswers } = await import('./checkedAnswers');
  const answers = checkedAnswers(options.dataDir, files, options.clock ?? { now: () => Date.now() });
  let full: CliTransport | undefined;
  // One full open for all: the command's calls run side by side, and each one declined here would otherwise open the
  // folder again (a second store over the same files, and the notices of whichever came last).
  let opening: Promise<CliTransport> | undefined;
  return {
    via: 'direct',
    get notices() {
      return full?.notices ?? [];
    },
    async call(channel, payload) {
      if (!full) {
        try {
          const answer = answers.call(channel, payload);
          if (answer) return await answer;
        } catch (error) {
          if (!(error instanceof CheckedFilesChanged || error instanceof AppError)) throw error;
        }
        full = await (opening ??= openFull(lock, options));
      }
      return full.call(channel, payload);
    },
    afterCommand: () => full?.afterCommand(),
    onEvent: (listener) => full?.onEvent(listener) ?? (() => undefined),
    close: async () => (full ? full.close() : lock.release()),
  };
}

async function openFull(lock: DataFolderLock, options: TransportOptions): Promise<CliTransport> {
  // Loaded only here: a command answered through a running host never compiles the services, storage or contract.
  const [{ openDataStore }, { createTimelock }, { noFolderDialog }] = await Promise.all([import('../storage/openDataStore'), import('../app'), import('../sync/noFolderDialog')]);
  const store = openDataStore({
    dataDir: options.dataDir,
    backend: 'conf',
    systemTimeZone: options.systemTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const app = createTimelock({
    store,
    folderPicker: noFolderDialog('The command line', '`sync setup --folder DIR` takes the full path.'),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.onInternalError ? { onInternalError: options.onInternalError } : {}),
  });
  const notices = [...store.notices, ...caughtUp(app)];
  // Judged up to here under the rules as they were: after the command, a stop is looked for from here on only (hard
  // mode switched on at 20:00 stops a run at 20:00, not at the 17:00 window end it ran past in soft mode).
  const openedAt = (options.clock ?? { now: () => Date.now() }).now();
  return {
    via: 'direct',
    notices,
    call: (channel, payload) => app.router.call(channel, payload),
    afterCommand: () => void notices.push(...caughtUp(app, openedAt)),
    onEvent: (listener) => app.bus.subscribe((event, payload) => listener(event, payload)),
    close: async () => {
      try {
        await store.flush();
        if (options.readOnly) await recordIndex(options.dataDir);
      } finally {
        lock.release();
      }
    },
  };
}

/**
 * What the app would have done about a hard stop while no Timelock ran (TimelockApp.catchUp): done before the command
 * runs, so `stop` ends the run where the lock ended it and `status` shows it stopped (told first, like a repair); and
 * after it, for a stop its change brought due.
 */
function caughtUp(app: TimelockApp, seenAt?: number): string[] {
  try {
    const told = app.catchUp(seenAt);
    return told ? [told] : [];
  } catch (error) {
    return [`The hard lock could not stop the work timer: ${error instanceof Error ? error.message : String(error)}`];
  }
}

/** Records checked-files.json for the next read-only command; a folder it cannot be written to is only slower. */
async function recordIndex(dataDir: string): Promise<void> {
  try {
    const { recordCheckedFiles } = await import('../storage/recordCheckedFiles');
    recordCheckedFiles(dataDir);
  } catch {
    // The index only saves time: without it the next status opens the folder the full way, as it did before.
  }
}
