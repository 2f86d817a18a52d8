// The local socket every host serves beside its window or page: the same router, for the CLI, so nothing writes the
// data files behind the running app's back. Newline-delimited JSON, one message per line: { id, channel, payload }
// in, { id, result } out (result: the router's envelope), answered in order; push events go out to every connection
// as { event, payload } (an import's progress). Reachable only by this user: the socket is created 0600 (in a 0700
// folder when it lives in the temp dir). A host serves only while it holds the data folder's lock (taken before the
// files are opened); it still refuses to start when another Timelock answers on its folder (one from before locks).
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { TimelockApp } from '../app';
import type { DataFolderLock } from '../storage/dataFolderLock';
import { fail, type Result } from '../../shared/result';
import { MAX_IMPORT_CHARS } from '../../shared/transferModel';
import { findLiveHost } from './socketClient';
import { lineSplitter } from './ndjsonLines';
import { isNamedPipe, preparePrivateFolder, removeHostRecord, socketAddress, writeHostRecord, type SocketPlace } from './socketAddress';

/** A request line may carry a whole import file, JSON-escaped; anything longer is refused and the connection closed. */
export const MAX_LINE_CHARS = 2 * MAX_IMPORT_CHARS + 1024 * 1024;

export interface SocketServer {
  address: string;
  close(): Promise<void>;
}

export interface SocketServerOptions {
  app: Pick<TimelockApp, 'router' | 'bus'>;
  dataDir: string;
  /** This process's hold on the data folder: what makes a socket file nobody answers on safe to replace. */
  lock: DataFolderLock;
  /** How a refused second host names this one: 'the browser host', 'the desktop app'. */
  hostName?: string;
  place?: SocketPlace;
  /** Tests lower it to see a request that is too long refused. */
  maxLineChars?: number;
}

/** Another host answers on this data folder's socket: the message says which, for the person to read. */
export class HostAlreadyRunningError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HostAlreadyRunningError';
  }
}

/**
 * Refuses (HostAlreadyRunningError) when another Timelock answers on the folder's socket, and clears a stale socket
 * file: hosts call it right after taking the lock, before opening the files.
 */
export async function assertNoOtherHost(dataDir: string, lock: DataFolderLock, place?: SocketPlace): Promise<void> {
  const dir = path.resolve(dataDir);
  const live = await findLiveHost(dir, { lock, ...(place ? { place } : {}) });
  if (!live) return;
  live.socket.destroy();
  const who = live.record ? `${live.record.host}, process ${live.record.pid}` : `listening on ${live.address}`;
  throw new HostAlreadyRunningError(`Another Timelock (${who}) is already using the data folder ${dir}. Use that one, or quit it first.`);
}

export async function startSocketServer(options: SocketServerOptions): Promise<SocketServer> {
  const dataDir = path.resolve(options.dataDir);
  if (!options.lock.held || options.lock.dataDir !== dataDir) throw new Error(`A host must hold the lock of ${dataDir} before it serves it.`);
  await assertNoOtherHost(dataDir, options.lock, options.place);
  const address = socketAddress(dataDir, options.place);
  if (!isNamedPipe(address) && path.dirname(address) !== dataDir) preparePrivateFolder(path.dirname(address));

  const connections = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    connections.add(socket);
    socket.once('close', () => connections.delete(socket));
    serveConnection(socket, options.app.router, options.maxLineChars ?? MAX_LINE_CHARS);
  });
  await listenPrivately(server, address, dataDir);
  const unsubscribe = options.app.bus.subscribe((event, payload) => {
    const line = `${JSON.stringify({ event, payload })}\n`;
    for (const socket of connections) if (!socket.destroyed) socket.write(line);
  });
  writeHostRecord(dataDir, { socket: address, pid: process.pid, host: options.hostName ?? 'a Timelock host' });

  let closing: Promise<void> | null = null;
  return {
    address,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        // The files go first and synchronously: a host quitting may not live to see the close callback.
        removeHostRecord(dataDir, address);
        if (!isNamedPipe(address)) fs.rmSync(address, { force: true });
        unsubscribe();
        for (const socket of connections) socket.destroy();
        server.close(() => resolve());
      })),
  };
}

function listenPrivately(server: net.Server, address: string, dataDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      // Another host bound the address between our check and our bind.
      if (error.code === 'EADDRINUSE') reject(new HostAlreadyRunningError(`Another Timelock is already using the data folder ${dataDir}. Use that one, or quit it first.`));
      else reject(error);
    });
    // The bind happens inside listen(), synchronously: with this umask the socket is 0600 from its first instant,
    // before the chmod below makes sure of it.
    const restore = tightenUmask();
    try {
      server.listen(address, () => {
        if (!isNamedPipe(address)) fs.chmodSync(address, 0o600);
        resolve();
      });
    } finally {
      restore();
    }
  });
}

function tightenUmask(): () => void {
  try {
    const previous = process.umask(0o177);
    return () => process.umask(previous);
  } catch {
    // Worker threads may not change the umask; the chmod right after listening still applies.
    return () => undefined;
  }
}

function serveConnection(socket: net.Socket, router: TimelockApp['router'], maxLineChars: number): void {
  let queue = Promise.resolve();
  let refused = false;
  const lines = lineSplitter((line) => {
    if (line.trim() === '') return;
    queue = queue
      .then(() => answer(line, router))
      .then((reply) => {
        if (!socket.destroyed) socket.write(`${JSON.stringify(reply)}\n`);
      });
  }, maxLineChars);
  socket.setEncoding('utf8');
  socket.on('error', () => undefined);
  socket.on('data', (chunk: string) => {
    if (refused || lines.push(chunk)) return;
    refused = true;
    const reply = { id: null, result: fail({ code: 'bad-request', message: `A request may be at most ${Math.ceil(maxLineChars / 1024 / 1024)} MB.` }) };
    socket.end(`${JSON.stringify(reply)}\n`);
  });
}

async function answer(line: string, router: TimelockApp['router']): Promise<{ id: unknown; result: Result<unknown> }> {
  let request: unknown;
  try {
    request = JSON.parse(line);
  } catch {
    return { id: null, result: fail({ code: 'bad-request', message: 'The request is not valid JSON.' }) };
  }
  const { id = null, channel, payload = {} } = (typeof request === 'object' && request !== null ? request : {}) as Record<string, unknown>;
  if (typeof channel !== 'string') {
    return { id, result: fail({ code: 'bad-request', message: 'A request needs { id, channel, payload }.' }) };
  }
  try {
    return { id, result: await router.call(channel, payload) };
  } catch {
    // The router answers every failure as a value; this only keeps one connection's queue alive if that ever breaks.
    return { id, result: fail({ code: 'internal', message: `Something went wrong in ${channel}.` }) };
  }
}
