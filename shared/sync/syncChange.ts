// A change: one whole record (or its deletion) of one kind, stamped by the device that made it. Changes are the
// only thing written to the sync folder; applying the same set in any order gives the same data.
import { isJsonObject, type JsonValue } from './canonicalJson';
import { isDeviceId, type Stamp } from './hybridClock';
import { isSyncKind, type SyncKindName } from './syncKinds';

/** The change format this version writes and understands. A change of a higher format waits for an update. */
export const SYNC_FORMAT = 1;

export interface SyncChange {
  readonly changeId: string;
  readonly stamp: Stamp;
  readonly kind: SyncKindName;
  readonly recordId: string;
  /** The whole record; absent when `tombstone` is set. */
  readonly record?: JsonValue;
  readonly tombstone?: true;
  /** The versions this one replaces (their change ids), as the writing device saw them: how concurrency is told. */
  readonly bases: readonly string[];
  readonly format: number;
}

/** A change this version cannot apply (a newer format or an unknown kind): kept as read, never dropped. */
export interface PendingChange {
  readonly changeId: string;
  readonly format: number;
  readonly raw: JsonValue;
}

const isId = (v: unknown, max: number): v is string => typeof v === 'string' && v.length >= 1 && v.length <= max;
const isCount = (v: unknown, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;

/**
 * Why a value is not a valid change, or null. Hand-written rather than a schema: opening a year of changes checks
 * thousands of them, and the record itself needs no check here (it came from JSON.parse; the store checks its shape).
 */
function problemOf(c: Record<string, unknown>): string | null {
  if (!isId(c.recordId, 200)) return 'recordId: expected 1 to 200 characters';
  const stamp = c.stamp;
  if (!isJsonObject(stamp) || !isCount(stamp.wall, 8.64e15) || !isCount(stamp.counter, Number.MAX_SAFE_INTEGER) || typeof stamp.device !== 'string' || !isDeviceId(stamp.device)) {
    return 'stamp: expected wall, counter and a device id';
  }
  if (!Array.isArray(c.bases) || c.bases.length > 64 || !c.bases.every((b) => isId(b, 100))) return 'bases: expected up to 64 change ids';
  if ((c.record === undefined) === (c.tombstone === undefined)) return 'change: a change holds a record or a tombstone, not both';
  if (c.tombstone !== undefined && c.tombstone !== true) return 'tombstone: expected true';
  return null;
}

export type ReadChange = { ok: true; change: SyncChange } | { ok: 'pending'; pending: PendingChange } | { ok: false; reason: string };

/** Reads one parsed line of a change log. */
export function readChange(value: unknown): ReadChange {
  if (!isJsonObject(value) || !isId(value.changeId, 100) || !isCount(value.format, Number.MAX_SAFE_INTEGER) || value.format < 1 || typeof value.kind !== 'string') {
    return { ok: false, reason: 'not a change' };
  }
  const { changeId, format, kind } = value;
  if (format > SYNC_FORMAT || !isSyncKind(kind)) return { ok: 'pending', pending: { changeId, format, raw: value as JsonValue } };
  const problem = problemOf(value);
  if (problem) return { ok: false, reason: problem };
  const stamp = value.stamp as Stamp;
  const change: SyncChange = {
    changeId,
    stamp: { wall: stamp.wall, counter: stamp.counter, device: stamp.device },
    kind,
    recordId: value.recordId as string,
    ...(value.tombstone ? { tombstone: true as const } : { record: value.record as JsonValue }),
    bases: value.bases as string[],
    format,
  };
  return { ok: true, change };
}

export function makeChange(input: {
  changeId: string;
  stamp: Stamp;
  kind: SyncKindName;
  recordId: string;
  record: JsonValue | null;
  bases?: readonly string[];
}): SyncChange {
  const base = { changeId: input.changeId, stamp: input.stamp, kind: input.kind, recordId: input.recordId, bases: input.bases ?? [], format: SYNC_FORMAT };
  return input.record === null ? { ...base, tombstone: true } : { ...base, record: input.record };
}
