// What the preload exposes as `window.timelock`: one invoke, one subscribe, one ready (electron-trpc's shape).
// The page never sees ipcRenderer, an IPC event object or an IPC channel name. The start-up requests leave from here,
// before the page's scripts run (shared/earlyAnswers.ts).
import { adoptEarlyAnswers, askEarly, EARLY_EVENTS_WAIT_MS, type EarlyRequests, type Invoke } from '../../shared/earlyAnswers';
import type { PreloadBridge } from '../../shared/preloadBridge';
import type { Result } from '../../shared/result';
import type { StartupContext } from '../../shared/startupCalls';
import { IPC_CHANNELS } from './electronChannels';

export interface ContextBridgeLike {
  exposeInMainWorld(apiKey: string, api: unknown): void;
}

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/** Runs `run` once the current task is over: the start-up's calls, made in one go, are all in by then. */
const endOfTask = (run: () => void) => void setTimeout(run, 0);

/**
 * `early`: the start-up requests the preload sent before the page's scripts ran (askEarlyOverIpc); the first invoke
 * with the same channel and payload gets each answer, once. The page's ready then waits for those answers: main's
 * held events (a change made after an early answer was read) reach the stores after that answer, never before it.
 */
export function createPreloadBridge(ipcRenderer: IpcRendererLike, early: EarlyRequests | null = null): PreloadBridge {
  const invoke: Invoke = (channel, payload) =>
    (ipcRenderer.invoke(IPC_CHANNELS.invoke, channel, payload) as Promise<Result<unknown>>).catch(() => ({
      // Main answers every invoke with an envelope; a rejection means main itself is gone or broken.
      ok: false,
      error: { code: 'internal', message: 'Timelock could not reach its main process. Try restarting Timelock.' },
    }));
  const ready = () => ipcRenderer.send(IPC_CHANNELS.ready);
  return {
    invoke: early ? adoptEarlyAnswers(early, invoke, endOfTask) : invoke,
    subscribe: (listener) => {
      // Wrapped so the IPC event (which carries the sender) never reaches the page.
      const forward = (_event: unknown, name: unknown, payload: unknown): void => listener(String(name), payload);
      ipcRenderer.on(IPC_CHANNELS.event, forward);
      return () => {
        ipcRenderer.removeListener(IPC_CHANNELS.event, forward);
      };
    },
    ready: early
      ? () => void Promise.race([early.settled, new Promise((resolve) => setTimeout(resolve, EARLY_EVENTS_WAIT_MS))]).then(() => endOfTask(ready))
      : ready,
  };
}

/** Sends the start-up calls (shared/startupCalls.ts) to main at once; a rejected invoke is a failed early request. */
export function askEarlyOverIpc(ipcRenderer: IpcRendererLike, context: StartupContext): EarlyRequests {
  return askEarly(context, (channel, payload) =>
    (ipcRenderer.invoke(IPC_CHANNELS.invoke, channel, payload) as Promise<Result<unknown>>).then(
      (answer) => answer,
      () => null,
    ),
  );
}

/** `early`: what the start-up calls' payloads depend on, read in the page; with it, they are sent at once. */
export function exposeTimelockBridge(contextBridge: ContextBridgeLike, ipcRenderer: IpcRendererLike, early?: StartupContext): void {
  contextBridge.exposeInMainWorld('timelock', createPreloadBridge(ipcRenderer, early ? askEarlyOverIpc(ipcRenderer, early) : null));
}
