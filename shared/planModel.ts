// The plan: timeboxes as they are stored (one-off and weekly, with their shifted and cancelled occurrences), and what
// the plan channels carry: a week of timeboxes with its check and figures, a change with what it replaced (so a client
// can undo it), a week copied, and an iCalendar import's report. The contract's plan.* channels use these schemas.
import { z } from 'zod';
import { areaMinutesSchema, areaSchema, hhmmSchema, idSchema, instantSchema, localDateSchema } from './model';

// ---- Timeboxes: planned time for a life area, one-off or repeating weekly (shared/domain/timebox*.ts, plan*.ts) ----

export const timeboxTitleSchema = z.string().trim().min(1).max(120);
/** A box is at most a day long; longer plans are several boxes. */
export const timeboxMinutesSchema = z.number().int().min(1).max(24 * 60);

const endsAfterStart = (b: { start: number; end: number }) => b.end > b.start;
const atMostOneLength = (b: { endTime?: string; durationMinutes?: number }) => b.endTime === undefined || b.durationMinutes === undefined;

/** A box on one occasion: real instants, whatever the zone later becomes. */
export const oneOffTimeboxSchema = z
  .object({
    kind: z.literal('once'),
    id: idSchema,
    categoryId: idSchema,
    title: timeboxTitleSchema.optional(),
    start: instantSchema,
    end: instantSchema,
    /** The reason typed to plan work past a soft lock (outside the work windows), kept with the box it allowed. */
    overrideReason: z.string().max(500).optional(),
  })
  .refine(endsAfterStart, { message: 'a timebox must end after it starts', path: ['end'] });
export type OneOffTimebox = z.infer<typeof oneOffTimeboxSchema>;

/**
 * One occurrence edited on its own, keyed in the series by its original local date. Only the fields given differ
 * from the series: a new start without a new length keeps the occurrence's length (a move), an end or duration
 * alone resizes it, a title of null shows none on that day.
 */
export const timeboxOverrideSchema = z
  .object({
    /** Moved to another local date. */
    date: localDateSchema.optional(),
    startTime: hhmmSchema.optional(),
    endTime: hhmmSchema.optional(),
    durationMinutes: timeboxMinutesSchema.optional(),
    title: timeboxTitleSchema.nullable().optional(),
  })
  .refine(atMostOneLength, { message: 'give an end time or a duration, not both', path: ['durationMinutes'] });
export type TimeboxOverride = z.infer<typeof timeboxOverrideSchema>;

/**
 * A box repeating weekly in local wall-clock time, read in settings.timeZone when expanded: 07:00–08:00 stays
 * 07:00–08:00 on both sides of a DST change. It occurs on each date from firstDate through until (null: no end)
 * whose weekday is listed. Its length is an end time (local; at or before the start it ends the next day) or a
 * duration in elapsed minutes: exactly one of the two.
 */
export const weeklyTimeboxSchema = z
  .object({
    kind: z.literal('weekly'),
    id: idSchema,
    categoryId: idSchema,
    title: timeboxTitleSchema.optional(),
    firstDate: localDateSchema,
    startTime: hhmmSchema,
    endTime: hhmmSchema.optional(),
    durationMinutes: timeboxMinutesSchema.optional(),
    /** 0 = Sunday … 6 = Saturday. */
    weekdays: z.array(z.number().int().min(0).max(6)).min(1).max(7),
    until: localDateSchema.nullable(),
    overrides: z.record(localDateSchema, timeboxOverrideSchema).default({}),
    cancelled: z.array(localDateSchema).default([]),
    /** The reason typed to plan work past a soft lock (outside the work windows): the latest one, for the series. */
    overrideReason: z.string().max(500).optional(),
  })
  .refine((s) => (s.endTime === undefined) !== (s.durationMinutes === undefined), {
    message: 'give an end time or a duration, exactly one',
    path: ['endTime'],
  })
  .refine((s) => new Set(s.weekdays).size === s.weekdays.length, { message: 'each weekday once', path: ['weekdays'] })
  .refine((s) => s.until === null || s.until >= s.firstDate, { message: 'the series ends before it starts', path: ['until'] });
export type WeeklyTimebox = z.infer<typeof weeklyTimeboxSchema>;

export const timeboxSchema = z.discriminatedUnion('kind', [oneOffTimeboxSchema, weeklyTimeboxSchema]);
export type Timebox = z.infer<typeof timeboxSchema>;

/** Why an occurrence is not where its wall-clock times say: they fell in a DST gap that day. */
export const timeboxShiftSchema = z.object({
  reason: z.literal('dst-gap'),
  /** The planned local times, HH:mm, as the series (or the occurrence's edit) gives them. */
  originalStart: hhmmSchema,
  originalEnd: hhmmSchema,
  /** 'box': the start did not exist, so the whole box moved forward; 'end': only the end did not, and moved. */
  moved: z.enum(['box', 'end']),
  /** How far it moved: the gap's length. */
  minutes: z.number(),
});
export type TimeboxShift = z.infer<typeof timeboxShiftSchema>;

/** One box on the calendar: a one-off, or one occurrence of a series (with its edits applied). */
export const timeboxOccurrenceSchema = z.object({
  /** The one-off's id, or `${seriesId}@${occurrenceDate}`: unique across a plan. */
  boxId: z.string(),
  /** The series occurrence's original local date (its key for edits); a one-off's local start date. */
  occurrenceDate: z.string(),
  categoryId: idSchema,
  start: instantSchema,
  end: instantSchema,
  title: z.string().nullable(),
  seriesId: idSchema.optional(),
  /** True when this occurrence was edited on its own. */
  edited: z.boolean().optional(),
  shifted: timeboxShiftSchema.optional(),
});
export type TimeboxOccurrence = z.infer<typeof timeboxOccurrenceSchema>;

export const PLAN_FINDING_KINDS = ['over-weekly-cap', 'over-daily-cap', 'outside-window', 'overlap', 'area-short', 'balance'] as const;

/** One thing the plan check noticed about a week's boxes, said in a plain sentence. */
export const planFindingSchema = z.object({
  kind: z.enum(PLAN_FINDING_KINDS),
  boxIds: z.array(z.string()),
  message: z.string(),
  minutes: z.number().optional(),
  /** The local date it concerns, yyyy-MM-dd. */
  date: z.string().optional(),
});
export type PlanFinding = z.infer<typeof planFindingSchema>;

/** The plan against what was logged, per week (the `planned` block of `summary --json`). */
export const plannedFiguresSchema = z.object({
  minutes: areaMinutesSchema,
  actualInBoxesMinutes: areaMinutesSchema,
  /** Matched over planned, 0..1; null when nothing is planned. */
  adherence: z.number().min(0).max(1).nullable(),
  unplannedWorkMinutes: z.number(),
  /**
   * In the week under way only: the plan up to now (its boxes cut at now) and how much of that was kept. A week's plan
   * is judged so far by what was due so far, not by boxes still to come.
   */
  soFar: z
    .object({
      minutes: areaMinutesSchema,
      /** Matched over planned up to now, 0..1; null when nothing was due yet. */
      adherence: z.number().min(0).max(1).nullable(),
    })
    .optional(),
});
export type PlannedFigures = z.infer<typeof plannedFiguresSchema>;

export const planBoxRowSchema = timeboxOccurrenceSchema.pick({ boxId: true, occurrenceDate: true, categoryId: true, start: true, end: true, title: true, seriesId: true }).extend({
  area: areaSchema,
  plannedMinutes: z.number(),
  actualMinutes: z.number(),
  adherence: z.number().min(0).max(1),
});
export type PlanBoxRow = z.infer<typeof planBoxRowSchema>;

export const planVsActualSchema = z.object({
  week: z.string(),
  planned: plannedFiguresSchema,
  boxes: z.array(planBoxRowSchema),
});
export type PlanVsActual = z.infer<typeof planVsActualSchema>;

// ---- What the plan channels carry ----

/** A box is at most a day long (timeboxMinutesSchema); longer plans are several boxes. */
export const MAX_BOX_MS = 24 * 60 * 60_000;
/** The text of an .ics file the renderer or the CLI read; far beyond any real calendar export. */
export const MAX_ICS_CHARS = 16 * 1024 * 1024;

/** 0 = Sunday … 6 = Saturday, as everywhere in the model. */
export const weekdaySchema = z.number().int().min(0).max(6);
const reason = z.string().trim().min(1).max(500);

export const PLAN_EDIT_SCOPES = ['occurrence', 'series', 'following'] as const;

export const planWeekRequestSchema = z
  .object({
    at: instantSchema.optional(),
    /** 2026-W13 (weeks starting Monday), or any date in the week (yyyy-MM-dd). */
    week: z.string().trim().min(1).max(20).optional(),
  })
  .strict()
  .refine((r) => r.at === undefined || r.week === undefined, { message: 'give at or week, not both', path: ['week'] });

export const planWeekSchema = z.object({
  week: z.string(),
  timeZone: z.string(),
  start: instantSchema,
  end: instantSchema,
  /** Every box on the week's calendar, series expanded, by start. */
  occurrences: z.array(timeboxOccurrenceSchema),
  /** What the plan check says of the week (shared/domain/planCheck.ts). */
  findings: z.array(planFindingSchema),
  /** The plan against what was logged (shared/domain/planVsActual.ts), with a row per box. */
  planned: plannedFiguresSchema.extend({ boxes: z.array(planBoxRowSchema) }),
  /** The stored boxes behind those occurrences: a series' weekdays and end, for "edit the series". */
  timeboxes: z.array(timeboxSchema),
});
export type PlanWeek = z.infer<typeof planWeekSchema>;

export const planAddRequestSchema = z
  .object({
    categoryId: idSchema,
    start: instantSchema,
    end: instantSchema,
    title: timeboxTitleSchema.optional(),
    /** Repeat weekly on these weekdays at the same local times as start and end (settings.timeZone). */
    repeat: z.array(weekdaySchema).min(1).max(7).optional(),
    /** The last local date a repeating box may occur on; none: it goes on. */
    until: localDateSchema.optional(),
    /** Soft lock: why work is planned outside the work windows; kept with the box. */
    reason: reason.optional(),
  })
  .strict()
  .refine((r) => r.end > r.start, { message: 'a timebox must end after it starts', path: ['end'] })
  .refine((r) => r.end - r.start <= MAX_BOX_MS, { message: 'a timebox is at most 24 hours long: plan longer time as several boxes', path: ['end'] })
  .refine((r) => r.repeat === undefined || new Set(r.repeat).size === r.repeat.length, { message: 'each weekday once', path: ['repeat'] })
  .refine((r) => r.until === undefined || r.repeat !== undefined, { message: 'until is for a repeating box: give repeat too', path: ['until'] });
export type PlanAddRequest = z.infer<typeof planAddRequestSchema>;

const weekdaysSchema = z
  .array(weekdaySchema)
  .min(1)
  .max(7)
  .refine((days) => new Set(days).size === days.length, { message: 'each weekday once' });

export const planPatchSchema = z
  .object({
    start: instantSchema.optional(),
    end: instantSchema.optional(),
    /** null removes the title. */
    title: timeboxTitleSchema.nullable().optional(),
    categoryId: idSchema.optional(),
    /** A series' weekdays (scope series or following). */
    weekdays: weekdaysSchema.optional(),
    /** A series' last local date; null: it goes on (scope series or following). */
    until: localDateSchema.nullable().optional(),
    /**
     * Makes a one-off repeat: it becomes a weekly series in place (same id) at its local times (settings.timeZone)
     * on these weekdays, until that date (none or null: it goes on).
     */
    repeat: z.object({ weekdays: weekdaysSchema, until: localDateSchema.nullable().optional() }).strict().optional(),
  })
  .strict()
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'nothing to change: give start, end, title, categoryId, weekdays, until or repeat' })
  .refine((p) => p.start === undefined || p.end === undefined || p.end > p.start, { message: 'a timebox must end after it starts', path: ['end'] })
  .refine((p) => p.repeat === undefined || (p.weekdays === undefined && p.until === undefined), {
    message: 'repeat makes a one-off repeat; weekdays and until change a series: give one or the other',
    path: ['repeat'],
  });
export type PlanPatch = z.infer<typeof planPatchSchema>;

export const planUpdateRequestSchema = z
  .object({
    id: idSchema,
    /** A series occurrence's original local date: needed for scope occurrence and following. */
    occurrenceDate: localDateSchema.optional(),
    scope: z.enum(PLAN_EDIT_SCOPES),
    patch: planPatchSchema,
    reason: reason.optional(),
  })
  .strict();
export type PlanUpdateRequest = z.infer<typeof planUpdateRequestSchema>;

/** A change to the plan: the boxes as saved now, and as they were before (undo: restore those, remove the new ones). */
export const planChangeSchema = z.object({
  boxes: z.array(timeboxSchema),
  previous: z.array(timeboxSchema),
});
export type PlanChange = z.infer<typeof planChangeSchema>;

export const planRemoveRequestSchema = z.object({ id: idSchema, occurrenceDate: localDateSchema.optional() }).strict();

/** What plan.remove took away: `box` as it was before, so plan.restore({ box }) undoes it either way. */
export const planRemovedSchema = z.object({
  removed: z.enum(['box', 'occurrence']),
  box: timeboxSchema,
  occurrenceDate: localDateSchema.optional(),
});
export type PlanRemoved = z.infer<typeof planRemovedSchema>;

export const planCopyWeekRequestSchema = z
  .object({ fromWeekAt: instantSchema, toWeekAt: instantSchema, reason: reason.optional() })
  .strict();

export const planCopyResultSchema = z.object({
  added: z.array(timeboxSchema),
  /** One-offs already in the target week with the same category, times and title: not copied twice. */
  duplicates: z.number().int().min(0),
  /** Repeating boxes of the source week: they repeat into the target week already, so they are not copied. */
  seriesSkipped: z.number().int().min(0),
});
export type PlanCopyResult = z.infer<typeof planCopyResultSchema>;

const dateRange = { from: localDateSchema.optional(), to: localDateSchema.optional() };
const fromNotAfterTo = (r: { from?: string; to?: string }) => r.from === undefined || r.to === undefined || r.from <= r.to;

export const planExportRequestSchema = z
  .object(dateRange)
  .strict()
  .refine(fromNotAfterTo, { message: 'from must not be after to', path: ['to'] });

export const planImportRequestSchema = z
  .object({
    text: z.string().max(MAX_ICS_CHARS),
    categoryId: idSchema,
    ...dateRange,
    reason: reason.optional(),
  })
  .strict()
  .refine(fromNotAfterTo, { message: 'from must not be after to', path: ['to'] });
export type PlanImportRequest = z.infer<typeof planImportRequestSchema>;

export const planImportResultSchema = z.object({
  /** Boxes added: a weekly series kept as one is one box (a warning line says how many were). */
  added: z.number().int().min(0),
  /**
   * Events not added: already imported (a one-off with the same UID and start; a repeating event whose series an
   * earlier import kept, counted once, for the days it holds), from this plan's own export, or not a timebox.
   */
  skipped: z.number().int().min(0),
  warnings: z.array(z.string()),
});
export type PlanImportResult = z.infer<typeof planImportResultSchema>;
