// Sync on open: a year of daily use on two computers (10 changes a day each, 7,300 in all) read from a real sync
// folder on disk and merged, by a computer joining fresh and by one reopening with its saved state. Targets:
// well under a second to open; the merge itself at over 20,000 changes a second.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HybridClock } from '../shared/sync/hybridClock';
import { MergeState } from '../shared/sync/mergeState';
import { makeChange, type SyncChange } from '../shared/sync/syncChange';
import { DeviceLogWriter } from '../electron/sync/deviceLogWriter';
import { SyncEngine } from '../electron/sync/syncEngine';
import { nodeSyncFs } from '../electron/sync/syncFs';
import { median, timeOnce, type Benchmark } from './benchmark';
import { prng } from './prng';

const DAYS = 365;
const PER_DAY = 10;
const DEVICES = ['laptop', 'desktop'];
const START = Date.UTC(2025, 11, 1, 8);
const DAY = 86_400_000;
const MINUTE = 60_000;

/** A year of one device's changes: new entries, edits and deletions of its recent ones, a setting, a timer. */
function yearOf(device: string, seed: number): SyncChange[] {
  const rand = prng(seed);
  const clock = new HybridClock(device);
  const latest = new Map<string, string>();
  const out: SyncChange[] = [];
  let n = 0;
  const write = (kind: SyncChange['kind'], recordId: string, record: SyncChange['record'] | null, at: number) => {
    const base = latest.get(`${kind}/${recordId}`);
    const change = makeChange({ changeId: `${device}-${n++}`, stamp: clock.tick(at), kind, recordId, record: record ?? null, bases: base ? [base] : [] });
    latest.set(`${kind}/${recordId}`, change.changeId);
    out.push(change);
  };
  for (let day = 0; day < DAYS; day++) {
    const morning = START + day * DAY;
    for (let i = 0; i < PER_DAY; i++) {
      const at = morning + i * 45 * MINUTE;
      const roll = rand.next();
      const recent = `${device}-e-${day}-${rand.int(0, 3)}`;
      if (roll < 0.5) write('entry', `${device}-e-${day}-${i}`, { id: `${device}-e-${day}-${i}`, categoryId: 'work', start: at, end: at + 40 * MINUTE, note: 'writing the report', tags: [], source: 'timer' }, at);
      else if (roll < 0.7) write('entry', recent, { id: recent, categoryId: 'work', start: at - 60 * MINUTE, end: at - 20 * MINUTE, note: 'edited', tags: [], source: 'manual' }, at);
      else if (roll < 0.75) write('entry', recent, null, at);
      else if (roll < 0.8) write('setting', 'weeklyCapMinutes', 2100 + rand.int(0, 4) * 60, at);
      else write('timer', device, roll < 0.9 ? { id: `t-${day}-${i}`, categoryId: 'work', start: at, note: '' } : null, at);
    }
  }
  return out;
}

function load() {
  const changes = DEVICES.map((d, i) => yearOf(d, 20261206 + i));
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-sync-bench-'));
  // One device compacted mid-year (a snapshot plus later logs), the other only month logs: both layouts read.
  const [laptop, desktop] = changes as [SyncChange[], SyncChange[]];
  const laptopWriter = new DeviceLogWriter(nodeSyncFs, folder, 'laptop');
  laptopWriter.append(laptop.slice(0, laptop.length / 2));
  laptopWriter.compact();
  laptopWriter.append(laptop.slice(laptop.length / 2));
  new DeviceLogWriter(nodeSyncFs, folder, 'desktop').append(desktop);
  process.on('exit', () => fs.rmSync(folder, { recursive: true, force: true }));
  return { changes: changes.flat(), folder };
}

export const syncBench: Benchmark = (() => {
  let data: ReturnType<typeof load> | null = null;
  const get = () => (data ??= load());
  return {
    name: 'sync',
    describe() {
      return `${get().changes.length.toLocaleString('en')} changes: ${DAYS} days × ${PER_DAY} a day on ${DEVICES.length} computers, one with a snapshot`;
    },
    run() {
      const { changes, folder } = get();
      const now = START + DAYS * DAY;
      let n = 0;
      const options = { appVersion: 'bench', newId: () => `new-${n++}` };
      const join = () => {
        const engine = new SyncEngine(nodeSyncFs, SyncEngine.initialState(folder, `phone${n++}`, 'Joining'), options);
        engine.syncNow(now);
        return engine;
      };
      // The joining device writes its own folder (device.json); the same three are measured each time.
      const joined = join();
      if (joined.merged.size !== changes.length) throw new Error(`joined with ${joined.merged.size} of ${changes.length} changes`);
      const saved = JSON.stringify(joined.save());
      const joinTimes = Array.from({ length: 5 }, () => timeOnce(join));
      const reopenTimes = Array.from({ length: 5 }, () => timeOnce(() => new SyncEngine(nodeSyncFs, JSON.parse(saved), options).syncNow(now)));
      const mergeTimes = Array.from({ length: 5 }, () =>
        timeOnce(() => {
          const state = new MergeState();
          for (const c of changes) state.apply(c);
        }),
      );
      const perChange = (median(mergeTimes) * 1000) / changes.length;
      return [
        { name: 'a computer joins: read both folders and merge a year, median of 5', value: median(joinTimes), target: 500, unit: 'ms' },
        { name: 'reopen with a year in sync-state.json, median of 5', value: median(reopenTimes), target: 500, unit: 'ms' },
        { name: `merge one change (${Math.round(1e6 / perChange).toLocaleString('en')} changes/s)`, value: perChange, target: 50, unit: 'µs' },
      ];
    },
  };
})();
