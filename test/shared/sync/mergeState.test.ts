import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HybridClock, type Stamp } from '../../../shared/sync/hybridClock';
import { exportMerged, MergeState } from '../../../shared/sync/mergeState';
import { makeChange, readChange, SYNC_FORMAT, type SyncChange } from '../../../shared/sync/syncChange';
import { findConflicts, overlapKey } from '../../../shared/sync/syncConflicts';
import { playScenario, stepArb } from './changeScenario';

const T = Date.UTC(2026, 11, 6, 9);
const HOUR = 3_600_000;
const stamp = (device: string, wall: number, counter = 0): Stamp => ({ wall, counter, device });
const entry = (id: string, start: number, end: number, note = '') => ({ id, categoryId: 'work', start, end, note });

function merged(changes: readonly SyncChange[]): MergeState {
  const state = new MergeState();
  for (const c of changes) state.apply(c);
  return state;
}
const exportOf = (state: MergeState) => exportMerged(state, findConflicts(state));

describe('MergeState', () => {
  it('two computers editing different records both keep their change', () => {
    const a = makeChange({ changeId: 'a1', stamp: stamp('laptop', T), kind: 'entry', recordId: 'e1', record: entry('e1', T, T + HOUR) });
    const b = makeChange({ changeId: 'b1', stamp: stamp('desktop', T + 5), kind: 'category', recordId: 'work', record: { id: 'work', name: 'Work' } });
    const state = merged([a, b]);
    expect(state.liveRecords('entry').map((r) => r.id)).toEqual(['e1']);
    expect(state.liveRecords('category').map((r) => r.id)).toEqual(['work']);
    expect(findConflicts(state)).toEqual([]);
  });

  it('an edit made after seeing the other is no conflict: the later version simply replaces it', () => {
    const first = makeChange({ changeId: 'a1', stamp: stamp('laptop', T), kind: 'entry', recordId: 'e1', record: entry('e1', T, T + HOUR) });
    const edit = makeChange({ changeId: 'b1', stamp: stamp('desktop', T + 1), kind: 'entry', recordId: 'e1', record: entry('e1', T, T + HOUR, 'x'), bases: ['a1'] });
    const state = merged([edit, first]);
    expect(state.liveRecords('entry')[0]!.record).toMatchObject({ note: 'x' });
    expect(findConflicts(state)).toEqual([]);
  });

  it('the same record edited on two computers at once: the later stamp wins and the other version is kept as a conflict', () => {
    const first = makeChange({ changeId: 'a1', stamp: stamp('laptop', T), kind: 'entry', recordId: 'e1', record: entry('e1', T, T + HOUR) });
    const onLaptop = makeChange({ changeId: 'a2', stamp: stamp('laptop', T + 10), kind: 'entry', recordId: 'e1', record: entry('e1', T, T + HOUR, 'laptop'), bases: ['a1'] });
    const onDesktop = makeChange({ changeId: 'b1', stamp: stamp('desktop', T + 20), kind: 'entry', recordId: 'e1', record: entry('e1', T, T + HOUR, 'desktop'), bases: ['a1'] });
    const state = merged([onDesktop, first, onLaptop]);
    expect(state.liveRecords('entry')[0]!.record).toMatchObject({ note: 'desktop' });
    const conflicts = findConflicts(state);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ type: 'edited-twice', recordId: 'e1', message: 'This entry was edited on both computers; kept the later one.' });
    expect(conflicts[0]!.type === 'edited-twice' && conflicts[0]!.other.record).toMatchObject({ note: 'laptop' });
  });

  it('a deletion and a concurrent edit: the later wins, the other is kept to restore', () => {
    const first = makeChange({ changeId: 'a1', stamp: stamp('laptop', T), kind: 'entry', recordId: 'e1', record: entry('e1', T, T + HOUR) });
    const deleted = makeChange({ changeId: 'a2', stamp: stamp('laptop', T + 30), kind: 'entry', recordId: 'e1', record: null, bases: ['a1'] });
    const edited = makeChange({ changeId: 'b1', stamp: stamp('desktop', T + 20), kind: 'entry', recordId: 'e1', record: entry('e1', T, T + HOUR, 'kept'), bases: ['a1'] });
    const state = merged([first, edited, deleted]);
    expect(state.liveRecords('entry')).toEqual([]);
    const [conflict] = findConflicts(state);
    expect(conflict!.type === 'edited-twice' && conflict!.other.record).toMatchObject({ note: 'kept' });
  });

  it('a record id that names an object property ("__proto__") is kept like any other', () => {
    const change = makeChange({ changeId: 'a1', stamp: stamp('laptop', T), kind: 'category', recordId: '__proto__', record: { id: '__proto__' } });
    expect(JSON.parse(exportOf(merged([change]))).records.category).toEqual(JSON.parse('{"__proto__":{"id":"__proto__"}}'));
  });

  it('a tombstone stays: an older version arriving later does not bring the record back', () => {
    const first = makeChange({ changeId: 'a1', stamp: stamp('laptop', T), kind: 'category', recordId: 'c', record: { id: 'c' } });
    const gone = makeChange({ changeId: 'a2', stamp: stamp('laptop', T + 1), kind: 'category', recordId: 'c', record: null, bases: ['a1'] });
    expect(merged([gone, first]).liveRecords('category')).toEqual([]);
  });

  it('two computers writing the same content (the default categories) is no conflict', () => {
    const a = makeChange({ changeId: 'a1', stamp: stamp('laptop', T), kind: 'category', recordId: 'work', record: { id: 'work', name: 'Work' } });
    const b = makeChange({ changeId: 'b1', stamp: stamp('desktop', T + 9), kind: 'category', recordId: 'work', record: { name: 'Work', id: 'work' } });
    expect(findConflicts(merged([a, b]))).toEqual([]);
  });

  it('entries from two computers covering the same time are both kept and flagged, until kept as both', () => {
    const a = makeChange({ changeId: 'a1', stamp: stamp('laptop', T), kind: 'entry', recordId: 'e1', record: entry('e1', T, T + HOUR) });
    const b = makeChange({ changeId: 'b1', stamp: stamp('desktop', T), kind: 'entry', recordId: 'e2', record: entry('e2', T + HOUR / 2, T + 2 * HOUR) });
    const c = makeChange({ changeId: 'b2', stamp: stamp('desktop', T + 1), kind: 'entry', recordId: 'e3', record: entry('e3', T + 2 * HOUR, T + 3 * HOUR) });
    const state = merged([a, b, c]);
    expect(state.liveRecords('entry')).toHaveLength(3);
    expect(findConflicts(state)).toEqual([expect.objectContaining({ type: 'overlap', recordIds: ['e1', 'e2'], devices: ['laptop', 'desktop'] })]);
    state.apply(makeChange({ changeId: 'a2', stamp: stamp('laptop', T + 2), kind: 'overlapKept', recordId: overlapKey('e2', 'e1'), record: {} }));
    expect(findConflicts(state)).toEqual([]);
  });

  it('a timer running on two computers: both kept, one conflict naming both', () => {
    const a = makeChange({ changeId: 'a1', stamp: stamp('laptop', T), kind: 'timer', recordId: 'laptop', record: { id: 't1', start: T } });
    const b = makeChange({ changeId: 'b1', stamp: stamp('desktop', T), kind: 'timer', recordId: 'desktop', record: { id: 't2', start: T } });
    const state = merged([a, b]);
    expect(state.liveRecords('timer')).toHaveLength(2);
    expect(findConflicts(state)).toEqual([expect.objectContaining({ type: 'timers', devices: ['desktop', 'laptop'] })]);
  });

  it('a change of a newer format is kept unapplied, never dropped', () => {
    const newer = { changeId: 'n1', stamp: stamp('laptop', T), kind: 'entry', recordId: 'e1', record: { shape: 'new' }, bases: [], format: SYNC_FORMAT + 1 };
    const read = readChange(newer);
    expect(read.ok).toBe('pending');
    const state = new MergeState();
    if (read.ok === 'pending') state.keepPending(read.pending);
    expect(state.liveRecords('entry')).toEqual([]);
    expect(state.pending().map((p) => p.changeId)).toEqual(['n1']);
    expect(state.has('n1')).toBe(true);
  });

  it('a line that is not a valid change is refused with the reason', () => {
    expect(readChange({ changeId: 'x', format: 1, kind: 'entry', stamp: stamp('a', T), recordId: 'e', bases: [] })).toMatchObject({ ok: false, reason: expect.stringContaining('record or a tombstone') });
    expect(readChange('garbage')).toEqual({ ok: false, reason: 'not a change' });
  });

  it('a saved state restores to the same merged data and goes on merging the same way', () => {
    fc.assert(
      fc.property(fc.array(stepArb(3), { maxLength: 40 }), fc.nat(40), (steps, cut) => {
        const changes = playScenario(steps);
        const split = Math.min(cut, changes.length);
        const first = merged(changes.slice(0, split));
        const restored = MergeState.restore(JSON.parse(JSON.stringify(first.serialize())));
        for (const c of changes) restored.apply(c);
        expect(exportOf(restored)).toBe(exportOf(merged(changes)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('merging is order-independent (properties)', () => {
  it('any order and any duplication of a change set gives the identical export', () => {
    fc.assert(
      fc.property(
        fc.array(stepArb(3), { maxLength: 60 }).chain((steps) => {
          const changes = playScenario(steps);
          const reordered = fc.shuffledSubarray(changes, { minLength: changes.length, maxLength: changes.length });
          const duplicates = fc.array(fc.nat(Math.max(0, changes.length - 1)), { maxLength: 10 });
          return fc.tuple(fc.constant(changes), reordered, duplicates);
        }),
        ([changes, reordered, dupes]) => {
          const withDupes = [...reordered, ...dupes.filter(() => changes.length > 0).map((i) => changes[i]!)];
          expect(exportOf(merged(withDupes))).toBe(exportOf(merged(changes)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('no entry is lost or doubled: the live entries are exactly those whose latest change is not a deletion', () => {
    fc.assert(
      fc.property(fc.array(stepArb(3), { maxLength: 60 }), (steps) => {
        const changes = playScenario(steps);
        // A second, naive reading of the rule: per entry, the change with the highest stamp decides.
        const latest = new Map<string, SyncChange>();
        for (const c of changes.filter((c) => c.kind === 'entry')) {
          const seen = latest.get(c.recordId);
          if (!seen || c.stamp.wall > seen.stamp.wall || (c.stamp.wall === seen.stamp.wall && (c.stamp.counter > seen.stamp.counter || (c.stamp.counter === seen.stamp.counter && c.stamp.device > seen.stamp.device)))) latest.set(c.recordId, c);
        }
        const expected = [...latest.values()].filter((c) => !c.tombstone).map((c) => c.recordId).sort();
        const live = merged([...changes].reverse()).liveRecords('entry').map((r) => r.id);
        expect(live).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('a device days behind still has its later edits win over what it had seen', () => {
    const ahead = new HybridClock('desktop');
    const behind = new HybridClock('laptop');
    const first = makeChange({ changeId: 'd1', stamp: ahead.tick(T), kind: 'setting', recordId: 'weeklyCapHours', record: 35 });
    behind.receive(first.stamp, T - 4 * 24 * HOUR);
    const later = makeChange({ changeId: 'l1', stamp: behind.tick(T - 4 * 24 * HOUR + 60_000), kind: 'setting', recordId: 'weeklyCapHours', record: 30, bases: ['d1'] });
    expect(merged([later, first]).liveRecords('setting')[0]!.record).toBe(30);
  });
});
