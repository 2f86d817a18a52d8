// The Electron host (`npm start`): lifecycle, one window, IPC wired to the shared router. It holds no business
// rules; each part lives in electron/hosts/electron*.ts and this file only connects them.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Notification, session } from 'electron';
import { createTimelock } from './app';
import type { DataStore } from './ports';
import { createElectronStoreBackend } from './storage/electronStoreBackend';
import { openDataStore } from './storage/openDataStore';
import { resolveDataDir } from './hosts/electronDataDir';
import { createIpcBridge } from './hosts/electronIpc';
import { announceStorageNotices, claimSingleInstance, flushStoreBeforeQuit } from './hosts/electronLifecycle';
import { createElectronNotifier } from './hosts/electronNotifier';
import { createSenderCheck } from './hosts/electronSecurity';
import { startSocketServer } from './hosts/socketServer';
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

function start(): void {
  const dataDir = resolveDataDir(process.argv, process.env, app);
  // The single-instance lock lives in userData: pointing it at the data folder gives one process per folder.
  app.setPath('userData', dataDir);

  let window: BrowserWindow | null = null;
  const bringForward = (): void => {
    if (window) showAndFocus(window);
  };
  if (!claimSingleInstance(app, bringForward)) return;

  app
    .whenReady()
    .then(() => {
      let store: DataStore;
      try {
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

      const timelock = createTimelock({ store, notifier: createElectronNotifier({ Notification, onClick: bringForward }) });
      // The CLI's way in; another host already serving this folder (the browser host) stops this one with its reason.
      // The scheduler starts only once this host owns the folder: a refused host must not write (missed hard stops,
      // the daily backup) before it exits.
      startSocketServer({ app: timelock, dataDir, hostName: 'the desktop app' }).then((socket) => {
        app.on('will-quit', () => void socket.close());
        timelock.start();
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

      const openWindow = (): void => {
        const created = createMainWindow({
          createWindow: (options) => new BrowserWindow(options),
          session: session.defaultSession,
          bridge,
          preloadPath: PRELOAD_FILE,
          rendererUrl: renderer.url,
        });
        window = created;
        created.once('closed', () => {
          if (window === created) window = null;
        });
        void loadRenderer(created, renderer);
      };

      openWindow();
      // Held by the bridge until the page says ready, like every event.
      announceStorageNotices(timelock.bus, store);
      app.on('will-quit', () => timelock.dispose());

      app.on('activate', () => {
        if (!window) openWindow();
      });
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
