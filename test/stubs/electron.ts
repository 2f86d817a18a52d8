// The `electron` module replaced at its boundary for tests: just enough of the API for the main-process code,
// with fakes that record what they were asked to do. Tests reset it through `resetElectronStub()`.
import { EventEmitter } from 'node:events';
import os from 'node:os';
import path from 'node:path';

const userData = path.join(os.tmpdir(), 'timelock-electron-stub-userdata');

class FakeIpcMain extends EventEmitter {
  handlers = new Map<string, (...args: unknown[]) => unknown>();
  handle(channel: string, fn: (...args: unknown[]) => unknown) {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, fn);
  }
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  }
}

export const ipcMain = new FakeIpcMain();

export const app = Object.assign(new EventEmitter(), {
  paths: { userData } as Record<string, string>,
  getPath(name: string) {
    return this.paths[name] ?? path.join(os.tmpdir(), `timelock-electron-stub-${name}`);
  },
  setPath(name: string, value: string) {
    this.paths[name] = value;
  },
  getVersion: () => '0.0.0-test',
  getName: () => 'Timelock',
  isPackaged: false,
});

export const shell = {
  opened: [] as string[],
  async openPath(p: string) {
    this.opened.push(p);
    return '';
  },
  showItemInFolder(p: string) {
    this.opened.push(p);
  },
};

export function resetElectronStub(): void {
  ipcMain.removeAllListeners();
  ipcMain.handlers.clear();
  app.removeAllListeners();
  shell.opened = [];
}

const electron = { app, ipcMain, shell };
// electron-store does `import electron from 'electron'`: the default export must carry the same objects.
// eslint-disable-next-line no-restricted-syntax
export default electron;
