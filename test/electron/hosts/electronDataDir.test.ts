// Where the data lives: --data-dir first, then TIMELOCK_DATA_DIR, then Electron's per-user folder.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { app } from '../../stubs/electron';
import { resolveDataDir } from '../../../electron/hosts/electronDataDir';

const CWD = path.resolve('/home/someone/projects');
const USER_DATA = app.getPath('userData');

describe('the data folder', () => {
  it('--data-dir wins over the environment and the default', () => {
    expect(resolveDataDir(['electron', '.', '--data-dir', '/data/a'], { TIMELOCK_DATA_DIR: '/data/b' }, app, CWD)).toBe(path.resolve('/data/a'));
  });

  it('--data-dir=DIR works the same', () => {
    expect(resolveDataDir(['timelock', '--data-dir=/data/a'], { TIMELOCK_DATA_DIR: '/data/b' }, app, CWD)).toBe(path.resolve('/data/a'));
  });

  it('TIMELOCK_DATA_DIR is used when no argument names a folder', () => {
    expect(resolveDataDir(['timelock'], { TIMELOCK_DATA_DIR: '/data/b' }, app, CWD)).toBe(path.resolve('/data/b'));
  });

  it("Electron's userData folder is the default, and a blank variable does not count", () => {
    expect(resolveDataDir(['timelock'], {}, app, CWD)).toBe(USER_DATA);
    expect(resolveDataDir(['timelock'], { TIMELOCK_DATA_DIR: '  ' }, app, CWD)).toBe(USER_DATA);
  });

  it('a relative folder is taken from where Timelock was started', () => {
    expect(resolveDataDir(['timelock', '--data-dir', 'my-data'], {}, app, CWD)).toBe(path.join(CWD, 'my-data'));
  });

  it('--data-dir without a folder stops rather than falling back to the real data', () => {
    expect(() => resolveDataDir(['timelock', '--data-dir'], {}, app, CWD)).toThrow(/needs a folder/);
    expect(() => resolveDataDir(['timelock', '--data-dir', '--inspect'], {}, app, CWD)).toThrow(/needs a folder/);
    expect(() => resolveDataDir(['timelock', '--data-dir='], { TIMELOCK_DATA_DIR: '/data/b' }, app, CWD)).toThrow(/needs a folder/);
  });
});
