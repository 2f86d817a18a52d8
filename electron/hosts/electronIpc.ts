// Adapts Electron IPC to the router: one invoke channel answered with the router's envelope, and the bus's events
// sent to the window, held until its page says it listens (electron/fiddle's pattern). Every sender is checked.
import { fail, type Result } from '../../shared/result';
import type { EventBus } from '../eventBus';
import type { Router } from '../router';
import { IPC_CHANNELS } from './electronChannels';
import type { IpcSenderEvent } from './electronSecurity';

/** Electron's ipcMain, or the test stub's. Listeners take `unknown` events so both fit; senders are checked inside. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: unknown, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/** The window the bus's events go to: its page, and the moment it closes. */
export interface ConnectableWindow {
  readonly webContents: {
    send(channel: string, ...args: unknown[]): void;
    isDestroyed(): boolean;
    on(event: 'did-start-navigation', listener: (details: { isMainFrame: boolean; isSameDocument: boolean }) => void): unknown;
  };
  once(event: 'closed', listener: () => void): unknown;
}

export interface IpcBridge {
  /** Forwards bus events to the window's page from its next `ready`; stops when the window closes. */
  connect(window: ConnectableWindow): () => void;
  /** Removes the IPC handlers and every window's subscription. */
  dispose(): void;
}

/** A page that never says ready must not grow the queue forever; it fetches a snapshot when it does. */
export const MAX_HELD_EVENTS = 500;

const untrusted = (): Result<never> =>
  fail({ code: 'unauthorized', message: 'This request did not come from the Timelock window, so it was refused.' });

export function createIpcBridge(deps: {
  ipcMain: IpcMainLike;
  router: Pick<Router, 'call'>;
  bus: Pick<EventBus, 'subscribe'>;
  isTrustedSender: (event: IpcSenderEvent) => boolean;
}): IpcBridge {
  const { ipcMain, router, bus } = deps;
  const trusted = (event: unknown): event is IpcSenderEvent => {
    if (typeof event !== 'object' || event === null) return false;
    try {
      return deps.isTrustedSender(event as IpcSenderEvent);
    } catch {
      return false;
    }
  };

  interface Connection {
    ready: boolean;
    held: unknown[][];
    send(args: unknown[]): void;
    close(): void;
  }
  const connections = new Map<unknown, Connection>();

  ipcMain.handle(IPC_CHANNELS.invoke, async (event, channel, payload): Promise<Result<unknown>> => {
    if (!trusted(event)) return untrusted();
    if (typeof channel !== 'string') return fail({ code: 'unknown-channel', message: 'A request named no channel.' });
    try {
      return await router.call(channel, payload);
    } catch {
      // The router answers every call with an envelope; this only guards the promise nothing may reject across IPC.
      return fail({ code: 'internal', message: `Something went wrong in ${channel}. This is a bug; the change was not saved.` });
    }
  });

  const onReady = (event: unknown): void => {
    if (!trusted(event)) return;
    const connection = connections.get(event.sender);
    if (!connection || connection.ready) return;
    connection.ready = true;
    const held = connection.held;
    connection.held = [];
    for (const args of held) connection.send(args);
  };
  ipcMain.on(IPC_CHANNELS.ready, onReady);

  return {
    connect(window) {
      const contents = window.webContents;
      connections.get(contents)?.close();
      const connection: Connection = {
        ready: false,
        held: [],
        send(args) {
          if (!contents.isDestroyed()) contents.send(IPC_CHANNELS.event, ...args);
        },
        close() {
          unsubscribe();
          if (connections.get(contents) === connection) connections.delete(contents);
        },
      };
      const unsubscribe = bus.subscribe((name, payload) => {
        if (connection.ready) return connection.send([name, payload]);
        connection.held.push([name, payload]);
        if (connection.held.length > MAX_HELD_EVENTS) connection.held.shift();
      });
      connections.set(contents, connection);
      // A reload or a new page has no listeners yet: hold again until it says ready.
      contents.on('did-start-navigation', (details) => {
        if (details.isMainFrame && !details.isSameDocument) connection.ready = false;
      });
      window.once('closed', () => connection.close());
      return () => connection.close();
    },
    dispose() {
      for (const connection of [...connections.values()]) connection.close();
      ipcMain.removeHandler(IPC_CHANNELS.invoke);
      ipcMain.removeListener(IPC_CHANNELS.ready, onReady);
    },
  };
}
