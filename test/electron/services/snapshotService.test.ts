import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTimelock } from '../../../electron/app';
import { openDataStore } from '../../../electron/storage/openDataStore';
import { makeTestHost, type TestHost } from '../../support/testHost';

describe('app.reveal', () => {
  let host: TestHost | undefined;
  let dir: string | undefined;
  afterEach(() => {
    host?.cleanup();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('without a desktop shell (browser host, CLI) answers shown: false with the data folder path', async () => {
    host = makeTestHost();
    expect(await host.call('app.reveal', {})).toEqual({ shown: false, path: host.dataDir });
  });

  it('with a desktop shell reveals the store’s own folder, never a path from the request', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-reveal-'));
    const opened: string[] = [];
    const app = createTimelock({
      store: openDataStore({ dataDir: dir, backend: 'conf', systemTimeZone: 'UTC' }),
      revealFolder: async (folder) => {
        opened.push(folder);
        return true;
      },
    });
    expect(await app.router.call('app.reveal', {})).toEqual({ ok: true, value: { shown: true, path: dir } });
    expect(await app.router.call('app.reveal', { path: '/etc' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(opened).toEqual([dir]);
    app.dispose();
  });
});
