// The test host: the real router, services and storage (conf backend in a temp folder), a fake clock and
// predictable ids. Every service and router test drives Timelock through this, like a host would.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { createTimelock, type TimelockApp } from '../../electron/app';
import { openDataStore } from '../../electron/storage/openDataStore';
import type { ChannelName, RequestOf, ResponseOf } from '../../shared/contract';
import type { EventName, EventPayload } from '../../shared/contract';

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
  dataDir: string;
  events: Array<{ name: EventName; payload: unknown }>;
  /** Calls a channel and returns the value, failing the test with the error envelope if it is not ok. */
  call<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
  /** Reopens storage from disk, as a restart would. */
  reopen(): TestHost;
  cleanup(): void;
}

export function makeTestHost(options: { start?: number; timeZone?: string; dataDir?: string } = {}): TestHost {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-test-'));
  const clock = fakeClock(options.start ?? Date.UTC(2026, 10, 24, 9, 0)); // Tuesday 24 Nov 2026, 10:00 in Berlin
  let n = 0;
  const store = openDataStore({ dataDir, backend: 'conf', systemTimeZone: options.timeZone ?? 'Europe/Berlin' });
  const app = createTimelock({ store, clock, ids: { newId: () => `id-${++n}` }, onInternalError: () => undefined });
  const events: TestHost['events'] = [];
  app.bus.subscribe(<E extends EventName>(name: E, payload: EventPayload<E>) => events.push({ name, payload }));
  const host: TestHost = {
    app,
    clock,
    dataDir,
    events,
    async call(channel, request) {
      const result = await app.router.call(channel, request);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
      return result.value as ResponseOf<typeof channel>;
    },
    reopen() {
      const again = makeTestHost({ start: clock.now(), dataDir, timeZone: options.timeZone });
      return again;
    },
    cleanup() {
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return host;
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
