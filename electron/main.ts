// The Electron host (`npm start`): lifecycle, one window, IPC wired to the shared router. It holds no business
// rules; each part lives in electron/hosts/electron*.ts and this file only connects them.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, globalShortcut, ipcMain, Menu, nativeImage, Notification, powerMonitor, session, shell, Tray } from 'electron';
import { createTimelock } from './app';
import type { DataStore } from './ports';
import type { EventPayload } from '../shared/contract';
import { createElectronStoreBackend } from './storage/electronStoreBackend';
import { openDataStore } from './storage/openDataStore';
import { keepDefaultFolderPrivate, resolveDataDir } from './hosts/resolveDataDir';
import { acquireDataFolderLock, isHostOwner, type DataFolderLock } from './storage/dataFolderLock';
import { createIpcBridge } from './hosts/electronIpc';
import { announceStorageNotices, claimSingleInstance, flushStoreBeforeQuit } from './hosts/electronLifecycle';
import { createCloseToTray } from './hosts/electronCloseToTray';
import { createDesktopCommands } from './hosts/electronCommands';
import { autostartDir, createLoginItem } from './hosts/electronLoginItem';
import { applicationMenuTemplate, installApplicationMenu } from './hosts/electronMenu';
import { createElectronNotifier } from './hosts/electronNotifier';
import { powerIdleProbe, watchPower } from './hosts/electronPower';
import { createTimerShortcut } from './hosts/electronShortcut';
import { createTimelockTray, trayIconPath, type TimelockTray } from './hosts/electronTray';
import { createSenderCheck } from './hosts/electronSecurity';
import { createElectronFolderPicker } from './hosts/electronFolderPicker';
import { assertNoOtherHost, startSocketServer } from './hosts/socketServer';
import { createMainWindow, loadRenderer, rendererLocation, showAndFocus } from './hosts/electronWindow';

// This file is bundled to out/main/main.js; the preload and the renderer are built next to it in out/.
const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const PRELOAD_FILE = path.join(outDir, 'preload', 'preload.cjs');
const RENDERER_INDEX = path.join(outDir, 'renderer', 'index.html');

function failToStart(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Timelock could not start', message);
  app.exit(1);
}

const HOST_NAME = 'the desktop app';
/** A CLI command working on the folder gets this long to finish; a running host is refused at once. */
const LOCK_WAIT_MS = 15_000;

/**
 * Start-up order, as in every host: the data folder's lock, then the socket check, then the files opened and
 * repaired. The lock is let go once the store is flushed on quit, or by its exit hook.
 */
async function claimDataFolder(dataDir: string): Promise<DataFolderLock> {
  const lock = await acquireDataFolderLock(dataDir, { host: HOST_NAME, waitMs: LOCK_WAIT_MS, shouldWait: (owner) => !isHostOwner(owner) });
  try {
    await assertNoOtherHost(dataDir, lock);
  } catch (error) {
    lock.release();
    throw error;
  }
  return lock;
}

function start(): void {
  const choice = resolveDataDir(process.argv, { env: process.env, appFolder: app.getPath('userData') });
  const dataDir = choice.dir;
  // The single-instance lock lives in userData: pointing it at the data folder gives one process per folder.
  app.setPath('userData', dataDir);

  let window: BrowserWindow | null = null;
  // Until the app is ready there is no window to make; from then on this makes one when it was closed.
  let showWindow = (): void => {
    if (window) showAndFocus(window);
  };
  if (!claimSingleInstance(app, () => showWindow())) return;

  app
    .whenReady()
    .then(async () => {
      let store: DataStore;
      let lock: DataFolderLock;
      try {
        keepDefaultFolderPrivate(choice);
        lock = await claimDataFolder(dataDir);
        store = openDataStore({
          dataDir,
          backend: createElectronStoreBackend,
          systemTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        });
      } catch (error) {
        failToStart(error);
        return;
      }
      flushStoreBeforeQuit(app, store);

      // The services need the notifier, whose buttons need the commands, which need the services' router: the
      // notifier's callbacks reach `desktop` only when a nudge is shown, long after it exists.
      const notifier = createElectronNotifier({
        Notification,
        onAction: (nudge, action) => void desktop.actOnNudge(nudge, action),
        onClick: (nudge) => void desktop.openNudge(nudge),
      });
      const timelock = createTimelock({
        store,
        notifier,
        idle: powerIdleProbe(powerMonitor),
        // openPath answers an error text, empty on success.
        revealFolder: async (folder) => (await shell.openPath(folder)) === '',
        // Asked only from the window, so `window` is there by then.
        folderPicker: createElectronFolderPicker(dialog, () => window),
      });
      const desktop = createDesktopCommands({
        router: timelock.router,
        bus: timelock.bus,
        showWindow: () => showWindow(),
        notify: (message) => void notifier.message(message, () => showWindow()),
        quit: () => app.quit(),
      });
      // The CLI's way in; another host already serving this folder (the browser host) stops this one with its reason.
      // The scheduler starts only once this host owns the folder: a refused host must not write (missed hard stops,
      // the daily backup) before it exits.
      startSocketServer({ app: timelock, dataDir, lock, hostName: HOST_NAME }).then((socket) => {
        app.on('will-quit', () => void socket.close());
        timelock.start();
        startDesktopIntegration();
      }, failToStart);
      const renderer = rendererLocation({
        isPackaged: app.isPackaged,
        devServerUrl: process.env.ELECTRON_RENDERER_URL,
        indexFile: RENDERER_INDEX,
      });
      const bridge = createIpcBridge({
        ipcMain,
        router: timelock.router,
        bus: timelock.bus,
        isTrustedSender: createSenderCheck(() => window, renderer.url),
      });

      // Hidden to the tray only once there is a tray to come back from.
      let tray: TimelockTray | null = null;
      const closeToTray = createCloseToTray(app, () => tray !== null && timelock.services.settings.get().hideToTrayOnClose);

      // Tray, power events, the global shortcut and the login item: started once this host owns the data folder,
      // because each of them can write (a start from the tray, the idle heartbeat).
      const startDesktopIntegration = (): void => {
        const image = nativeImage.createFromPath(trayIconPath(app.getAppPath(), process.platform));
        if (image.isEmpty()) console.warn('[timelock] the tray image is missing from assets/; the tray icon may be blank.');
        tray = createTimelockTray({
          tray: new Tray(image),
          Menu,
          bus: timelock.bus,
          figures: () => ({
            week: timelock.services.summary.week(),
            timer: timelock.services.timer.current(),
            categories: timelock.services.categories.list(),
            otherTimers: timelock.services.sync.otherTimers(),
          }),
          commands: desktop,
          platform: process.platform,
        });
        // A new week starts from zero even with no timer running (no tick, no change on the bus).
        timelock.services.scheduler.onNewDay(() => tray?.refresh());
        watchPower(powerMonitor, {
          idle: timelock.services.idle,
          scheduler: timelock.services.scheduler,
          onShutdown: () => app.quit(),
        });
        const warn = (message: string): void => timelock.bus.emit('notice', { level: 'warning', message });
        const shortcut = createTimerShortcut({ globalShortcut, onPress: () => void desktop.toggle(), report: warn });
        const loginItem = createLoginItem({
          platform: process.platform,
          isPackaged: app.isPackaged,
          app,
          // An AppImage runs from a temporary mount: the autostart entry must start the AppImage file itself.
          autostart: { dir: autostartDir(process.env, app.getPath('home')), executable: process.env.APPIMAGE ?? process.execPath },
          report: warn,
        });
        const applySettings = (): void => {
          const settings = timelock.services.settings.get();
          shortcut.apply(settings.globalShortcut);
          loginItem.apply(settings.launchAtLogin);
        };
        applySettings();
        timelock.bus.subscribe((name, payload) => {
          if (name === 'data.changed' && (payload as EventPayload<'data.changed'>).what.includes('settings')) applySettings();
        });
        app.on('will-quit', () => {
          shortcut.dispose();
          tray?.dispose();
          desktop.dispose();
        });
      };

      const openWindow = (): void => {
        const created = createMainWindow({
          createWindow: (options) => new BrowserWindow(options),
          session: session.defaultSession,
          bridge,
          preloadPath: PRELOAD_FILE,
          rendererUrl: renderer.url,
        });
        window = created;
        closeToTray.attach(created);
        created.once('closed', () => {
          if (window === created) window = null;
        });
        void loadRenderer(created, renderer);
      };

      showWindow = () => {
        if (window) showAndFocus(window);
        else openWindow();
      };
      // Set before the window exists, so the platform's default menu (with developer tools) is never the one it gets.
      installApplicationMenu(
        Menu,
        applicationMenuTemplate({
          platform: process.platform,
          isPackaged: app.isPackaged,
          commands: desktop,
          showDataFolder: () => void shell.openPath(dataDir),
        }),
      );

      openWindow();
      // Held by the bridge until the page says ready, like every event.
      announceStorageNotices(timelock.bus, store);
      app.on('will-quit', () => timelock.dispose());
      // Last, once the store was flushed (before-quit) and the services stopped.
      app.on('will-quit', () => lock.release());

      // macOS: the Dock icon brings back a window hidden to the tray or closed.
      app.on('activate', () => showWindow());
      app.on('window-all-closed', () => {
        if (process.platform !== 'darwin') app.quit();
      });
    })
    .catch(failToStart);
}

try {
  start();
} catch (error) {
  failToStart(error);
}
