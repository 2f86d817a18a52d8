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
  nudgeRefSchema,
  plannedNudgeSchema,
  checkInSchema,
  unlockSchema,
  idleQuestionSchema,
  idleChoiceSchema,
  plannedFiguresSchema,
  timeboxSchema,
  localDateSchema,
} from './model';
import {
  planAddRequestSchema,
  planChangeSchema,
  planCopyResultSchema,
  planCopyWeekRequestSchema,
  planExportRequestSchema,
  planImportRequestSchema,
  planImportResultSchema,
  planRemovedSchema,
  planRemoveRequestSchema,
  planUpdateRequestSchema,
  planWeekRequestSchema,
  planWeekSchema,
} from './planModel';
import {
  backupIdSchema,
  backupInfoSchema,
  exportFileSchema,
  exportRequestSchema,
  importPreviewSchema,
  importProgressSchema,
  importRequestSchema,
  importResultSchema,
  restoreResultSchema,
} from './transferModel';

const empty = z.object({}).strict();
const note = z.string().max(2000);
const reason = z.string().trim().min(1).max(500);

/** 'start' is for box nudges: it starts a timer in the box's category, as timer.start would (locks apply). */
/** The longest summary.range: a hundred years of weeks, more than any log spans (the CLI asks in pages). */
export const MAX_RANGE_WEEKS = 5218;

export const NUDGE_ACTIONS = ['stop', 'start', 'snooze-15', 'snooze-60', 'snooze-day', 'open', 'dismiss'] as const;

/** The window's views, in the order the View menu lists them (Ctrl/Cmd+1 … 6); Plan came last, so older shortcuts keep their keys. */
export const APP_VIEWS = ['today', 'week', 'balance', 'insights', 'settings', 'plan'] as const;

export const unlockStatusSchema = z.object({
  /** The unlock in force now (the longest, when several are). */
  active: unlockSchema.nullable(),
  /** An unlock still waiting out its cool-down. */
  pending: unlockSchema.nullable(),
  /** Every unlock asked for, newest first. */
  unlocks: z.array(unlockSchema),
});

export const idleResolutionSchema = z.object({
  choice: idleChoiceSchema,
  /** The timer running after the answer: after a move, the work timer going on from the return. */
  timer: runningTimerSchema.nullable(),
  /** The entries the answer wrote, in time order. */
  entries: z.array(entrySchema),
});

/** What a day's total typed for one category did (or, with `preview`, would do): where the time went, what was cut. */
export const dayMinutesResultSchema = z.object({
  /** False for a preview: nothing was written. */
  applied: z.boolean(),
  date: localDateSchema,
  categoryId: idSchema,
  /** The category's total that day before the change and after it (a running timer counted up to now). */
  previousMinutes: z.number(),
  minutes: z.number(),
  /** New entries, in time order. */
  added: z.array(entrySchema),
  /** Of the added time, the minutes inside the day's work windows. */
  insideWindowsMinutes: z.number(),
  /** Entries shortened, as they are now. */
  trimmed: z.array(entrySchema),
  /** Entries deleted, as they were (for undo). */
  removed: z.array(entrySchema),
});

/**
 * A week summary with the plan against it (planVsActual's figures). The summary itself stays the domain's pure
 * weekSummary; `planned` is optional only so that a CLI reaching an older running app still reads its answer.
 */
export const weekWithPlanSchema = weekSummarySchema.extend({ planned: plannedFiguresSchema.optional() });

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

/**
 * An object whose every value is built the first time it is read, then kept. Building every channel's schemas at
 * load cost a command-line call (one channel) more than the rest of its start; keys, `in` and Object.keys see
 * every channel without building any.
 */
function builtOnFirstUse<T extends Record<string, () => unknown>>(builders: T): { readonly [K in keyof T]: ReturnType<T[K]> } {
  const built = {} as { [K in keyof T]: ReturnType<T[K]> };
  for (const key of Object.keys(builders) as Array<keyof T & string>) {
    Object.defineProperty(built, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = builders[key]!();
        Object.defineProperty(built, key, { value, enumerable: true, configurable: false, writable: false });
        return value;
      },
    });
  }
  return built;
}

export const channels = builtOnFirstUse({
  'app.snapshot': () => channel(empty, snapshotSchema, 'Everything a window needs at start: settings, categories, the running timer.'),
  'app.reveal': () => channel(
    empty,
    z.object({ shown: z.boolean(), path: z.string() }),
    'Show the data folder in the system file manager. Only the desktop app can; elsewhere it answers shown: false and the path.',
  ),

  'timer.start': () => channel(
    z.object({ categoryId: idSchema, note: note.optional(), reason: reason.optional() }).strict(),
    runningTimerSchema,
    'Start a timer; a running one is stopped first (switching category). Lock rules apply.',
  ),
  'timer.stop': () => channel(empty, entrySchema.nullable(), 'Stop the running timer and save its entry; null when none runs.'),

  'entries.list': () => channel(
    z.object({ from: instantSchema, to: instantSchema }).strict(),
    z.array(entrySchema),
    'Entries overlapping [from, to), by start.',
  ),
  'entries.add': () => channel(
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
  'entries.update': () => channel(
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
  'entries.delete': () => channel(z.object({ id: idSchema }).strict(), entrySchema, 'Delete an entry; answers it, so it can be restored (undo).'),
  'entries.restore': () => channel(z.object({ entry: entrySchema }).strict(), entrySchema, 'Put a deleted entry back as it was (undo).'),
  'entries.setDayMinutes': () => channel(
    z
      .object({
        date: localDateSchema,
        categoryId: idSchema,
        // Up to 25 h: the day the clocks go back.
        minutes: z.number().int().min(0).max(25 * 60),
        reason: reason.optional(),
        preview: z.boolean().optional(),
      })
      .strict(),
    dayMinutesResultSchema,
    "Set a category's total for a local date, as typing into a timesheet cell: more time is added in free stretches (work inside the work windows first, fitness and family outside them), less trims or deletes the latest entries. One atomic change, all or nothing; lock rules apply to added work. `preview` says what it would do and writes nothing.",
  ),

  'categories.list': () => channel(empty, z.array(categorySchema), 'All categories, archived ones included.'),
  'categories.add': () => channel(
    z
      .object({ name: z.string().trim().min(1).max(60), area: areaSchema, color: categorySchema.shape.color.optional() })
      .strict(),
    categorySchema,
    'Add a category in a life area.',
  ),
  'categories.update': () => channel(
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

  'settings.get': () => channel(empty, settingsSchema, 'The settings.'),
  'settings.update': () => channel(settingsPatchSchema, settingsSchema, 'Change some settings; answers all of them.'),

  'summary.week': () => channel(
    z.object({ at: instantSchema.optional() }).strict(),
    weekWithPlanSchema,
    'The summary of the week containing `at` (default now), a running timer counted up to now, with the plan against it (`planned`).',
  ),
  'summary.range': () => channel(
    z.object({ at: instantSchema.optional(), weeks: z.number().int().min(1).max(MAX_RANGE_WEEKS) }).strict(),
    weekRangeSchema.extend({ weeks: z.array(weekWithPlanSchema) }),
    'N week summaries ending with the week containing `at`, oldest first, with the trend signals; each with `planned`.',
  ),

  'locks.check': () => channel(
    z.object({ action: z.enum(['start', 'resume', 'add', 'edit']), categoryId: idSchema, at: instantSchema.optional(), end: instantSchema.optional() }).strict(),
    lockDecisionSchema,
    'What the lock says of an action now, without doing it.',
  ),

  'nudges.next': () => channel(empty, plannedNudgeSchema.nullable(), 'The next nudge the plan holds, or null.'),
  'nudges.log': () => channel(
    z.object({ from: instantSchema, to: instantSchema }).strict(),
    z.array(nudgeRecordSchema),
    'Nudges shown in [from, to).',
  ),
  'nudges.act': () => channel(
    z.object({ id: idSchema, action: z.enum(NUDGE_ACTIONS) }).strict(),
    nudgeRecordSchema,
    "Act on a nudge shown: stop the running timer, start the box's category (box nudges; a lock's refusal is answered as its error and nothing is recorded), snooze its kind (15 min, an hour, the rest of the day), open, or dismiss. The choice is kept on the nudge; answers it.",
  ),

  'locks.unlock': () => channel(
    z.object({ reason, minutes: z.number().int().min(1).max(24 * 60).optional() }).strict(),
    unlockSchema,
    'Ask to pass the hard lock: a reason is required; it is active after the cool-down, for `minutes` (default: the setting). Logged.',
  ),
  'locks.unlocks': () => channel(empty, unlockStatusSchema, 'The unlock in force, the one waiting out its cool-down, and the unlock log.'),

  'idle.pending': () => channel(empty, idleQuestionSchema.nullable(), 'The open question about time away from a running timer, or null.'),
  'idle.resolve': () => channel(
    z
      .object({ choice: idleChoiceSchema, categoryId: idSchema.optional(), reason: reason.optional() })
      .strict()
      .refine((r) => r.choice !== 'move' || r.categoryId !== undefined, { message: 'moving the time away needs a categoryId', path: ['categoryId'] }),
    idleResolutionSchema,
    'Answer the open idle question. keep: nothing changes. discard: the entry ends when the time away began, and no timer runs. move: the time away becomes an entry in categoryId and the timer goes on from the return. `reason` passes a soft lock when the move adds work.',
  ),

  'checkins.list': () => channel(empty, z.array(checkInSchema), 'Every weekly check-in (energy, mood, a note), oldest week first.'),
  'checkins.save': () => channel(
    z
      .object({
        week: z.string().min(1).max(20),
        energy: checkInSchema.shape.energy,
        mood: checkInSchema.shape.mood,
        note: note.optional(),
      })
      .strict(),
    checkInSchema,
    "Save the check-in for a week (its label as summary.week gives it); a second one for the same week replaces the first.",
  ),

  'import.preview': () => channel(
    importRequestSchema,
    importPreviewSchema,
    'Read an export (Toggl, Clockify, Harvest, Timelock CSV or JSON; the text of the file) and say what importing it would do. Writes nothing.',
  ),
  'import.apply': () => channel(
    importRequestSchema,
    importResultSchema,
    'Import an export in one batch: refused whole, every problem listed by line, unless skipInvalid. A second import of the same file adds nothing.',
  ),
  'export.data': () => channel(exportRequestSchema, exportFileSchema, 'The data as Timelock CSV, JSON (everything) or iCalendar, optionally for local dates from/to.'),
  'backup.create': () => channel(empty, backupInfoSchema, 'Back up the whole data now, into the backups folder of the data folder.'),
  'backup.list': () => channel(empty, z.array(backupInfoSchema), 'The backups kept (the last 14), newest first.'),
  'backup.restore': () => channel(
    z.object({ id: backupIdSchema }).strict(),
    restoreResultSchema,
    'Replace all data with a backup; the current data is backed up first. Refused while a timer runs.',
  ),
  'backup.restoreFile': () => channel(
    z.object({ path: z.string().min(1).max(4096) }).strict(),
    restoreResultSchema,
    'Restore from a backup file elsewhere (the CLI): an absolute path to a .json Timelock backup, checked whole before anything changes.',
  ),

  'plan.week': () => channel(
    planWeekRequestSchema,
    planWeekSchema,
    "The plan of the week containing `at` (default now) or named by `week`: its boxes, series expanded, the plan check's findings and the plan against what was logged.",
  ),
  'plan.add': () => channel(
    planAddRequestSchema,
    timeboxSchema,
    'Plan a box from start to end; with `repeat`, a weekly series at the same local times from that date (until `until`). A work box outside the work windows: refused by the hard lock, needs a reason in soft mode.',
  ),
  'plan.update': () => channel(
    planUpdateRequestSchema,
    planChangeSchema,
    'Change a box like a calendar: one occurrence of a series, the whole series, or this and the following ones (the series is split). Answers the boxes saved and what they were (undo).',
  ),
  'plan.remove': () => channel(
    planRemoveRequestSchema,
    planRemovedSchema,
    "Remove a box, or with `occurrenceDate` one occurrence of a series (cancelled). Answers the box as it was, for plan.restore (undo).",
  ),
  'plan.restore': () => channel(
    z.object({ box: timeboxSchema }).strict(),
    timeboxSchema,
    'Put a box back as it was (undo of a remove or an edit): added, or replacing the box with its id.',
  ),
  'plan.copyWeek': () => channel(
    planCopyWeekRequestSchema,
    planCopyResultSchema,
    "Copy the one-off boxes of the week containing `fromWeekAt` into the week containing `toWeekAt`, at the same local times. Repeating boxes are not copied: they repeat already.",
  ),
  'plan.exportIcs': () => channel(
    planExportRequestSchema,
    exportFileSchema,
    'The plan as iCalendar: repeating boxes as RRULE series in the time zone (with EXDATE and edited occurrences), one-offs in UTC; optionally only boxes on local dates from/to (both included).',
  ),
  'plan.importIcs': () => channel(
    planImportRequestSchema,
    planImportResultSchema,
    "Add a calendar's events (the .ics text) as one-off boxes in a category: repeating events expanded on local dates from/to (both included; default the next 8 weeks). A second import of the same file adds nothing.",
  ),
});

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
  'data.changed': z.object({ what: z.array(z.enum(['entries', 'categories', 'settings', 'nudges', 'unlocks', 'checkins', 'timeboxes'])) }),
  nudge: z.object({
    id: idSchema,
    kind: plannedNudgeSchema.shape.kind,
    at: instantSchema,
    text: z.string(),
    actions: z.array(z.string()),
    /** Box nudges: the timebox occurrence it is about. */
    ref: nudgeRefSchema.optional(),
  }),
  notice: z.object({ level: z.enum(['info', 'warning', 'error']), message: z.string() }),
  /** Time away from a running timer, asked when the person is back (also at start, after the app was closed). */
  'idle.question': idleQuestionSchema,
  /** The idle question was answered (in any window): close it everywhere. */
  'idle.resolved': z.object({ id: idSchema, choice: idleChoiceSchema }),
  /** A large import's progress: every 1,000 rows read and checked, then writing and done. */
  'import.progress': importProgressSchema,
  /** The desktop host asks the window to show a view: a tray or menu item, a shortcut, a notification clicked. */
  'app.navigate': z.object({ view: z.enum(APP_VIEWS) }),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];
