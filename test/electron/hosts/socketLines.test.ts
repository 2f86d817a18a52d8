import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { lineSplitter } from '../../../electron/hosts/ndjsonLines';
import { startSocketServer, type SocketServer } from '../../../electron/hosts/socketServer';
import { connectToHost } from '../../../electron/hosts/socketClient';
import { makeTestHost, type TestHost } from '../../support/testHost';
import { holdDataFolder, releaseHeldLocks } from './heldLock';

describe('newline-delimited JSON off a stream', () => {
  it('finds lines split across chunks and several in one chunk; a chunk without an end waits for it', () => {
    const lines: string[] = [];
    const split = lineSplitter((line) => lines.push(line));
    split.push('{"a":');
    split.push('1}\n{"b":2}\n{"c"');
    expect(lines).toEqual(['{"a":1}', '{"b":2}']);
    split.push(':3}\n');
    expect(lines).toEqual(['{"a":1}', '{"b":2}', '{"c":3}']);
  });

  it('says when a line passes its limit, finished or not, and drops it', () => {
    const lines: string[] = [];
    const split = lineSplitter((line) => lines.push(line), 10);
    expect(split.push('12345')).toBe(true);
    expect(split.push('678901')).toBe(false);
    expect(lineSplitter((line) => lines.push(line), 10).push('12345678901\n')).toBe(false);
    expect(lines).toEqual([]);
  });

  it('joins a line of many megabytes in linear time', () => {
    const lines: string[] = [];
    const split = lineSplitter((line) => lines.push(line));
    const chunk = 'x'.repeat(64 * 1024);
    const started = performance.now();
    for (let i = 0; i < 1024; i++) split.push(chunk);
    split.push('\n');
    expect(lines[0]!.length).toBe(64 * 1024 * 1024);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('requests of any size over the socket', () => {
  let host: TestHost;
  let server: SocketServer;
  afterEach(async () => {
    await server.close();
    releaseHeldLocks();
    host.cleanup();
  });

  it('a large request arrives whole and is answered', async () => {
    host = makeTestHost();
    server = await startSocketServer({ app: host.app, dataDir: host.dataDir, lock: holdDataFolder(host.dataDir) });
    const client = (await connectToHost(host.dataDir))!;
    const note = 'n'.repeat(2000);
    const result = await client.call('timer.start', { categoryId: 'work', note, padding: 'p'.repeat(4 * 1024 * 1024) });
    // The padding makes the router refuse it (unknown key), after reading all 4 MB of it.
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request', issues: [{ message: expect.stringMatching(/padding/) }] } });
    expect(await client.call('timer.start', { categoryId: 'work', note })).toMatchObject({ ok: true, value: { note } });
    client.close();
  });

  it('a request longer than the limit is refused and the connection closed; the host goes on serving', async () => {
    host = makeTestHost();
    server = await startSocketServer({ app: host.app, dataDir: host.dataDir, lock: holdDataFolder(host.dataDir), maxLineChars: 1024 });
    const reply = await new Promise<string>((resolve) => {
      const socket = net.connect(server.address);
      let text = '';
      socket.setEncoding('utf8');
      socket.on('data', (c: string) => (text += c));
      socket.on('close', () => resolve(text));
      socket.write(`{"id":1,"channel":"settings.get","payload":{"x":"${'y'.repeat(4096)}"}}\n`);
    });
    expect(JSON.parse(reply)).toMatchObject({ id: null, result: { ok: false, error: { code: 'bad-request', message: 'A request may be at most 1 MB.' } } });
    const client = (await connectToHost(host.dataDir))!;
    expect(await client.call('settings.get', {})).toMatchObject({ ok: true });
    client.close();
  });

  it("through the client, the host's refusal of a too-long request reaches the caller word for word", async () => {
    host = makeTestHost();
    server = await startSocketServer({ app: host.app, dataDir: host.dataDir, lock: holdDataFolder(host.dataDir), maxLineChars: 1024 });
    const client = (await connectToHost(host.dataDir))!;
    const result = await client.call('timer.start', { categoryId: 'work', note: 'x'.repeat(4096) });
    expect(result).toEqual({ ok: false, error: { code: 'bad-request', message: 'A request may be at most 1 MB.' } });
    expect(host.app.store.getTimer()).toBeNull();
    client.close();
  });
});
