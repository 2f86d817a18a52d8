// Settings → Sync's Choose… in the desktop app: the system's folder dialog on the window, and what comes back
// through the router; hosts without a dialog refuse in words.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BrowserWindow, dialog, resetElectronStub } from '../../stubs/electron';
import { createElectronFolderPicker } from '../../../electron/hosts/electronFolderPicker';
import { noFolderDialog } from '../../../electron/sync/noFolderDialog';
import { makeTestHost, type TestHost } from '../../support/testHost';

let host: TestHost | null = null;
let window: BrowserWindow | null = null;

beforeEach(() => {
  resetElectronStub();
  window = new BrowserWindow();
});
afterEach(() => host?.cleanup());

const desktopHost = () => (host = makeTestHost({ storage: 'memory', folderPicker: createElectronFolderPicker(dialog, () => window) }));

describe('choosing the sync folder in the desktop app', () => {
  it('opens the folder dialog on the window (folders only, a new one may be made) and answers the folder picked', async () => {
    const picked = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-picked-'));
    dialog.nextOpen = { canceled: false, filePaths: [picked] };
    const result = await desktopHost().app.router.call('sync.chooseFolder', {});
    expect(result).toEqual({ ok: true, value: { folder: picked } });
    expect(dialog.opened).toHaveLength(1);
    expect(dialog.opened[0]!.window).toBe(window);
    expect(dialog.opened[0]!.options.properties).toEqual(['openDirectory', 'createDirectory']);
    // Choosing only fills the form: sync starts when the person turns it on.
    expect(await host!.call('sync.status', {})).toBeNull();
    fs.rmSync(picked, { recursive: true, force: true });
  });

  it('a cancelled dialog answers no folder', async () => {
    dialog.nextOpen = { canceled: true, filePaths: [] };
    expect(await desktopHost().call('sync.chooseFolder', {})).toEqual({ folder: null });
    expect(dialog.opened).toHaveLength(1);
  });

  it('with no window to attach it to, no dialog opens and no folder comes back', async () => {
    window = null;
    expect(await desktopHost().call('sync.chooseFolder', {})).toEqual({ folder: null });
    expect(dialog.opened).toEqual([]);
  });
});

describe('hosts without a folder dialog', () => {
  it('refuse in words, saying to type the full path', async () => {
    host = makeTestHost({ storage: 'memory' });
    const result = await host.app.router.call('sync.chooseFolder', {});
    expect(result).toEqual({ ok: false, error: { code: 'not-found', message: "This Timelock has no folder dialog: type the sync folder's full path." } });
  });

  it("the browser host's picker names the browser host", async () => {
    await expect(noFolderDialog('The browser host', "type the sync folder's full path.").chooseFolder()).rejects.toThrow("The browser host has no folder dialog: type the sync folder's full path.");
  });
});
