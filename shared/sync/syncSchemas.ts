// The sync channels' request and response schemas, ready for shared/contract.ts: each `SYNC_CHANNELS` row becomes
// one `channel(request, response, doc)` line there. Kept here until the contract takes them in (see the integration
// plan), so the service's answers are checked against them in its tests already.
import { z } from 'zod';
import type { JsonValue } from './canonicalJson';
import { SYNC_KIND_NAMES } from './syncKinds';

const count = z.number().int().min(0);
const jsonValue: z.ZodType<JsonValue> = z.lazy(() => z.union([z.null(), z.boolean(), z.number(), z.string(), z.array(jsonValue), z.record(z.string(), jsonValue)]));

export const syncSetupRequestSchema = z
  .object({
    /** A full path to a folder that exists: the one a sync tool (Syncthing, Dropbox, a USB stick) shares. */
    folder: z.string().min(1).max(4096),
    deviceName: z.string().trim().min(1).max(80).optional(),
  })
  .strict();

export const syncRoundSchema = z.object({
  applied: count,
  written: count,
  devices: count,
  conflicts: count,
  /** What the round could not read or store, in words: an unreadable line in another computer's log, a record refused. */
  problems: z.array(z.string()),
  /** What the settings taken in from other computers do to weeks already lived, in words; absent when nothing. */
  livedWeeks: z.string().optional(),
});

export const syncStatusSchema = z.object({
  folder: z.string(),
  device: z.object({ id: z.string(), name: z.string() }),
  devices: z.array(z.object({ id: z.string(), name: z.string(), lastSeen: z.number() })),
  conflicts: count,
  needsUpdate: count,
  problems: z.array(z.string()),
  /** This computer's changes not yet written to the folder, and the folder's changes not yet taken in here. */
  waiting: z.object({ toSend: count, toTakeIn: count }),
});

export const syncConflictSchema = z.object({
  id: z.string(),
  type: z.enum(['edited-twice', 'overlap', 'timers']),
  message: z.string(),
  kind: z.enum(SYNC_KIND_NAMES as [string, ...string[]]).optional(),
  recordIds: z.array(z.string()),
  kept: jsonValue.optional(),
  other: jsonValue.optional(),
  devices: z.array(z.string()),
});

/** A timer running on another computer, from its synced timer record. */
export const otherTimerSchema = z.object({
  device: z.object({ id: z.string(), name: z.string() }),
  timer: z.object({ id: z.string(), categoryId: z.string(), start: z.number(), note: z.string() }),
});

export const syncResolveRequestSchema = z.object({ id: z.string().min(1).max(400), keep: z.enum(['this', 'other', 'both']) }).strict();

const empty = z.object({}).strict();

export const SYNC_CHANNELS = {
  'sync.setup': { request: syncSetupRequestSchema, response: syncStatusSchema, doc: 'Sync through a folder: name this computer, send what is here, take in what is there.' },
  'sync.off': { request: empty, response: z.object({ folder: z.string() }), doc: 'Stop syncing; the data here and the files in the folder both stay complete.' },
  'sync.now': { request: empty, response: syncRoundSchema, doc: "Write this computer's changes and take in the others'." },
  'sync.status': { request: empty, response: syncStatusSchema.nullable(), doc: 'The folder, this computer, the others with their last-seen time, conflicts, changes waiting; null when sync is off.' },
  'sync.conflicts': { request: empty, response: z.array(syncConflictSchema), doc: 'What sync could not decide alone, for the person to resolve.' },
  'sync.resolve': { request: syncResolveRequestSchema, response: syncRoundSchema, doc: 'Resolve one conflict: keep this, other or both.' },
  'sync.otherTimers': { request: empty, response: z.array(otherTimerSchema), doc: 'Timers running on the other computers; empty when sync is off.' },
  'sync.chooseFolder': {
    request: empty,
    response: z.object({ folder: z.string().nullable() }),
    doc: "Ask the person for the sync folder in the system's folder dialog (the desktop app); null when they cancel. Hosts without one refuse in words.",
  },
  'sync.stopOtherTimer': {
    request: z.object({ device: z.string().min(1).max(64) }).strict(),
    response: syncRoundSchema.extend({
      /** The entry's stretch as saved (savedRun: less what entries this computer knows of hold); null when they hold all of it. */
      saved: z.object({ start: z.number(), end: z.number() }).nullable(),
    }),
    doc: "Stop another computer's timer: this computer records the entry up to now (less what entries here hold) and the stop; that computer takes both in.",
  },
} as const;
