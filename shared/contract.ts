// The one contract both sides obey: every request channel with its request and response schema, and every push
// event. Adding a channel touches this table and the service that answers it; hosts, preload and client never change.
import { z } from 'zod';
import {
  categorySchema,
  entrySchema,
  runningTimerSchema,
  settingsSchema,
  weekSummarySchema,
  weekRangeSchema,
  idSchema,
  instantSchema,
  areaSchema,
  lockDecisionSchema,
  nudgeRecordSchema,
  plannedNudgeSchema,
} from './model';

const empty = z.object({}).strict();
const note = z.string().max(2000);
const reason = z.string().trim().min(1).max(500);

/** Settings a client may change; any subset, each field validated like the stored settings. */
export const settingsPatchSchema = settingsSchema.partial().strict();

export const snapshotSchema = z.object({
  settings: settingsSchema,
  categories: z.array(categorySchema),
  timer: runningTimerSchema.nullable(),
  now: instantSchema,
  dataDir: z.string(),
  /** What storage recovered from at start-up (a corrupt file moved aside), in words, for the person to read. */
  storageNotices: z.array(z.string()),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

function channel<Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res, doc: string) {
  return { request, response, doc };
}

export const channels = {
  'app.snapshot': channel(empty, snapshotSchema, 'Everything a window needs at start: settings, categories, the running timer.'),

  'timer.start': channel(
    z.object({ categoryId: idSchema, note: note.optional(), reason: reason.optional() }).strict(),
    runningTimerSchema,
    'Start a timer; a running one is stopped first (switching category). Lock rules apply.',
  ),
  'timer.stop': channel(empty, entrySchema.nullable(), 'Stop the running timer and save its entry; null when none runs.'),

  'entries.list': channel(
    z.object({ from: instantSchema, to: instantSchema }).strict(),
    z.array(entrySchema),
    'Entries overlapping [from, to), by start.',
  ),
  'entries.add': channel(
    z
      .object({
        categoryId: idSchema,
        start: instantSchema,
        end: instantSchema,
        note: note.optional(),
        tags: z.array(z.string().max(100)).max(50).optional(),
        reason: reason.optional(),
      })
      .strict(),
    entrySchema,
    'Add a manual entry. Refused if it ends before it starts or overlaps another entry.',
  ),
  'entries.update': channel(
    z
      .object({
        id: idSchema,
        categoryId: idSchema.optional(),
        start: instantSchema.optional(),
        end: instantSchema.optional(),
        note: note.optional(),
        tags: z.array(z.string().max(100)).max(50).optional(),
        reason: reason.optional(),
      })
      .strict(),
    entrySchema,
    'Change an entry; the same checks as adding.',
  ),
  'entries.delete': channel(z.object({ id: idSchema }).strict(), entrySchema, 'Delete an entry; answers it, so it can be restored (undo).'),
  'entries.restore': channel(z.object({ entry: entrySchema }).strict(), entrySchema, 'Put a deleted entry back as it was (undo).'),

  'categories.list': channel(empty, z.array(categorySchema), 'All categories, archived ones included.'),
  'categories.add': channel(
    z
      .object({ name: z.string().trim().min(1).max(60), area: areaSchema, color: categorySchema.shape.color.optional() })
      .strict(),
    categorySchema,
    'Add a category in a life area.',
  ),
  'categories.update': channel(
    z
      .object({
        id: idSchema,
        name: z.string().trim().min(1).max(60).optional(),
        area: areaSchema.optional(),
        color: categorySchema.shape.color.optional(),
        archived: z.boolean().optional(),
      })
      .strict(),
    categorySchema,
    'Rename, recolour, move to another area, archive or unarchive. History is kept.',
  ),

  'settings.get': channel(empty, settingsSchema, 'The settings.'),
  'settings.update': channel(settingsPatchSchema, settingsSchema, 'Change some settings; answers all of them.'),

  'summary.week': channel(
    z.object({ at: instantSchema.optional() }).strict(),
    weekSummarySchema,
    'The summary of the week containing `at` (default now), a running timer counted up to now.',
  ),
  'summary.range': channel(
    z.object({ at: instantSchema.optional(), weeks: z.number().int().min(1).max(260) }).strict(),
    weekRangeSchema,
    'N week summaries ending with the week containing `at`, oldest first, with the trend signals.',
  ),

  'locks.check': channel(
    z.object({ action: z.enum(['start', 'resume', 'add', 'edit']), categoryId: idSchema, at: instantSchema.optional(), end: instantSchema.optional() }).strict(),
    lockDecisionSchema,
    'What the lock says of an action now, without doing it.',
  ),

  'nudges.next': channel(empty, plannedNudgeSchema.nullable(), 'The next nudge the plan holds, or null.'),
  'nudges.log': channel(
    z.object({ from: instantSchema, to: instantSchema }).strict(),
    z.array(nudgeRecordSchema),
    'Nudges shown in [from, to).',
  ),
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type RequestOf<C extends ChannelName> = z.input<Channels[C]['request']>;
export type ParsedRequestOf<C extends ChannelName> = z.output<Channels[C]['request']>;
export type ResponseOf<C extends ChannelName> = z.output<Channels[C]['response']>;
export const CHANNEL_NAMES = Object.keys(channels) as ChannelName[];

/** Push events: one change goes out as one event. */
export const events = {
  'timer.changed': z.object({ timer: runningTimerSchema.nullable() }),
  /** Coarse (at most once a minute) tick while a timer runs, so labels refresh without polling. */
  'timer.tick': z.object({ now: instantSchema }),
  'data.changed': z.object({ what: z.array(z.enum(['entries', 'categories', 'settings', 'nudges', 'unlocks'])) }),
  nudge: z.object({ id: idSchema, kind: plannedNudgeSchema.shape.kind, at: instantSchema, text: z.string(), actions: z.array(z.string()) }),
  notice: z.object({ level: z.enum(['info', 'warning', 'error']), message: z.string() }),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];
