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
  scheduledNudgeSchema,
  checkInSchema,
  unlockSchema,
  lockRuleSchema,
  idleQuestionSchema,
  idleChoiceSchema,
  boundarySpanSchema,
  dayOffSchema,
  dayOffKindSchema,
  localDateSchema,
} from './model';
import { localeConventionsSchema } from './conventionsModel';
import {
  planAddRequestSchema,
  planChangeSchema,
  planCopyResultSchema,
  planCopyWeekRequestSchema,
  planExportRequestSchema,
  planImportRequestSchema,
  planImportResultSchema,
  plannedFiguresSchema,
  planRemovedSchema,
  planRemoveRequestSchema,
  planUpdateRequestSchema,
  planWeekRequestSchema,
  planWeekSchema,
  timeboxSchema,
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
import { SYNC_CHANNELS, syncRoundSchema } from './sync/syncSchemas';

const empty = z.object({}).strict();
const note = z.string().max(2000);
const reason = z.string().trim().min(1).max(500);
/** How many entries one entries.restore (an undo) may put back. */
export const MAX_RESTORED_ENTRIES = 1000;

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
  /** The same entries as they were before (for undo). Absent from a host older than it. */
  trimmedFrom: z.array(entrySchema).optional(),
  /** Entries deleted, as they were (for undo). */
  removed: z.array(entrySchema),
});

/**
 * A week summary with the plan against it (planVsActual's figures). The summary itself stays the domain's pure
 * weekSummary; `planned` is optional only so that a CLI reaching an older running app still reads its answer.
 */
export const weekWithPlanSchema = weekSummarySchema.extend({ planned: plannedFiguresSchema.optional() });

/**
 * Settings a client may change; any subset, each field validated like the stored settings. A change to the cap, daily
 * cap, windows or targets applies from this week on (boundaries.set dates it otherwise); the timeline and the days
 * off change only through their own channels.
 */
export const settingsPatchSchema = settingsSchema.omit({ timeline: true, daysOff: true }).partial().strict();

// ---- Dated boundaries and days off (shared/domain/boundaries.ts, daysOff.ts) ----

/** A week as summary.week names it (2026-W41, or the week's first date), or any date inside it. */
export const weekNameSchema = z.string().trim().min(1).max(20);
export const boundaryValuesSchema = boundarySpanSchema
  .omit({ from: true })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'give at least one of weeklyCapMinutes, dailyCapMinutes, workWindows, targets' });
/** One span of the timeline as shown: `from` is a week label like summary.week's. */
export const boundaryStepSchema = z.object({
  from: z.string(),
  ...boundarySpanSchema.omit({ from: true }).shape,
  /** Before this week's span, the span in force this week, or a step still to come. */
  state: z.enum(['past', 'current', 'upcoming']),
});
export type BoundaryStep = z.infer<typeof boundaryStepSchema>;
export const boundariesInForceSchema = z.object({
  week: z.string(),
  /** The label of the span in force that week. */
  since: z.string(),
  ...boundarySpanSchema.omit({ from: true }).shape,
  daysOff: z.array(dayOffSchema),
});

export const snapshotSchema = z.object({
  settings: settingsSchema,
  categories: z.array(categorySchema),
  timer: runningTimerSchema.nullable(),
  now: instantSchema,
  dataDir: z.string(),
  /** What storage recovered from at start-up (a corrupt file moved aside), in words, for the person to read. */
  storageNotices: z.array(z.string()),
  /** The asked locale's number and clock conventions, and the settings' zone's offsets around now. */
  conventions: localeConventionsSchema.optional(),
});
export const snapshotRequestSchema = z
  .object({
    /** A window's navigator.language: the answer then carries its conventions, so the window needs no Intl to start. */
    locale: z.string().min(1).max(100).refine(isLocaleTag, 'expected a BCP 47 language tag, e.g. en-US').optional(),
  })
  .strict();

function isLocaleTag(locale: string): boolean {
  try {
    return Intl.getCanonicalLocales(locale).length === 1;
  } catch {
    return false;
  }
}
export type Snapshot = z.infer<typeof snapshotSchema>;

function channel<Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res, doc: string) {
  return { request, response, doc };
}

export const channels = {
  'app.snapshot': channel(snapshotRequestSchema, snapshotSchema, 'Everything a window needs at start: settings, categories, the running timer.'),
  'app.reveal': channel(
    empty,
    z.object({ shown: z.boolean(), path: z.string() }),
    'Show the data folder in the system file manager. Only the desktop app can; elsewhere it answers shown: false and the path.',
  ),

  'timer.start': channel(
    z.object({ categoryId: idSchema, note: note.optional(), reason: reason.optional() }).strict(),
    runningTimerSchema,
    'Start a timer; a running one is stopped first (switching category). Lock rules apply.',
  ),
  'timer.stop': channel(empty, entrySchema.nullable(), 'Stop the running timer and save its entry; null when none runs, or when it ran for no time at all (nothing is saved).'),

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
    'Add a manual entry. Refused if it is under a minute long, ends before it starts or overlaps another entry.',
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
  'entries.restore': channel(
    // A bound far above any one delete (a week's cells, a day's total lowered) that keeps one request small.
    z.object({ entries: z.array(entrySchema).min(1).max(MAX_RESTORED_ENTRIES) }).strict(),
    z.array(entrySchema),
    'Put deleted entries back as they were (undo), all in one change: if one no longer fits, none is restored.',
  ),
  'entries.setDayMinutes': channel(
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
    categorySchema.extend({
      /** A move to another area, in words: how much time of which weeks already lived moves with it. Absent when none. */
      livedWeeks: z.string().optional(),
    }),
    'Rename, recolour, move to another area, archive or unarchive. History is kept; a move to another area re-reads the weeks already lived, said in `livedWeeks`.',
  ),

  'settings.get': channel(empty, settingsSchema, 'The settings; the cap, daily cap, windows and targets as in force this week.'),
  'settings.update': channel(
    settingsPatchSchema,
    settingsSchema,
    'Change some settings; answers all of them. The cap, daily cap, windows and targets change from this week on.',
  ),

  'boundaries.set': channel(
    z.object({ values: boundaryValuesSchema, from: weekNameSchema.optional() }).strict(),
    z.array(boundaryStepSchema),
    'Set the cap, daily cap, windows or targets from a week on (default this week), through the later steps that carried the old value, until one that sets its own; a week to come is an upcoming step. Answers the timeline.',
  ),
  'boundaries.removeStep': channel(
    z.object({ week: weekNameSchema }).strict(),
    z.array(boundaryStepSchema),
    'Remove the step starting in a week: the span before it runs on to the next. The first span cannot be removed. Answers the timeline.',
  ),
  'boundaries.history': channel(empty, z.array(boundaryStepSchema), 'The timeline of the cap, daily cap, windows and targets, oldest first.'),
  'boundaries.inForce': channel(
    z.object({ week: weekNameSchema.optional() }).strict(),
    boundariesInForceSchema,
    'The cap, daily cap, windows and targets in force in a week (default this week), with its days off.',
  ),
  'daysOff.add': channel(
    z
      .object({ from: localDateSchema, to: localDateSchema.optional(), kind: dayOffKindSchema.optional(), note: z.string().max(500).optional() })
      .strict()
      .refine((r) => r.to === undefined || r.to >= r.from, { message: 'the range ends before it starts', path: ['to'] }),
    z.array(dayOffSchema),
    'Take a date, or the dates from/to (both included, at most a year), off: no work window, a lower weekly cap. A date already off takes the new kind (default other) and note. Answers the days added.',
  ),
  'daysOff.list': channel(
    z.object({ from: localDateSchema.optional(), to: localDateSchema.optional() }).strict(),
    z.array(dayOffSchema),
    'Days off, by date, optionally from/to (both included).',
  ),
  'daysOff.remove': channel(z.object({ date: localDateSchema }).strict(), dayOffSchema, 'Work on a day off again: answers the day off removed.'),

  'summary.week': channel(
    z.object({ at: instantSchema.optional() }).strict(),
    weekWithPlanSchema,
    'The summary of the week containing `at` (default now), a running timer counted up to now, with the plan against it (`planned`).',
  ),
  'summary.range': channel(
    z.object({ at: instantSchema.optional(), weeks: z.number().int().min(1).max(MAX_RANGE_WEEKS) }).strict(),
    weekRangeSchema.extend({ weeks: z.array(weekWithPlanSchema) }),
    'N week summaries ending with the week containing `at`, oldest first, with the trend signals; each with `planned`.',
  ),

  'locks.check': channel(
    z.object({ action: z.enum(['start', 'resume', 'add', 'edit']), categoryId: idSchema, at: instantSchema.optional(), end: instantSchema.optional() }).strict(),
    lockDecisionSchema,
    'What the lock says of an action now, without doing it.',
  ),

  'nudges.next': channel(empty, scheduledNudgeSchema.nullable(), 'The next nudge the schedule holds, or null.'),
  'nudges.log': channel(
    z.object({ from: instantSchema, to: instantSchema }).strict(),
    z.array(nudgeRecordSchema),
    'Nudges shown in [from, to).',
  ),
  'nudges.act': channel(
    z.object({ id: idSchema, action: z.enum(NUDGE_ACTIONS) }).strict(),
    nudgeRecordSchema,
    "Act on a nudge shown: stop the running timer, start the box's category (box nudges; a lock's refusal is answered as its error and nothing is recorded), snooze its kind (15 min, an hour, the rest of the day), open, or dismiss. The choice is kept on the nudge; answers it.",
  ),

  'locks.unlock': channel(
    z.object({ reason, minutes: z.number().int().min(1).max(24 * 60).optional(), lifts: z.array(lockRuleSchema).min(1).max(3).optional() }).strict(),
    unlockSchema,
    'Ask to pass the hard lock: a reason is required; it is active after the cool-down, for `minutes` (default: the setting), and lifts the rules in `lifts` (default: all). Logged.',
  ),
  'locks.endUnlock': channel(z.object({ id: idSchema }).strict(), unlockSchema, 'End an unlock now (one in its cool-down never starts). The record stays in the log, ended.'),
  'locks.unlocks': channel(empty, unlockStatusSchema, 'The unlock in force, the one waiting out its cool-down, and the unlock log.'),

  'idle.pending': channel(empty, idleQuestionSchema.nullable(), 'The open question about time away from a running timer, or null.'),
  'idle.resolve': channel(
    z
      .object({ choice: idleChoiceSchema, categoryId: idSchema.optional(), reason: reason.optional() })
      .strict()
      .refine((r) => r.choice !== 'move' || r.categoryId !== undefined, { message: 'moving the time away needs a categoryId', path: ['categoryId'] }),
    idleResolutionSchema,
    'Answer the open idle question. keep: nothing changes. discard: the entry ends when the time away began, and no timer runs. move: the time away becomes an entry in categoryId and the timer goes on from the return. `reason` passes a soft lock when the move adds work.',
  ),

  'checkins.list': channel(empty, z.array(checkInSchema), 'Every weekly check-in (energy, mood, a note), oldest week first.'),
  'checkins.save': channel(
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

  'import.preview': channel(
    importRequestSchema,
    importPreviewSchema,
    'Read an export (Toggl, Clockify, Harvest, Timelock CSV or JSON; the text of the file) and say what importing it would do. Writes nothing.',
  ),
  'import.apply': channel(
    importRequestSchema,
    importResultSchema,
    'Import an export in one batch: refused whole, every problem listed by line, unless skipInvalid. A second import of the same file adds nothing.',
  ),
  'export.data': channel(exportRequestSchema, exportFileSchema, 'The data as Timelock CSV, JSON (everything) or iCalendar, optionally for local dates from/to.'),
  'backup.create': channel(empty, backupInfoSchema, 'Back up the whole data now, into the backups folder of the data folder.'),
  'backup.list': channel(empty, z.array(backupInfoSchema), 'The backups kept (the last 14), newest first.'),
  'backup.restore': channel(
    z.object({ id: backupIdSchema }).strict(),
    restoreResultSchema,
    'Replace all data with a backup; the current data is backed up first. Refused while a timer runs.',
  ),
  'backup.restoreFile': channel(
    z.object({ path: z.string().min(1).max(4096) }).strict(),
    restoreResultSchema,
    'Restore from a backup file elsewhere (the CLI): an absolute path to a .json Timelock backup, checked whole before anything changes.',
  ),

  'plan.week': channel(
    planWeekRequestSchema,
    planWeekSchema,
    "The plan of the week containing `at` (default now) or named by `week`: its boxes, series expanded, the plan check's findings and the plan against what was logged.",
  ),
  'plan.add': channel(
    planAddRequestSchema,
    timeboxSchema,
    'Plan a box from start to end; with `repeat`, a weekly series at the same local times from that date (until `until`). A work box outside the work windows: refused by the hard lock, needs a reason in soft mode.',
  ),
  'plan.update': channel(
    planUpdateRequestSchema,
    planChangeSchema,
    'Change a box like a calendar: one occurrence of a series, the whole series, or this and the following ones (the series is split). Answers the boxes saved and what they were (undo).',
  ),
  'plan.remove': channel(
    planRemoveRequestSchema,
    planRemovedSchema,
    "Remove a box, or with `occurrenceDate` one occurrence of a series (cancelled). Answers the box as it was, for plan.restore (undo).",
  ),
  'plan.restore': channel(
    z.object({ box: timeboxSchema }).strict(),
    timeboxSchema,
    'Put a box back as it was (undo of a remove or an edit): added, or replacing the box with its id.',
  ),
  'plan.copyWeek': channel(
    planCopyWeekRequestSchema,
    planCopyResultSchema,
    "Copy the one-off boxes of the week containing `fromWeekAt` into the week containing `toWeekAt`, at the same local times. Repeating boxes are not copied: they repeat already.",
  ),
  'plan.exportIcs': channel(
    planExportRequestSchema,
    exportFileSchema,
    'The plan as iCalendar: repeating boxes as RRULE series in the time zone (with EXDATE and edited occurrences), one-offs in UTC; optionally only boxes on local dates from/to (both included).',
  ),
  'plan.importIcs': channel(
    planImportRequestSchema,
    planImportResultSchema,
    "Add a calendar's events (the .ics text) as boxes on local dates from/to (both included; default the next 8 weeks): a weekly series Timelock can hold exactly (every week on set weekdays, in its time zone or with no zone) as one repeating box from the first day to its own end or `to`, any other event as one one-off box per occurrence. Each goes in the category its CATEGORIES names when one of the plan's active categories has that name (Timelock's own export names it), else in categoryId. A second import of the same file adds nothing.",
  ),

  // Sync through a folder another tool shares (issue 16): the schemas live with the sync engine, one row each here.
  'sync.setup': channel(SYNC_CHANNELS['sync.setup'].request, SYNC_CHANNELS['sync.setup'].response, SYNC_CHANNELS['sync.setup'].doc),
  'sync.off': channel(SYNC_CHANNELS['sync.off'].request, SYNC_CHANNELS['sync.off'].response, SYNC_CHANNELS['sync.off'].doc),
  'sync.now': channel(SYNC_CHANNELS['sync.now'].request, SYNC_CHANNELS['sync.now'].response, SYNC_CHANNELS['sync.now'].doc),
  'sync.status': channel(SYNC_CHANNELS['sync.status'].request, SYNC_CHANNELS['sync.status'].response, SYNC_CHANNELS['sync.status'].doc),
  'sync.conflicts': channel(SYNC_CHANNELS['sync.conflicts'].request, SYNC_CHANNELS['sync.conflicts'].response, SYNC_CHANNELS['sync.conflicts'].doc),
  'sync.resolve': channel(SYNC_CHANNELS['sync.resolve'].request, SYNC_CHANNELS['sync.resolve'].response, SYNC_CHANNELS['sync.resolve'].doc),
  'sync.otherTimers': channel(SYNC_CHANNELS['sync.otherTimers'].request, SYNC_CHANNELS['sync.otherTimers'].response, SYNC_CHANNELS['sync.otherTimers'].doc),
  'sync.chooseFolder': channel(SYNC_CHANNELS['sync.chooseFolder'].request, SYNC_CHANNELS['sync.chooseFolder'].response, SYNC_CHANNELS['sync.chooseFolder'].doc),
  'sync.stopOtherTimer': channel(SYNC_CHANNELS['sync.stopOtherTimer'].request, SYNC_CHANNELS['sync.stopOtherTimer'].response, SYNC_CHANNELS['sync.stopOtherTimer'].doc),
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
  'data.changed': z.object({ what: z.array(z.enum(['entries', 'categories', 'settings', 'nudges', 'unlocks', 'checkins', 'timeboxes'])) }),
  nudge: z.object({
    id: idSchema,
    kind: scheduledNudgeSchema.shape.kind,
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
  /** A sync round took something in, wrote something or changed the conflicts to resolve: Settings → Sync refreshes. */
  'sync.changed': syncRoundSchema,
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];
