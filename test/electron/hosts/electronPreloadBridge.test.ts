// The Electron preload's early start: the start-up calls go to main as the preload loads, and the bridge hands each
// answer to the page's identical invoke, once; the page's ready (which releases main's held events) waits for them.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { askEarlyOverIpc, createPreloadBridge } from '../../../electron/hosts/electronPreloadBridge';
import { IPC_CHANNELS } from '../../../electron/hosts/electronChannels';
import { EARLY_EVENTS_WAIT_MS } from '../../../shared/earlyAnswers';
import { startupCalls } from '../../../shared/startupCalls';
import { ipcRenderer, resetElectronStub } from '../../stubs/electron';

const NOW = Date.UTC(2026, 11, 2, 10, 0);
const context = { now: NOW, locale: 'de-DE' };
const invokedChannels = () => ipcRenderer.invoked.map(([, channel]) => channel);

/** Main's answers, each held until the test releases it. */
function heldAnswers() {
  const waiting: Array<{ channel: string; release(): void; refuse(): void }> = [];
  ipcRenderer.answer = (_ipc, channel) =>
    new Promise((resolve, reject) =>
      waiting.push({ channel: String(channel), release: () => resolve({ ok: true, value: `main ${String(channel)}` }), refuse: () => reject(new Error('main is gone')) }),
    );
  return waiting;
}

beforeEach(() => resetElectronStub());

describe('the preload bridge with early start-up calls', () => {
  it('sends every start-up call to main at once, on the one invoke channel', () => {
    heldAnswers();
    askEarlyOverIpc(ipcRenderer, context);
    expect(ipcRenderer.invoked).toEqual(startupCalls(context).map(({ channel, payload }) => [IPC_CHANNELS.invoke, channel, payload]));
  });

  it('hands each early answer to the page’s identical invoke and asks main nothing more', async () => {
    ipcRenderer.answer = (_ipc, channel) => ({ ok: true, value: `main ${String(channel)}` });
    const bridge = createPreloadBridge(ipcRenderer, askEarlyOverIpc(ipcRenderer, context));
    ipcRenderer.invoked = [];
    for (const { channel, payload } of startupCalls(context)) await expect(bridge.invoke(channel, payload)).resolves.toEqual({ ok: true, value: `main ${channel}` });
    expect(ipcRenderer.invoked).toEqual([]);
  });

  it('asks main for a call with another payload, and for the same call made again', async () => {
    ipcRenderer.answer = (_ipc, channel) => ({ ok: true, value: `main ${String(channel)}` });
    const bridge = createPreloadBridge(ipcRenderer, askEarlyOverIpc(ipcRenderer, context));
    ipcRenderer.invoked = [];
    await bridge.invoke('summary.week', { at: NOW - 86_400_000 });
    await bridge.invoke('idle.pending', {});
    await bridge.invoke('idle.pending', {});
    expect(invokedChannels()).toEqual(['summary.week', 'idle.pending']);
  });

  it('asks main again when an early invoke was refused, and answers the usual internal envelope if that fails too', async () => {
    const waiting = heldAnswers();
    const bridge = createPreloadBridge(ipcRenderer, askEarlyOverIpc(ipcRenderer, context));
    await vi.waitFor(() => expect(waiting).toHaveLength(startupCalls(context).length));
    for (const answer of waiting.splice(0)) answer.refuse();
    const snapshot = bridge.invoke('app.snapshot', {});
    await vi.waitFor(() => expect(waiting.map((answer) => answer.channel)).toEqual(['app.snapshot']));
    waiting[0]!.refuse();
    await expect(snapshot).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(invokedChannels().filter((channel) => channel === 'app.snapshot')).toHaveLength(2);
  });

  it('tells main it is ready only once every early answer is in, so main’s held events come after them', async () => {
    const waiting = heldAnswers();
    const bridge = createPreloadBridge(ipcRenderer, askEarlyOverIpc(ipcRenderer, context));
    bridge.ready();
    await vi.waitFor(() => expect(waiting).toHaveLength(startupCalls(context).length));
    for (const answer of waiting.slice(1)) answer.release();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(ipcRenderer.sentToMain).toEqual([]);
    waiting[0]!.release();
    await vi.waitFor(() => expect(ipcRenderer.sentToMain).toEqual([[IPC_CHANNELS.ready]]));
  });

  it('tells main it is ready after a while even if main never answers an early invoke: the events are not held for good', async () => {
    vi.useFakeTimers();
    try {
      heldAnswers();
      const bridge = createPreloadBridge(ipcRenderer, askEarlyOverIpc(ipcRenderer, context));
      bridge.ready();
      await vi.advanceTimersByTimeAsync(EARLY_EVENTS_WAIT_MS - 1);
      expect(ipcRenderer.sentToMain).toEqual([]);
      // The wait is over; ready leaves at the end of that task.
      await vi.advanceTimersByTimeAsync(2);
      expect(ipcRenderer.sentToMain).toEqual([[IPC_CHANNELS.ready]]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('without early calls, is the plain bridge: ready at once', () => {
    createPreloadBridge(ipcRenderer).ready();
    expect(ipcRenderer.sentToMain).toEqual([[IPC_CHANNELS.ready]]);
    expect(ipcRenderer.invoked).toEqual([]);
  });
});
