// Launch at login follows settings.launchAtLogin: Electron's login items on macOS and Windows, a freedesktop
// autostart entry on Linux, and nothing at all from an unpackaged run (it would register the bare Electron binary).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { app, resetElectronStub } from '../../stubs/electron';
import { AUTOSTART_FILE, autostartDir, autostartEntry, createLoginItem } from '../../../electron/hosts/electronLoginItem';

beforeEach(() => resetElectronStub());

describe.each(['darwin', 'win32'] as const)('on %s', (platform) => {
  it('turning the setting on and off adds and removes the login item', () => {
    const loginItem = createLoginItem({ platform, isPackaged: true, app });
    loginItem.apply(true);
    expect(app.getLoginItemSettings().openAtLogin).toBe(true);
    loginItem.apply(false);
    expect(app.loginItemCalls).toEqual([{ openAtLogin: true }, { openAtLogin: false }]);
  });

  it('an unchanged setting (another settings change) does not touch the system’s list', () => {
    const loginItem = createLoginItem({ platform, isPackaged: true, app });
    loginItem.apply(true);
    loginItem.apply(true);
    expect(app.loginItemCalls).toHaveLength(1);
  });

  it('at start, a system list that already agrees is left alone', () => {
    createLoginItem({ platform, isPackaged: true, app }).apply(false);
    expect(app.loginItemCalls).toEqual([]);
  });

  it('an unpackaged run registers nothing', () => {
    createLoginItem({ platform, isPackaged: false, app }).apply(true);
    expect(app.loginItemCalls).toEqual([]);
  });
});

describe('on Linux', () => {
  let home: string;
  beforeEach(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-autostart-'));
  });
  afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

  it('the autostart folder is XDG_CONFIG_HOME’s, else ~/.config’s', () => {
    expect(autostartDir({ XDG_CONFIG_HOME: '/cfg' }, '/home/ana')).toBe(path.join('/cfg', 'autostart'));
    expect(autostartDir({}, '/home/ana')).toBe(path.join('/home/ana', '.config', 'autostart'));
  });

  it('writes an autostart entry that starts Timelock when on, and removes it when off', () => {
    const dir = autostartDir({}, home);
    const executable = '/opt/Time lock/timelock';
    const loginItem = createLoginItem({ platform: 'linux', isPackaged: true, app, autostart: { dir, executable } });
    loginItem.apply(true);
    const entry = fs.readFileSync(path.join(dir, AUTOSTART_FILE), 'utf8');
    expect(entry).toContain('[Desktop Entry]');
    expect(entry).toContain('Exec="/opt/Time lock/timelock"');
    expect(fs.readdirSync(dir)).toEqual([AUTOSTART_FILE]);
    loginItem.apply(false);
    expect(fs.existsSync(path.join(dir, AUTOSTART_FILE))).toBe(false);
    expect(app.loginItemCalls).toEqual([]);
  });

  it('quotes the characters the Desktop Entry format treats specially', () => {
    expect(autostartEntry('/home/a$b/"q"/x\\y')).toContain('Exec="/home/a\\$b/\\"q\\"/x\\\\y"');
  });

  it('a folder it cannot write is reported, and tried again at the next change', () => {
    const blocker = path.join(home, 'not-a-folder');
    fs.writeFileSync(blocker, '');
    const report = vi.fn();
    const loginItem = createLoginItem({ platform: 'linux', isPackaged: true, app, autostart: { dir: path.join(blocker, 'autostart'), executable: '/usr/bin/timelock' }, report });
    loginItem.apply(true);
    loginItem.apply(true);
    expect(report).toHaveBeenCalledTimes(2);
    expect(report.mock.calls[0]?.[0]).toMatch(/^Timelock could not add itself to the programs started at login/);
  });
});
