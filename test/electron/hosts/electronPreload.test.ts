// The preload exposes `window.timelock` = { invoke, subscribe, ready } and nothing else, over three IPC channels, and
// sends the start-up calls as it loads (the adoption of their answers: electronPreloadBridge.test.ts).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PreloadBridge } from '../../../renderer/transport';
import { IPC_CHANNELS } from '../../../electron/hosts/electronChannels';
import { startupCalls } from '../../../shared/startupCalls';
import type * as ElectronStubModule from '../../stubs/electron';

type ElectronStub = typeof ElectronStubModule;

/** Loads the preload as Electron would: fresh, with the stub's contextBridge and ipcRenderer as `electron`. */
async function loadPreload(): Promise<{ electron: ElectronStub; bridge: PreloadBridge }> {
  vi.resetModules();
  const electron = await import('../../stubs/electron');
  electron.resetElectronStub();
  await import('../../../electron/preload');
  return { electron, bridge: electron.contextBridge.exposed.timelock as PreloadBridge };
}

describe('the preload', () => {
  let electron: ElectronStub;
  let bridge: PreloadBridge;
  beforeEach(async () => {
    ({ electron, bridge } = await loadPreload());
  });

  it('exposes exactly one global, timelock, with exactly invoke, subscribe and ready', () => {
    expect(Object.keys(electron.contextBridge.exposed)).toEqual(['timelock']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'ready', 'subscribe']);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('sends the start-up calls on the invoke channel as it loads, before the page has asked for anything', () => {
    const sent = electron.ipcRenderer.invoked.map(([ipc, channel]) => [ipc, channel]);
    expect(sent).toEqual(startupCalls({ now: 0, locale: '' }).map(({ channel }) => [IPC_CHANNELS.invoke, channel]));
  });

  it('invoke sends the contract channel and payload as data on the one invoke channel, and returns main’s envelope', async () => {
    electron.ipcRenderer.invoked = [];
    electron.ipcRenderer.answer = () => ({ ok: true, value: { now: 1 } });
    await expect(bridge.invoke('entries.list', { from: 0, to: 1 })).resolves.toEqual({ ok: true, value: { now: 1 } });
    expect(electron.ipcRenderer.invoked).toEqual([[IPC_CHANNELS.invoke, 'entries.list', { from: 0, to: 1 }]]);
  });

  it('invoke answers an internal envelope when main is unreachable, instead of rejecting', async () => {
    await expect(bridge.invoke('app.snapshot', {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('subscribe hands the page the event name and payload only, never the IPC event', () => {
    const listener = vi.fn();
    bridge.subscribe(listener);
    electron.ipcRenderer.receive(IPC_CHANNELS.event, 'timer.tick', { now: 3 });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual(['timer.tick', { now: 3 }]);
  });

  it('subscribe ignores other channels, and its unsubscribe stops delivery', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.subscribe(listener);
    electron.ipcRenderer.receive('some:other', 'timer.tick', { now: 1 });
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
    electron.ipcRenderer.receive(IPC_CHANNELS.event, 'timer.tick', { now: 2 });
    expect(listener).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.listenerCount(IPC_CHANNELS.event)).toBe(0);
  });

  it('ready tells main on the ready channel once the early answers are in', async () => {
    bridge.ready();
    await vi.waitFor(() => expect(electron.ipcRenderer.sentToMain).toEqual([[IPC_CHANNELS.ready]]));
  });
});

describe('the preload and main together', () => {
  it('a request and a push event make the round trip through the same channels on both sides', async () => {
    const { electron, bridge } = await loadPreload();
    const { createIpcBridge } = await import('../../../electron/hosts/electronIpc');
    const { createSenderCheck } = await import('../../../electron/hosts/electronSecurity');
    const { createEventBus } = await import('../../../electron/eventBus');
    const rendererUrl = 'file:///opt/Timelock/out/renderer/index.html';
    const window = new electron.BrowserWindow();
    window.webContents.mainFrame.url = rendererUrl;
    const fromPage = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    const bus = createEventBus();
    const main = createIpcBridge({
      ipcMain: electron.ipcMain,
      router: { call: async (channel, payload) => ({ ok: true, value: { channel, payload } }) },
      bus,
      isTrustedSender: createSenderCheck(() => window, rendererUrl),
    });
    main.connect(window);
    // The wire: the page's invokes and sends reach ipcMain from our window; what main sends reaches the page.
    electron.ipcRenderer.answer = (channel, ...args) => electron.ipcMain.invoke(fromPage, channel, ...args);
    const deliver = () => {
      for (const [channel, ...args] of window.webContents.sent.splice(0)) electron.ipcRenderer.receive(String(channel), ...args);
    };

    await expect(bridge.invoke('entries.list', { from: 0, to: 1 })).resolves.toEqual({
      ok: true,
      value: { channel: 'entries.list', payload: { from: 0, to: 1 } },
    });

    const listener = vi.fn();
    bridge.subscribe(listener);
    bus.emit('timer.tick', { now: 42 });
    deliver();
    expect(listener).not.toHaveBeenCalled();
    bridge.ready();
    await vi.waitFor(() => expect(electron.ipcRenderer.sentToMain).toEqual([[IPC_CHANNELS.ready]]));
    for (const [channel, ...args] of electron.ipcRenderer.sentToMain) electron.ipcMain.emit(String(channel), fromPage, ...args);
    deliver();
    expect(listener.mock.calls).toEqual([['timer.tick', { now: 42 }]]);
  });
});
