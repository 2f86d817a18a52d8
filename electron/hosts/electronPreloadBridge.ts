// What the preload exposes as `window.timelock`: one invoke, one subscribe, one ready (electron-trpc's shape).
// The page never sees ipcRenderer, an IPC event object or an IPC channel name.
import type { PreloadBridge } from '../../shared/preloadBridge';
import type { Result } from '../../shared/result';
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

export function createPreloadBridge(ipcRenderer: IpcRendererLike): PreloadBridge {
  return {
    invoke: (channel, payload) =>
      (ipcRenderer.invoke(IPC_CHANNELS.invoke, channel, payload) as Promise<Result<unknown>>).catch(() => ({
        // Main answers every invoke with an envelope; a rejection means main itself is gone or broken.
        ok: false,
        error: { code: 'internal', message: 'Timelock could not reach its main process. Try restarting Timelock.' },
      })),
    subscribe: (listener) => {
      // Wrapped so the IPC event (which carries the sender) never reaches the page.
      const forward = (_event: unknown, name: unknown, payload: unknown): void => listener(String(name), payload);
      ipcRenderer.on(IPC_CHANNELS.event, forward);
      return () => {
        ipcRenderer.removeListener(IPC_CHANNELS.event, forward);
      };
    },
    ready: () => ipcRenderer.send(IPC_CHANNELS.ready),
  };
}

export function exposeTimelockBridge(contextBridge: ContextBridgeLike, ipcRenderer: IpcRendererLike): void {
  contextBridge.exposeInMainWorld('timelock', createPreloadBridge(ipcRenderer));
}
