import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTimelock } from '../../../electron/app';
import { openDataStore } from '../../../electron/storage/openDataStore';
import { readLocaleConventions } from '../../../shared/localeConventions';
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

describe('app.snapshot: a window’s locale conventions', () => {
  let host: TestHost | undefined;
  afterEach(() => host?.cleanup());

  it('given the window’s locale, answers its conventions as this process’s Intl reads them, with the settings’ zone around now', async () => {
    host = makeTestHost({ start: Date.UTC(2026, 2, 25, 10), timeZone: 'Europe/Berlin' });
    const snapshot = await host.call('app.snapshot', { locale: 'de-DE' });
    expect(snapshot.conventions).toEqual(readLocaleConventions('de-DE', 'Europe/Berlin', Date.UTC(2026, 2, 25, 10)));
    expect(snapshot.conventions?.numbers.decimal).toBe(',');
    expect(Object.keys(snapshot.conventions!.offsets)).toEqual(['Europe/Berlin']);
  });

  it('without a locale (the command line, another client) answers none', async () => {
    host = makeTestHost();
    expect(await host.call('app.snapshot', {})).not.toHaveProperty('conventions');
  });

  it('a locale that is no language tag is a bad request', async () => {
    host = makeTestHost();
    for (const locale of ['en_US!', '', 'x'.repeat(101)]) {
      expect(await host.app.router.call('app.snapshot', { locale })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
  });
});
