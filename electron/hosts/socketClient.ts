// The client side of the local socket: finds the host serving a data folder and sends it router calls as
// newline-delimited JSON. Used by the CLI, and by a host that must not start while another one serves its folder.
// A socket file nobody answers on is cleared only by a process holding the folder's lock: without the lock it may be
// a host that is starting this very moment, and deleting its fresh socket would hide it from every client.
import net from 'node:net';
import path from 'node:path';
import { fail, type Result } from '../../shared/result';
import type { DataFolderLock } from '../storage/dataFolderLock';
import { lineSplitter } from './ndjsonLines';
import {
  assertOwnSocket,
  candidateAddresses,
  readHostRecord,
  removeHostRecord,
  removeStaleSocket,
  type HostRecord,
  type SocketPlace,
} from './socketAddress';

export interface SocketClient {
  readonly address: string;
  call(channel: string, payload: unknown): Promise<Result<unknown>>;
  /** The host's push events, as they arrive; returns the unsubscribe. */
  onEvent(listener: (event: string, payload: unknown) => void): () => void;
  close(): void;
}

export interface LiveHost {
  address: string;
  socket: net.Socket;
  /** What the host wrote about itself, when the record names this address. */
  record: HostRecord | null;
}

const CONNECT_TIMEOUT_MS = 2_000;

type Probe = { state: 'live'; socket: net.Socket } | { state: 'stale' } | { state: 'absent' };

/** Connects once: live (someone listens), stale (a socket file nobody listens on), or absent. Other errors throw. */
function probe(address: string, timeoutMs: number): Promise<Probe> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(address);
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`The Timelock listening on ${address} did not answer within ${timeoutMs / 1000} s. Is it frozen?`));
    }, timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve({ state: 'live', socket });
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      socket.destroy();
      if (error.code === 'ECONNREFUSED') resolve({ state: 'stale' });
      // ENOTDIR: the data folder is a file; opening it directly will say so in words.
      else if (error.code === 'ENOENT' || error.code === 'ENOTDIR') resolve({ state: 'absent' });
      else reject(new Error(`Timelock could not reach ${address} (${error.code ?? error.message}). If no Timelock is running, remove that file.`));
    });
  });
}

export interface FindHostOptions {
  place?: SocketPlace;
  timeoutMs?: number;
  /** Held by this process: then a stale socket (and its record) is removed on the way. */
  lock?: DataFolderLock;
}

/** The host serving `dataDir`, or null. */
export async function findLiveHost(dataDir: string, options: FindHostOptions = {}): Promise<LiveHost | null> {
  const dir = path.resolve(dataDir);
  const mayClear = options.lock?.held === true && options.lock.dataDir === dir;
  for (const address of candidateAddresses(dir, options.place)) {
    assertOwnSocket(address);
    const found = await probe(address, options.timeoutMs ?? CONNECT_TIMEOUT_MS);
    if (found.state === 'live') {
      const record = readHostRecord(dir);
      return { address, socket: found.socket, record: record?.socket === address ? record : null };
    }
    if (found.state === 'stale' && mayClear) {
      removeStaleSocket(address);
      removeHostRecord(dir, address);
    }
  }
  return null;
}

/** A client for the host serving `dataDir`, or null when none runs. */
export async function connectToHost(dataDir: string, options: FindHostOptions = {}): Promise<SocketClient | null> {
  const host = await findLiveHost(dataDir, options);
  return host ? socketClient(host.address, host.socket) : null;
}

function socketClient(address: string, socket: net.Socket): SocketClient {
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const listeners = new Set<(event: string, payload: unknown) => void>();
  let nextId = 1;
  let closed = false;

  const settleAll = (message: string) => {
    for (const resolve of pending.values()) resolve(fail({ code: 'internal', message }));
    pending.clear();
  };

  const lines = lineSplitter((line) => {
    let reply: { id?: unknown; result?: Result<unknown>; event?: unknown; payload?: unknown };
    try {
      reply = JSON.parse(line) as typeof reply;
    } catch {
      return;
    }
    if (typeof reply.event === 'string') {
      for (const listener of [...listeners]) listener(reply.event, reply.payload);
      return;
    }
    // A refusal of the connection as a whole (a request too long) has no id: it answers everything still waiting,
    // word for word, instead of the person reading only that the connection closed.
    if (reply.id === null && reply.result && !reply.result.ok) {
      for (const settle of pending.values()) settle(reply.result);
      pending.clear();
      return;
    }
    const resolve = typeof reply.id === 'number' ? pending.get(reply.id) : undefined;
    if (!resolve || !reply.result) return;
    pending.delete(reply.id as number);
    resolve(reply.result);
  });
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => void lines.push(chunk));
  socket.on('error', () => undefined);
  socket.on('close', () => {
    closed = true;
    settleAll('The running Timelock closed the connection before answering; check whether the change was made.');
  });

  return {
    address,
    call(channel, payload) {
      if (closed) return Promise.resolve(fail({ code: 'internal', message: 'The connection to the running Timelock is closed.' }));
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        socket.write(`${JSON.stringify({ id, channel, payload })}\n`);
      });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closed = true;
      socket.end();
      socket.destroy();
    },
  };
}
