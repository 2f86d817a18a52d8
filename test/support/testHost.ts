// The test host: the real router, services and storage (conf backend in a temp folder), a fake clock and
// predictable ids. Every service and router test drives Timelock through this, like a host would.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach } from 'vitest';
import { createTimelock, type TimelockApp } from '../../electron/app';
import { openDataStore } from '../../electron/storage/openDataStore';
import type { ChannelName, RequestOf, ResponseOf } from '../../shared/contract';
import type { EventName, EventPayload } from '../../shared/contract';
import type { DataStore, FolderPicker, IdleProbe, Notifier } from '../../electron/ports';
import type { SchedulerOptions } from '../../electron/services/scheduler';
import { fakeTimers, type FakeTimers } from './fakeTimers';
import { createFakeStore } from '../electron/hosts/fakeStore';

export interface FakeClock {
  now(): number;
  set(instant: number): void;
  advance(ms: number): void;
}

export function fakeClock(start: number): FakeClock {
  let t = start;
  return { now: () => t, set: (instant) => (t = instant), advance: (ms) => (t += ms) };
}

export interface TestHost {
  app: TimelockApp;
  clock: FakeClock;
  /** Timers on the fake clock: nothing fires until a test lets time pass (`timers.runTo`, `timers.advance`). */
  timers: FakeTimers;
  dataDir: string;
  events: Array<{ name: EventName; payload: unknown }>;
  /** Calls a channel and returns the value, failing the test with the error envelope if it is not ok. */
  call<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
  /** Reopens storage from disk, as a restart would. */
  reopen(): TestHost;
  cleanup(): void;
}

export interface TestHostOptions {
  start?: number;
  timeZone?: string;
  dataDir?: string;
  /** The system idle time the host reports (Electron's powerMonitor); none, like the browser host, when absent. */
  idleProbe?: IdleProbe;
  scheduler?: SchedulerOptions;
  /** The desktop notifier; none (the browser host's case) when absent. */
  notifier?: Notifier;
  /**
   * 'memory': the in-memory store of the host tests instead of files, for long simulations whose subject is not
   * storage (a minute's heartbeat is two fsynced files). A reopened host keeps the same memory, as a disk would.
   */
  storage?: 'disk' | 'memory';
  memory?: DataStore;
  /** The file manager (Electron: shell.openPath); app.reveal answers shown: false without one, as the browser host. */
  revealFolder?: (folder: string) => Promise<boolean>;
  /** Ids are `${idPrefix}id-N`; a reopened host gets a new prefix, so what it creates never takes an earlier id. */
  idPrefix?: string;
  /** The sync folder's dialog (Electron's); none, like the browser host, when absent. */
  folderPicker?: FolderPicker;
}

/** The app is not started: a test calls `host.app.start()` to arm the scheduler and the idle heartbeat, as a host does. */
export function makeTestHost(options: TestHostOptions = {}): TestHost {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-test-'));
  const clock = fakeClock(options.start ?? Date.UTC(2026, 10, 24, 9, 0)); // Tuesday 24 Nov 2026, 10:00 in Berlin
  let n = 0;
  const store =
    options.storage === 'memory'
      ? (options.memory ?? createFakeStore({ dataDir, timeZone: options.timeZone ?? 'Europe/Berlin' }))
      : openDataStore({ dataDir, backend: 'conf', systemTimeZone: options.timeZone ?? 'Europe/Berlin' });
  const timers = fakeTimers(clock);
  const app = createTimelock({
    store,
    clock,
    timers,
    ids: { newId: () => `${options.idPrefix ?? ''}id-${++n}` },
    ...(options.idleProbe ? { idle: options.idleProbe } : {}),
    ...(options.scheduler ? { scheduler: options.scheduler } : {}),
    ...(options.notifier ? { notifier: options.notifier } : {}),
    ...(options.folderPicker ? { folderPicker: options.folderPicker } : {}),
    ...(options.revealFolder ? { revealFolder: options.revealFolder } : {}),
    onInternalError: () => undefined,
  });
  const events: TestHost['events'] = [];
  app.bus.subscribe(<E extends EventName>(name: E, payload: EventPayload<E>) => events.push({ name, payload }));
  const host: TestHost = {
    app,
    clock,
    timers,
    dataDir,
    events,
    async call(channel, request) {
      const result = await app.router.call(channel, request);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
      return result.value as ResponseOf<typeof channel>;
    },
    reopen() {
      app.dispose();
      const again = makeTestHost({ ...options, start: clock.now(), dataDir, memory: store, idPrefix: `${options.idPrefix ?? ''}r` });
      return again;
    },
    cleanup() {
      app.dispose();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return host;
}

/** A maker of test hosts, each cleaned up (disposed, its folder removed) after each test of the file or describe block
 * it is called in, or sooner by its `cleanup` (a property's runs within one test). */
export function testHostsCleanedAfterEach(): ((options?: TestHostOptions) => TestHost) & { cleanup(): void } {
  const hosts: TestHost[] = [];
  const cleanup = () => hosts.splice(0).forEach((h) => h.cleanup());
  afterEach(cleanup);
  const make = (options?: TestHostOptions) => {
    const made = makeTestHost(options);
    hosts.push(made);
    return made;
  };
  return Object.assign(make, { cleanup });
}

/** A fingerprint of every file in the data folder: equal fingerprints mean nothing was written. */
export function folderFingerprint(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const name of fs.readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else hash.update(`${path.relative(dir, p)}\n`).update(fs.readFileSync(p));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

export const HOUR = 3_600_000;
export const MINUTE = 60_000;
