// A change: one whole record (or its deletion) of one kind, stamped by the device that made it. Changes are the
// only thing written to the sync folder; applying the same set in any order gives the same data.
import { z } from 'zod';
import type { JsonValue } from './canonicalJson';
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

const jsonValue: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([z.null(), z.boolean(), z.number(), z.string(), z.array(jsonValue), z.record(z.string(), jsonValue)]),
);

const stampSchema = z.object({
  wall: z.number().int().min(0).max(8.64e15),
  counter: z.number().int().min(0),
  device: z.string().refine(isDeviceId, 'expected a device id'),
});

const changeSchema = z
  .object({
    changeId: z.string().min(1).max(100),
    stamp: stampSchema,
    kind: z.string().refine(isSyncKind, 'unknown kind'),
    recordId: z.string().min(1).max(200),
    record: jsonValue.optional(),
    tombstone: z.literal(true).optional(),
    bases: z.array(z.string().min(1).max(100)).max(64),
    format: z.number().int().min(1),
  })
  .refine((c) => (c.record === undefined) !== (c.tombstone === undefined), 'a change holds a record or a tombstone, not both');

const envelopeSchema = z.object({ changeId: z.string().min(1).max(100), format: z.number().int().min(1), kind: z.string() });

export type ReadChange = { ok: true; change: SyncChange } | { ok: 'pending'; pending: PendingChange } | { ok: false; reason: string };

/** Reads one parsed line of a change log. */
export function readChange(value: unknown): ReadChange {
  const envelope = envelopeSchema.safeParse(value);
  if (!envelope.success) return { ok: false, reason: 'not a change' };
  const { changeId, format, kind } = envelope.data;
  if (format > SYNC_FORMAT || !isSyncKind(kind)) return { ok: 'pending', pending: { changeId, format, raw: value as JsonValue } };
  const parsed = changeSchema.safeParse(value);
  if (!parsed.success) return { ok: false, reason: parsed.error.issues.map((i) => `${i.path.join('.') || 'change'}: ${i.message}`).join('; ') };
  const c = parsed.data;
  const change: SyncChange = {
    changeId: c.changeId,
    stamp: c.stamp,
    kind: c.kind as SyncKindName,
    recordId: c.recordId,
    ...(c.tombstone ? { tombstone: true as const } : { record: c.record as JsonValue }),
    bases: c.bases,
    format: c.format,
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
