// What sync cannot decide alone, computed from the merged set (so every device lists the same conflicts): one record
// edited on two computers at once, entries from two computers covering the same time, a timer running on two.
import { canonicalJson, type JsonValue } from './canonicalJson';
import type { MergeState } from './mergeState';
import { settingConflictMessage } from './settingConflictWords';
import type { SyncChange } from './syncChange';
import { SYNC_KIND_NAMES, SYNC_KINDS, type SyncKind, type SyncKindName } from './syncKinds';

export type SyncConflict =
  | { id: string; type: 'edited-twice'; kind: SyncKindName; recordId: string; kept: SyncChange; other: SyncChange; message: string }
  | { id: string; type: 'overlap'; kind: SyncKindName; recordIds: [string, string]; devices: [string, string]; message: string }
  | { id: string; type: 'timers'; devices: string[]; message: string };

/** The record id under which the person's "keep both" for two overlapping records is kept. */
export function overlapKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Two versions of a record that say the same (both deletions, or equal records): never a conflict. */
export function sameContent(a: SyncChange, b: SyncChange): boolean {
  if (a.tombstone || b.tombstone) return a.tombstone === b.tombstone;
  return sameRecord(a.kind, a.record!, b.record!);
}

/** Two records of a kind that say the same, as the kind compares them (a step of the cap by what it set). */
export function sameRecord(kind: SyncKindName, a: JsonValue, b: JsonValue): boolean {
  const content = (SYNC_KINDS[kind] as SyncKind).content ?? ((record: JsonValue) => record);
  return canonicalJson(content(a)) === canonicalJson(content(b));
}

export function findConflicts(state: MergeState): SyncConflict[] {
  return [...editConflicts(state), ...overlapConflicts(state), ...timerConflicts(state)];
}

/** A deletion is no edit: one computer deleted what the other changed says which way it went. */
function editedTwiceMessage(noun: string, kept: unknown, other: unknown): string {
  const gone = (record: unknown) => record === null || record === undefined;
  if (gone(kept) && !gone(other)) return `This ${noun} was deleted on one computer and edited on the other; the deletion, the later change, is kept.`;
  if (!gone(kept) && gone(other)) return `This ${noun} was edited on one computer and deleted on the other; the edit, the later change, is kept.`;
  return `This ${noun} was edited on both computers; kept the later one.`;
}

/**
 * Two versions from one computer: only a computer joining sync makes them, keeping the others' version shown and its
 * own beside it (SyncEngine.recordBeside), so "the later one" would say the wrong thing.
 */
function joinedMessage(noun: string, theirs: unknown): string {
  if (theirs === null || theirs === undefined) return `This ${noun} came from a computer that joined sync, and the other computers had none; it is not applied until it is kept.`;
  return `This ${noun} had another version on a computer that joined sync; kept the version the other computers had.`;
}

function editConflicts(state: MergeState): SyncConflict[] {
  const out: SyncConflict[] = [];
  for (const kind of SYNC_KIND_NAMES) {
    for (const [recordId, versions] of state.recordsOf(kind)) {
      if (versions.leaves.size < 2 && versions.leaves.has(versions.winner.changeId)) continue;
      for (const other of [...versions.leaves.values()].sort((a, b) => (a.changeId < b.changeId ? -1 : 1))) {
        if (other.changeId === versions.winner.changeId || sameContent(other, versions.winner)) continue;
        out.push({
          id: `edit:${kind}:${recordId}:${other.changeId}`,
          type: 'edited-twice',
          kind,
          recordId,
          kept: versions.winner,
          other,
          message:
            kind === 'setting'
              ? settingConflictMessage(recordId, versions.winner.record, other.record)
              : other.stamp.device === versions.winner.stamp.device
                ? joinedMessage(SYNC_KINDS[kind].noun, versions.winner.record)
                : editedTwiceMessage(SYNC_KINDS[kind].noun, versions.winner.record, other.record),
        });
      }
    }
  }
  return out;
}

function overlapConflicts(state: MergeState): SyncConflict[] {
  const out: SyncConflict[] = [];
  for (const kind of SYNC_KIND_NAMES) {
    const interval = (SYNC_KINDS[kind] as { interval?: (r: never) => { start: number; end: number } | null }).interval;
    if (!interval) continue;
    const spans = state
      .liveRecords(kind)
      .map((r) => ({ id: r.id, device: r.change.stamp.device, span: interval(r.record as never) }))
      .filter((r): r is { id: string; device: string; span: { start: number; end: number } } => r.span !== null)
      .sort((a, b) => a.span.start - b.span.start || (a.id < b.id ? -1 : 1));
    // A sweep: each span against those still open when it starts.
    let open: typeof spans = [];
    for (const current of spans) {
      open = open.filter((o) => o.span.end > current.span.start);
      for (const o of open) {
        if (o.device === current.device) continue;
        const key = overlapKey(o.id, current.id);
        if (state.versionsOf('overlapKept', key)?.winner.record !== undefined) continue;
        const [first, second] = o.id < current.id ? [o, current] : [current, o];
        out.push({
          id: `overlap:${kind}:${key}`,
          type: 'overlap',
          kind,
          recordIds: [first.id, second.id],
          devices: [first.device, second.device],
          message: `Two ${SYNC_KINDS[kind].noun === 'entry' ? 'entries' : SYNC_KINDS[kind].noun + 's'} from different computers cover the same time; both kept.`,
        });
      }
      open.push(current);
    }
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

function timerConflicts(state: MergeState): SyncConflict[] {
  const running = state.liveRecords('timer');
  if (running.length < 2) return [];
  const devices = running.map((r) => r.id);
  return [{ id: `timers:${devices.join(',')}`, type: 'timers', devices, message: `A timer is running on ${devices.length} computers; each can be stopped.` }];
}
