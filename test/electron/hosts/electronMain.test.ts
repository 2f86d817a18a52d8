// electron/main.ts as a whole, started against the electron stub: the pieces are tested one by one elsewhere; this
// checks they are connected — settings reach the shortcut and the login item, power events reach the services,
// nudges reach native notifications and their clicks the window, the tray and the close button work together.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  app,
  BrowserWindow,
  dialog,
  FakeWebFrameMain,
  globalShortcut,
  ipcMain,
  Menu,
  Notification,
  powerMonitor,
  resetElectronStub,
  Tray,
} from '../../stubs/electron';
import * as electronStub from '../../stubs/electron';
import { IPC_CHANNELS } from '../../../electron/hosts/electronChannels';
import { AUTOSTART_FILE } from '../../../electron/hosts/electronLoginItem';
import { GLOBAL_SHORTCUT } from '../../../electron/hosts/electronShortcut';
import type { Result } from '../../../shared/result';
import { readLockOwner } from '../../../electron/storage/dataFolderLock';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MINUTE = 60_000;

let dataDir: string;
let configDir: string;
const savedEnv = { data: process.env.TIMELOCK_DATA_DIR, config: process.env.XDG_CONFIG_HOME };

async function startMain(): Promise<BrowserWindow> {
  // main.ts starts when imported: a fresh import per test, against this file's stub (not a re-evaluated copy).
  vi.resetModules();
  vi.doMock('electron', () => electronStub);
  await import('../../../electron/main');
  // The tray comes once the data folder is this host's (its socket listening).
  await vi.waitFor(() => {
    expect(dialog.errors).toEqual([]);
    expect(Tray.created).toHaveLength(1);
  });
  return BrowserWindow.created[0]!;
}

/** The page's side of IPC: a trusted request from the window's own page. */
function pageOf(window: BrowserWindow) {
  const event = () => ({ sender: window.webContents, senderFrame: new FakeWebFrameMain(window.webContents.getURL()) });
  ipcMain.emit(IPC_CHANNELS.ready, event());
  return {
    call: (channel: string, payload: unknown) => ipcMain.invoke(event(), IPC_CHANNELS.invoke, channel, payload) as Promise<Result<unknown>>,
    events: (name: string) => window.webContents.sent.filter(([channel, event]) => channel === IPC_CHANNELS.event && event === name).map(([, , payload]) => payload),
  };
}

function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

beforeEach(() => {
  resetElectronStub();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-main-'));
  configDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-config-'));
  process.env.TIMELOCK_DATA_DIR = dataDir;
  // The Linux autostart entry goes here, never into the real ~/.config.
  process.env.XDG_CONFIG_HOME = configDir;
  app.appPath = ROOT;
  app.isPackaged = true;
});

afterEach(async () => {
  app.emit('will-quit', {});
  vi.useRealTimers();
  // The socket server closes on will-quit; give it its turn before the folder goes.
  await new Promise((resolve) => setTimeout(resolve, 20));
  restoreEnv('TIMELOCK_DATA_DIR', savedEnv.data);
  restoreEnv('XDG_CONFIG_HOME', savedEnv.config);
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(configDir, { recursive: true, force: true });
});

// The first import of main.ts loads the whole host: on a busy machine that alone can pass the default 5 s.
describe('the Electron host, wired', { timeout: 30_000 }, () => {
  it('starts with the application menu (no developer tools when packaged), the tray and the window', async () => {
    const window = await startMain();
    expect(Menu.getApplicationMenu()?.byRole('toggleDevTools')).toBeUndefined();
    expect(Menu.getApplicationMenu()?.byLabel('Start or Stop Timer')?.accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(Tray.created[0]!.toolTip).toBe('Timelock · 0 / 35 h');
    expect(window.webContents.loaded).toHaveLength(1);
    expect(['suspend', 'resume', 'lock-screen', 'unlock-screen', 'shutdown'].map((e) => powerMonitor.listenerCount(e))).toEqual([1, 1, 1, 1, 1]);
  });

  it("holds the data folder's lock while it runs and lets go of it on quit", async () => {
    await startMain();
    expect(readLockOwner(dataDir)).toMatchObject({ pid: process.pid, host: 'the desktop app' });
    app.emit('will-quit', {});
    expect(readLockOwner(dataDir)).toBeNull();
  });

  it('the global shortcut and launch at login follow the settings as they change', async () => {
    const page = pageOf(await startMain());
    expect(globalShortcut.isRegistered(GLOBAL_SHORTCUT)).toBe(false);
    const autostart = path.join(configDir, 'autostart', AUTOSTART_FILE);
    expect(fs.existsSync(autostart)).toBe(false);

    await page.call('settings.update', { globalShortcut: true, launchAtLogin: true });
    expect(globalShortcut.isRegistered(GLOBAL_SHORTCUT)).toBe(true);
    expect(fs.existsSync(autostart)).toBe(true);

    await page.call('settings.update', { globalShortcut: false, launchAtLogin: false });
    expect(globalShortcut.isRegistered(GLOBAL_SHORTCUT)).toBe(false);
    expect(fs.existsSync(autostart)).toBe(false);
  });

  it('the shortcut starts and stops the timer; a tray start reaches the same router', async () => {
    const page = pageOf(await startMain());
    await page.call('settings.update', { globalShortcut: true });
    globalShortcut.press(GLOBAL_SHORTCUT);
    await vi.waitFor(() => expect(Tray.created[0]!.toolTip).toMatch(/^Work 0:00/));
    Tray.created[0]!.contextMenu!.byLabel('Stop Timer')!.click();
    await vi.waitFor(() => expect(Tray.created[0]!.toolTip).toBe('Timelock · 0 / 35 h'));
  });

  it('a sleep with a timer running is asked about on waking', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    const page = pageOf(await startMain());
    await page.call('timer.start', { categoryId: 'fitness' });
    powerMonitor.emit('suspend');
    vi.setSystemTime(Date.now() + 30 * MINUTE);
    powerMonitor.emit('resume');
    expect(page.events('idle.question')).toEqual([expect.objectContaining({ cause: 'sleep', minutes: 30 })]);
  });

  it('closing the window hides it to the tray; a second launch brings it back; Quit closes it for real', async () => {
    const window = await startMain();
    window.emit('ready-to-show');
    window.close();
    expect(window.isDestroyed()).toBe(false);
    expect(window.isVisible()).toBe(false);
    app.emit('second-instance', {}, ['timelock'], '/');
    expect(window.isVisible()).toBe(true);
    window.close();
    // macOS: a click on the Dock icon.
    app.emit('activate', {}, false);
    expect(window.isVisible()).toBe(true);

    Tray.created[0]!.contextMenu!.byLabel('Quit Timelock')!.click();
    await vi.waitFor(() => expect(app.quitted).toBe(true));
    expect(window.isDestroyed()).toBe(true);
  });

  it('a nudge becomes a native notification; clicking it shows the window on the view it is about', async () => {
    const window = await startMain();
    const page = pageOf(window);
    // Off-hours all day and no quiet hours: a work timer is nudged about at once.
    await page.call('settings.update', { workWindows: [[], [], [], [], [], [], []], quietHours: null });
    await page.call('timer.start', { categoryId: 'work' });
    await vi.waitFor(() => expect(Notification.shown.length).toBeGreaterThan(0));
    expect(page.events('nudge')).toHaveLength(Notification.shown.length);
    Notification.shown[0]!.click();
    await vi.waitFor(() => expect(page.events('app.navigate')).toEqual([{ view: 'today' }]));
    expect(window.isVisible()).toBe(true);
  });

  it("the window's Choose… for the sync folder opens the folder dialog on the window and answers the folder picked", async () => {
    const window = await startMain();
    const page = pageOf(window);
    dialog.nextOpen = { canceled: false, filePaths: [configDir] };
    expect(await page.call('sync.chooseFolder', {})).toEqual({ ok: true, value: { folder: configDir } });
    expect(dialog.opened.map((d) => [d.window, d.options.properties])).toEqual([[window, ['openDirectory', 'createDirectory']]]);
  });
});
