// Every kind of record that travels between computers, in one table: adding a kind is one line here (and its store
// reader/writer in the adapter). `interval` marks kinds whose records take time, checked for overlaps across devices.
import { stepContent } from '../domain/boundaries';
import type { BoundarySpan } from '../model';
import { isJsonObject, type JsonValue } from './canonicalJson';

export interface SyncKind {
  /** How a person reads it in a conflict message. */
  readonly noun: string;
  /** The time a record covers, for kinds where two devices logging the same time is a conflict to show. */
  readonly interval?: (record: JsonValue) => { start: number; end: number } | null;
  /** One record per device (its id is the device id), so two devices never edit the same one. */
  readonly perDevice?: boolean;
  /** What two versions of a record are compared by, where not the whole record. */
  readonly content?: (record: JsonValue) => unknown;
}

function numberField(record: JsonValue, key: string): number | null {
  if (!isJsonObject(record)) return null;
  const value = record[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function entryInterval(record: JsonValue): { start: number; end: number } | null {
  const start = numberField(record, 'start');
  const end = numberField(record, 'end');
  return start !== null && end !== null && end > start ? { start, end } : null;
}

/** A step of the cap by what it set: the values it carried were its computer's then, and are carried again here. A
 * record not shaped as a step compares whole. Checked by hand, not with the model's schema: `timelock status` reads
 * this table (other computers' timers), and zod would triple what it loads. */
function spanContent(record: JsonValue): unknown {
  if (!isJsonObject(record)) return record;
  const { from, targets, sets } = record;
  const stepLike = (from === null || typeof from === 'string') && isJsonObject(targets) && (sets === undefined || Array.isArray(sets));
  return stepLike ? stepContent(record as unknown as BoundarySpan) : record;
}

export const SYNC_KINDS = {
  entry: { noun: 'entry', interval: entryInterval },
  category: { noun: 'category' },
  timebox: { noun: 'timebox' },
  boundarySpan: { noun: 'boundary', content: spanContent },
  dayOff: { noun: 'day off' },
  /** Keyed by week: one check-in a week. */
  checkIn: { noun: 'check-in' },
  /** The running timer of each device: a timer on two computers is two records, both shown, each stoppable. */
  timer: { noun: 'timer', perDevice: true },
  /** One record per setting key, so two computers changing different settings both keep their change. */
  setting: { noun: 'setting' },
  /** Two overlapping entries the person chose to keep both of; the record id is the two entry ids, sorted. */
  overlapKept: { noun: 'kept overlap' },
} as const satisfies Record<string, SyncKind>;

export type SyncKindName = keyof typeof SYNC_KINDS;
export const SYNC_KIND_NAMES = Object.keys(SYNC_KINDS).sort() as SyncKindName[];

export function isSyncKind(name: string): name is SyncKindName {
  return Object.prototype.hasOwnProperty.call(SYNC_KINDS, name);
}

export function kindOf(name: SyncKindName): SyncKind {
  return SYNC_KINDS[name];
}
