// The client side of the local socket: finds the host serving a data folder (clearing a stale socket a killed host
// left behind) and sends it router calls as newline-delimited JSON. Used by the CLI, and by a host that must not
// start while another one serves its folder.
import net from 'node:net';
import path from 'node:path';
import { fail, type Result } from '../../shared/result';
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

/** The host serving `dataDir`, or null. A stale socket (and its record) is removed on the way. */
export async function findLiveHost(dataDir: string, options: { place?: SocketPlace; timeoutMs?: number } = {}): Promise<LiveHost | null> {
  const dir = path.resolve(dataDir);
  for (const address of candidateAddresses(dir, options.place)) {
    assertOwnSocket(address);
    const found = await probe(address, options.timeoutMs ?? CONNECT_TIMEOUT_MS);
    if (found.state === 'live') {
      const record = readHostRecord(dir);
      return { address, socket: found.socket, record: record?.socket === address ? record : null };
    }
    if (found.state === 'stale') {
      removeStaleSocket(address);
      removeHostRecord(dir, address);
    }
  }
  return null;
}

/** A client for the host serving `dataDir`, or null when none runs. */
export async function connectToHost(dataDir: string, options: { place?: SocketPlace; timeoutMs?: number } = {}): Promise<SocketClient | null> {
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
