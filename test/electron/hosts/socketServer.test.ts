import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { HostAlreadyRunningError, startSocketServer, type SocketServer } from '../../../electron/hosts/socketServer';
import { connectToHost } from '../../../electron/hosts/socketClient';
import { HOST_RECORD_FILE, readHostRecord, socketAddress } from '../../../electron/hosts/socketAddress';
import { DataFolderBusyError, tryAcquireDataFolderLock } from '../../../electron/storage/dataFolderLock';
import { makeTestHost, type TestHost } from '../../support/testHost';
import { holdDataFolder, releaseHeldLocks } from './heldLock';

const posix = process.platform !== 'win32';
const hosts: TestHost[] = [];
const servers: SocketServer[] = [];
const scratch: string[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
  releaseHeldLocks();
  for (const h of hosts.splice(0)) h.cleanup();
  for (const d of scratch.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function host(dataDir?: string): TestHost {
  const h = makeTestHost(dataDir ? { dataDir } : {});
  hosts.push(h);
  return h;
}

async function serve(h: TestHost, options: Partial<Parameters<typeof startSocketServer>[0]> = {}): Promise<SocketServer> {
  const server = await startSocketServer({ app: h.app, dataDir: h.dataDir, hostName: 'the test host', lock: options.lock ?? holdDataFolder(h.dataDir), ...options });
  servers.push(server);
  return server;
}

interface Reply {
  id: unknown;
  result: { ok: boolean; value?: unknown; error?: { code: string } };
}

/** Sends raw text and collects `count` replies, and the push events that came with them. */
function exchange(address: string, text: string, count: number): Promise<Reply[] & { events: Array<{ event: string; payload: unknown }> }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(address);
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      received += chunk;
      const messages = received.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
      const replies = messages.filter((m) => 'id' in m) as unknown as Reply[];
      if (replies.length >= count) {
        socket.destroy();
        resolve(Object.assign(replies, { events: messages.filter((m) => 'event' in m) as Array<{ event: string; payload: unknown }> }));
      }
    });
    socket.on('error', reject);
    socket.write(text);
  });
}

/** A socket file nobody listens on, as a killed host leaves it: a child binds it and is killed. */
function leaveStaleSocket(address: string): void {
  fs.mkdirSync(path.dirname(address), { recursive: true });
  const script = `require('net').createServer().listen(${JSON.stringify(address)}, () => process.kill(process.pid, 'SIGKILL'))`;
  spawnSync(process.execPath, ['-e', script]);
  expect(fs.lstatSync(address).isSocket()).toBe(true);
}

describe('the local socket every host serves', () => {
  it('answers newline-delimited requests through the router, in order, each with its id, and pushes its events', async () => {
    const h = host();
    const server = await serve(h);
    expect(server.address).toBe(path.join(h.dataDir, 'timelock.sock'));
    const lines = [
      { id: 1, channel: 'timer.start', payload: { categoryId: 'work' } },
      { id: 'two', channel: 'app.snapshot' },
      { id: 3, channel: 'timer.start', payload: { categoryId: 42 } },
      { id: 4, channel: 'no.such.channel', payload: {} },
    ];
    const replies = await exchange(server.address, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n{oops\n{"id":6}\n`, 6);
    expect(replies.map((r) => r.id)).toEqual([1, 'two', 3, 4, null, 6]);
    expect(replies[0]!.result).toMatchObject({ ok: true, value: { categoryId: 'work' } });
    expect(replies[1]!.result).toMatchObject({ ok: true, value: { timer: { categoryId: 'work' } } });
    expect(replies.slice(2).map((r) => r.result.error?.code)).toEqual(['bad-request', 'unknown-channel', 'bad-request', 'bad-request']);
    // The change went out as a push event too, before the reply that caused it.
    expect(replies.events).toEqual([{ event: 'timer.changed', payload: { timer: expect.objectContaining({ categoryId: 'work' }) } }]);
    // The host's own state changed: the request went through its router, not around it.
    expect(h.app.store.getTimer()).toMatchObject({ categoryId: 'work', start: h.clock.now() });
  });

  it.runIf(posix)('is reachable by this user only: the socket is 0600', async () => {
    const server = await serve(host());
    expect(fs.statSync(server.address).mode & 0o777).toBe(0o600);
  });

  it('records its address, process and kind in the data folder, and removes socket and record when it closes', async () => {
    const h = host();
    const server = await serve(h);
    expect(readHostRecord(h.dataDir)).toMatchObject({ socket: server.address, pid: process.pid, host: 'the test host' });
    await server.close();
    expect(fs.existsSync(path.join(h.dataDir, HOST_RECORD_FILE))).toBe(false);
    if (posix) expect(fs.existsSync(server.address)).toBe(false);
    expect(await connectToHost(h.dataDir)).toBeNull();
  });

  it('a second host on the same data folder is refused by its lock, naming the one that runs; the first keeps answering', async () => {
    const h = host();
    const first = await serve(h);
    const refused = tryAcquireDataFolderLock(h.dataDir, { host: 'another' });
    expect(refused).toBeInstanceOf(DataFolderBusyError);
    expect((refused as Error).message).toBe(`Another Timelock (the test host, process ${process.pid}) is already using the data folder ${h.dataDir}. Use that one, or quit it first.`);
    const client = (await connectToHost(h.dataDir))!;
    expect(client.address).toBe(first.address);
    expect(await client.call('settings.get', {})).toMatchObject({ ok: true });
    client.close();
  });

  it.runIf(posix)('a Timelock that answers on the socket without the lock (an older version) still stops a new host', async () => {
    const h = host();
    const address = socketAddress(h.dataDir);
    const older = net.createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => older.listen(address, resolve));
    try {
      const refused = startSocketServer({ app: h.app, dataDir: h.dataDir, lock: holdDataFolder(h.dataDir), hostName: 'another' });
      await expect(refused).rejects.toBeInstanceOf(HostAlreadyRunningError);
      await expect(refused).rejects.toThrow(`Another Timelock (listening on ${address}) is already using the data folder ${h.dataDir}.`);
      expect(fs.lstatSync(address).isSocket()).toBe(true);
    } finally {
      await new Promise((resolve) => older.close(resolve));
    }
  });

  it.runIf(posix)('a stale socket is left alone by a client without the lock (it may be a host starting) and replaced by the host holding it', async () => {
    const h = host();
    const address = socketAddress(h.dataDir);
    leaveStaleSocket(address);
    expect(await connectToHost(h.dataDir)).toBeNull();
    expect(fs.lstatSync(address).isSocket()).toBe(true);

    const server = await serve(h);
    expect([...(await exchange(server.address, '{"id":1,"channel":"settings.get"}\n', 1))]).toMatchObject([{ id: 1, result: { ok: true } }]);
  });

  it.runIf(posix)('a data folder too deep for a socket path gets a private 0700 folder in the temp dir, found through the record', async () => {
    const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-sock-'));
    const deep = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-deep-')), 'a-rather-long-folder-name'.repeat(4));
    scratch.push(tmpDir, path.dirname(deep));
    const h = host(deep);
    const server = await serve(h, { place: { tmpDir } });
    expect(Buffer.byteLength(path.join(deep, 'timelock.sock'))).toBeGreaterThan(103);
    expect(path.dirname(path.dirname(server.address))).toBe(tmpDir);
    expect(fs.statSync(path.dirname(server.address)).mode & 0o777).toBe(0o700);
    expect(fs.statSync(server.address).mode & 0o777).toBe(0o600);
    // A client whose temp dir differs (another TMPDIR) still finds it: the record in the data folder names it.
    const client = (await connectToHost(deep, { place: { tmpDir: os.homedir() } }))!;
    expect(client.address).toBe(server.address);
    client.close();
  });

  it.runIf(posix)('will not put its socket in a temp folder that is a symlink planted by someone else', async () => {
    const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-sock-'));
    const deep = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-deep-')), 'x'.repeat(120));
    scratch.push(tmpDir, path.dirname(deep));
    const h = host(deep);
    const planted = path.dirname(socketAddress(deep, { tmpDir }));
    fs.symlinkSync(os.tmpdir(), planted);
    await expect(startSocketServer({ app: h.app, dataDir: deep, lock: holdDataFolder(deep), place: { tmpDir } })).rejects.toThrow(/not a folder of this user's/);
  });

  it.runIf(process.getuid?.() === 0)("a client will not talk to a socket that belongs to another user", async () => {
    const h = host();
    const server = await serve(h);
    fs.chownSync(server.address, 65534, 65534);
    await expect(connectToHost(h.dataDir)).rejects.toThrow(/belongs to another user; Timelock will not talk to a socket there/);
  });
});

describe('socket addresses', () => {
  it('Windows uses a named pipe named by a hash of the data folder; the same folder always gives the same name', () => {
    const a = socketAddress('/data/timelock', { platform: 'win32' });
    expect(a).toMatch(/^\\\\\.\\pipe\\timelock-[0-9a-f]{16}$/);
    expect(socketAddress('/data/../data/timelock', { platform: 'win32' })).toBe(a);
    expect(socketAddress('/data/other', { platform: 'win32' })).not.toBe(a);
  });

  it('elsewhere the socket lives in the data folder while the path fits in 103 bytes', () => {
    expect(socketAddress('/home/ana/.config/Timelock', { platform: 'linux' })).toBe('/home/ana/.config/Timelock/timelock.sock');
    const long = `/home/ana/${'d'.repeat(100)}`;
    expect(socketAddress(long, { platform: 'darwin', tmpDir: '/var/tmp' })).toMatch(/^\/var\/tmp\/timelock-[0-9a-f]{16}\/timelock\.sock$/);
    expect(socketAddress(long, { platform: 'darwin', tmpDir: `/${'t'.repeat(100)}` })).toMatch(/^\/tmp\/timelock-[0-9a-f]{16}\/timelock\.sock$/);
  });
});
