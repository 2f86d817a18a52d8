import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { startSocketServer, type SocketServer } from '../../../electron/hosts/socketServer';
import { fakeClock, makeTestHost, MINUTE, type TestHost } from '../../support/testHost';
import { runIn } from './cliHarness';
import { holdDataFolder, releaseHeldLocks } from '../hosts/heldLock';

let host: TestHost;
let server: SocketServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
  releaseHeldLocks();
  host.cleanup();
});

describe('the CLI while a host runs', () => {
  it("goes through the host's socket: the host's own state and clock change, and the CLI's clock is not used", async () => {
    host = makeTestHost();
    server = await startSocketServer({ app: host.app, dataDir: host.dataDir, lock: holdDataFolder(host.dataDir) });
    const env = { TIMELOCK_DATA_DIR: host.dataDir };

    const started = await runIn(['start', 'Work', '--note', 'via the socket'], { env, clock: fakeClock(Date.UTC(2030, 0, 1)) });
    expect(started).toMatchObject({ code: 0, stderr: 'Started Work at 10:00.\n' });
    expect(host.app.store.getTimer()).toMatchObject({ categoryId: 'work', start: host.clock.now(), note: 'via the socket' });
    expect(host.events.map((e) => e.name)).toContain('timer.changed');

    host.clock.advance(25 * MINUTE);
    const status = await runIn(['status', '--json'], { env });
    expect(status.json()).toMatchObject({ running: true, timer: { category: 'Work', elapsedMinutes: 25 }, minutes: { work: 25 } });

    const stopped = await runIn(['stop'], { env });
    expect(stopped).toMatchObject({ code: 0, stderr: 'Stopped Work after 0:25.\n' });
    expect(host.app.store.getTimer()).toBeNull();
    expect(host.app.store.getEntries()).toHaveLength(1);
  });

  it('status through a host of another version that answers in another shape: refused with exit 1, nothing printed', async () => {
    host = makeTestHost();
    const router = host.app.router;
    // A host whose week summary names its minutes otherwise: what status reads of it is missing.
    const otherVersion = {
      call: async (channel: string, payload: unknown) => {
        const result = await router.call(channel, payload);
        if (channel !== 'summary.week' || !result.ok) return result;
        const { minutes, ...rest } = result.value as { minutes: unknown };
        return { ok: true as const, value: { ...rest, minutesByArea: minutes } };
      },
    };
    server = await startSocketServer({ app: { ...host.app, router: otherVersion as typeof router }, dataDir: host.dataDir, lock: holdDataFolder(host.dataDir) });
    const status = await runIn(['status'], { env: { TIMELOCK_DATA_DIR: host.dataDir } });
    expect(status).toMatchObject({ code: 1, stdout: '' });
    expect(status.stderr).toContain('Timelock answered summary.week in a form this command does not know');
  });

  it("a refusal from the host's lock comes back as exit 1 with its message", async () => {
    host = makeTestHost({ start: Date.UTC(2026, 10, 28, 10, 0) }); // a Saturday
    await host.call('settings.update', { lockMode: 'hard' });
    server = await startSocketServer({ app: host.app, dataDir: host.dataDir, lock: holdDataFolder(host.dataDir) });
    const run = await runIn(['start', 'Work'], { env: { TIMELOCK_DATA_DIR: host.dataDir } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/hard lock blocks this/);
    expect(host.app.store.getTimer()).toBeNull();
  });

  it("says a work timer started outside the work windows is, by the host's clock, as it does without a host", async () => {
    host = makeTestHost({ start: Date.UTC(2026, 10, 28, 10, 0) }); // a Saturday; the lock is off
    server = await startSocketServer({ app: host.app, dataDir: host.dataDir, lock: holdDataFolder(host.dataDir) });
    const run = await runIn(['start', 'Work'], { env: { TIMELOCK_DATA_DIR: host.dataDir }, clock: fakeClock(Date.UTC(2030, 0, 2, 10, 0)) });
    expect(run).toMatchObject({ code: 0, stderr: 'Started Work at 11:00.\nThe work timer is running outside your work windows. Your next window opens on Mon 30 Nov at 09:00.\n' });
  });

  it.runIf(process.platform !== 'win32')('a stale socket from a killed host is removed and the CLI opens the folder itself', async () => {
    host = makeTestHost();
    const address = path.join(host.dataDir, 'timelock.sock');
    spawnSync(process.execPath, ['-e', `require('net').createServer().listen(${JSON.stringify(address)}, () => process.kill(process.pid, 'SIGKILL'))`]);
    expect(fs.existsSync(address)).toBe(true);
    const run = await runIn(['status'], { env: { TIMELOCK_DATA_DIR: host.dataDir } });
    expect(run).toMatchObject({ code: 0, stdout: 'idle · 0 / 35 h\n' });
    expect(fs.existsSync(address)).toBe(false);
  });
});
