// Where the data lives, one rule for every host: --data-dir first, then TIMELOCK_DATA_DIR, then the desktop app's
// own folder; a --data-dir without a folder stops everything rather than falling back to the person's real data.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { app } from '../../stubs/electron';
import { defaultDataDir, describeDataDir, keepDefaultFolderPrivate, resolveDataDir } from '../../../electron/hosts/resolveDataDir';
import { runIn } from '../cli/cliHarness';

const CWD = path.resolve('/home/someone/projects');
const USER_DATA = app.getPath('userData');
const resolve = (argv: string[], env: Record<string, string> = {}) => resolveDataDir(argv, { env, cwd: CWD, appFolder: USER_DATA });

describe('the data folder', () => {
  it('--data-dir wins over the environment and the default', () => {
    expect(resolve(['--data-dir', '/data/a'], { TIMELOCK_DATA_DIR: '/data/b' })).toEqual({ dir: path.resolve('/data/a'), from: 'argument' });
  });

  it('--data-dir=DIR works the same', () => {
    expect(resolve(['--data-dir=/data/a'], { TIMELOCK_DATA_DIR: '/data/b' }).dir).toBe(path.resolve('/data/a'));
  });

  it('TIMELOCK_DATA_DIR is used when no argument names a folder', () => {
    expect(resolve(['.'], { TIMELOCK_DATA_DIR: '/data/b' })).toEqual({ dir: path.resolve('/data/b'), from: 'environment' });
  });

  it("the desktop app's folder is the default, and a blank variable does not count", () => {
    expect(resolve([])).toEqual({ dir: USER_DATA, from: 'default' });
    expect(resolve([], { TIMELOCK_DATA_DIR: '  ' })).toEqual({ dir: USER_DATA, from: 'default' });
  });

  it("without Electron the default is the same folder Electron gives an app named Timelock", () => {
    const env = { XDG_CONFIG_HOME: '/home/someone/.config' };
    expect(resolveDataDir([], { env }).dir).toBe(defaultDataDir(env));
    expect(defaultDataDir(env, 'linux')).toBe(path.join('/home/someone/.config', 'Timelock'));
  });

  it('a relative folder is taken from where Timelock was started', () => {
    expect(resolve(['--data-dir', 'my-data']).dir).toBe(path.join(CWD, 'my-data'));
    expect(resolve([], { TIMELOCK_DATA_DIR: 'env-data' }).dir).toBe(path.join(CWD, 'env-data'));
  });

  it('--data-dir without a folder stops, whatever follows: nothing, an empty value, or another option', () => {
    expect(() => resolve(['--data-dir'])).toThrow('--data-dir needs a folder, e.g. --data-dir ./my-data');
    expect(() => resolve(['--data-dir', ''], { TIMELOCK_DATA_DIR: '/data/b' })).toThrow(/needs a folder/);
    expect(() => resolve(['--data-dir', '--port', '4870'])).toThrow('--data-dir needs a folder (--port is an option, not a folder)');
    expect(() => resolve(['--data-dir='], { TIMELOCK_DATA_DIR: '/data/b' })).toThrow(/needs a folder/);
  });

  it('what follows -- is not an option', () => {
    expect(resolve(['--', '--data-dir', '/x']).from).toBe('default');
  });

  it("a host names the desktop app's own folder as such, and a chosen folder plainly", () => {
    expect(describeDataDir({ dir: '/d', from: 'default' })).toBe("/d (the desktop app's own data folder; --data-dir DIR picks another)");
    expect(describeDataDir({ dir: '/d', from: 'argument' })).toBe('/d');
  });

  it.runIf(process.platform !== 'win32')("the desktop app's own folder is made private; a folder the person chose is left as it is", () => {
    const own = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-own-'));
    const chosen = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-chosen-'));
    try {
      fs.chmodSync(own, 0o755);
      fs.chmodSync(chosen, 0o755);
      keepDefaultFolderPrivate({ dir: own, from: 'default' });
      keepDefaultFolderPrivate({ dir: chosen, from: 'argument' });
      expect(fs.statSync(own).mode & 0o777).toBe(0o700);
      expect(fs.statSync(chosen).mode & 0o777).toBe(0o755);
    } finally {
      fs.rmSync(own, { recursive: true, force: true });
      fs.rmSync(chosen, { recursive: true, force: true });
    }
  });

  it('the CLI follows the same rule: --data-dir --port is a usage mistake (exit 2) and touches nothing', async () => {
    const run = await runIn(['status', '--data-dir', '--port'], { env: {}, cwd: CWD });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^timelock status: --data-dir needs a folder \(--port is an option, not a folder\)/);
    expect(run.stdout).toBe('');
  });
});
