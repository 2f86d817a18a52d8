// Realistic change sets for the merge tests: a few devices making changes (new entries, edits, deletions, settings,
// a timer), now and then receiving what the others wrote, so bases and clocks behave as on real computers.
import fc from 'fast-check';
import { HybridClock } from '../../../shared/sync/hybridClock';
import { MergeState } from '../../../shared/sync/mergeState';
import { makeChange, type SyncChange } from '../../../shared/sync/syncChange';
import type { SyncKindName } from '../../../shared/sync/syncKinds';

const T = Date.UTC(2026, 11, 1, 8);
const MINUTE = 60_000;

export type Step =
  | { type: 'newEntry'; device: number; startMinute: number; minutes: number }
  | { type: 'edit'; device: number; pick: number; note: string }
  | { type: 'delete'; device: number; pick: number }
  | { type: 'setting'; device: number; key: 'weeklyCapHours' | 'lockMode'; value: number }
  | { type: 'timer'; device: number; running: boolean }
  | { type: 'receive'; device: number; from: number }
  | { type: 'wait'; minutes: number };

export const stepArb = (devices: number): fc.Arbitrary<Step> => {
  const device = fc.nat(devices - 1);
  return fc.oneof(
    { arbitrary: fc.record({ type: fc.constant('newEntry' as const), device, startMinute: fc.nat(600), minutes: fc.integer({ min: 5, max: 120 }) }), weight: 4 },
    { arbitrary: fc.record({ type: fc.constant('edit' as const), device, pick: fc.nat(), note: fc.constantFrom('a', 'b', 'report', 'call') }), weight: 3 },
    { arbitrary: fc.record({ type: fc.constant('delete' as const), device, pick: fc.nat() }), weight: 1 },
    { arbitrary: fc.record({ type: fc.constant('setting' as const), device, key: fc.constantFrom('weeklyCapHours' as const, 'lockMode' as const), value: fc.nat(40) }), weight: 1 },
    { arbitrary: fc.record({ type: fc.constant('timer' as const), device, running: fc.boolean() }), weight: 1 },
    { arbitrary: fc.record({ type: fc.constant('receive' as const), device, from: device }), weight: 3 },
    { arbitrary: fc.record({ type: fc.constant('wait' as const), minutes: fc.integer({ min: 0, max: 90 }) }), weight: 2 },
  );
};

interface Device {
  id: string;
  clock: HybridClock;
  state: MergeState;
  /** Days its wall clock is off by. */
  skew: number;
  written: SyncChange[];
}

/** Plays the steps; returns every change written, in the order they were made. Device 2 runs days behind. */
export function playScenario(steps: readonly Step[], deviceCount = 3): SyncChange[] {
  let now = T;
  let nextId = 0;
  const devices: Device[] = Array.from({ length: deviceCount }, (_, i) => ({
    id: `dev${i}`,
    clock: new HybridClock(`dev${i}`),
    state: new MergeState(),
    skew: i === 2 ? -3 * 24 * 60 * MINUTE : 0,
    written: [],
  }));
  const all: SyncChange[] = [];
  const write = (d: Device, kind: SyncKindName, recordId: string, record: SyncChange['record'] | null) => {
    const current = d.state.versionsOf(kind, recordId);
    const change = makeChange({
      changeId: `c${nextId++}`,
      stamp: d.clock.tick(now + d.skew),
      kind,
      recordId,
      record: record ?? null,
      bases: current ? [current.winner.changeId] : [],
    });
    d.state.apply(change);
    d.written.push(change);
    all.push(change);
  };
  for (const step of steps) {
    if (step.type === 'wait') {
      now += step.minutes * MINUTE;
      continue;
    }
    const d = devices[step.device]!;
    now += 1000;
    const entries = d.state.liveRecords('entry');
    switch (step.type) {
      case 'newEntry': {
        const start = T + step.startMinute * MINUTE;
        write(d, 'entry', `e${nextId}`, { id: `e${nextId}`, categoryId: 'work', start, end: start + step.minutes * MINUTE, note: '' });
        break;
      }
      case 'edit': {
        const target = entries[step.pick % Math.max(1, entries.length)];
        if (target) write(d, 'entry', target.id, { ...(target.record as object), note: step.note });
        break;
      }
      case 'delete': {
        const target = entries[step.pick % Math.max(1, entries.length)];
        if (target) write(d, 'entry', target.id, null);
        break;
      }
      case 'setting':
        write(d, 'setting', step.key, step.value);
        break;
      case 'timer':
        write(d, 'timer', d.id, step.running ? { id: `t${nextId}`, categoryId: 'work', start: now, note: '' } : null);
        break;
      case 'receive': {
        const from = devices[step.from]!;
        for (const change of from.written) {
          if (d.state.apply(change)) d.clock.receive(change.stamp, now + d.skew);
        }
        break;
      }
    }
  }
  return all;
}
