// The data model: every stored and transported record, as zod schemas with their inferred types.
// Instants are UTC epoch milliseconds; wall-clock strings (HH:mm) are in the user's time zone.
import { z } from 'zod';
import { AREAS, BOUNDARY_SET_KEYS, DAY_OFF_KINDS, LOCK_MODES, LOCK_RULES, NUDGE_KINDS, WELCOME_STEP_COUNT } from './modelNames';

export { AREAS, DAY_OFF_KINDS, LOCK_MODES, LOCK_RULES, NUDGE_KINDS };
export const areaSchema = z.enum(AREAS);
export type Area = z.infer<typeof areaSchema>;

/** Minutes per life area; the shape every figure by area uses. */
export const areaMinutesSchema = z.object({ work: z.number(), fitness: z.number(), family: z.number() });
export type AreaMinutes = z.infer<typeof areaMinutesSchema>;

export const instantSchema = z.number().int().min(0).max(8.64e15);
export const idSchema = z.string().min(1).max(64);
export const hhmmSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:mm (00:00 to 23:59)');

export const categorySchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1).max(60),
  area: areaSchema,
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour as #rrggbb'),
  archived: z.boolean(),
});
export type Category = z.infer<typeof categorySchema>;

export const entrySchema = z.object({
  id: idSchema,
  categoryId: idSchema,
  start: instantSchema,
  end: instantSchema,
  note: z.string().max(2000),
  tags: z.array(z.string().max(100)).max(50),
  /** Where the entry came from: 'timer', 'manual', 'import:toggl', ... */
  source: z.string().max(40),
  /** The reason typed to pass a soft lock or an unlock, kept with the entry it allowed. */
  overrideReason: z.string().max(500).optional(),
});
export type Entry = z.infer<typeof entrySchema>;

export const runningTimerSchema = z.object({
  id: idSchema,
  categoryId: idSchema,
  start: instantSchema,
  note: z.string().max(2000),
  overrideReason: z.string().max(500).optional(),
});
export type RunningTimer = z.infer<typeof runningTimerSchema>;

export const workWindowSchema = z.object({ start: hhmmSchema, end: hhmmSchema });
export type WorkWindow = z.infer<typeof workWindowSchema>;

export type LockMode = (typeof LOCK_MODES)[number];

/** The rules a lock holds work to; an unlock names the ones it lifts. */
export const lockRuleSchema = z.enum(LOCK_RULES);
export type LockRule = (typeof LOCK_RULES)[number];
export const nudgeKindSchema = z.enum(NUDGE_KINDS);
export type NudgeKind = z.infer<typeof nudgeKindSchema>;

/** The last local date the model holds: a four-digit year (what a date read from elsewhere must not pass). */
export const LAST_LOCAL_DATE = '9999-12-31';

/** A local calendar date, yyyy-MM-dd, that exists: 2026-02-30 is refused. */
export const localDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as yyyy-MM-dd')
  .refine((text) => {
    const [y, m, d] = text.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'expected a real calendar date');

export const weeklyCapMinutesSchema = z.number().int().min(0).max(168 * 60);
/** Null: no daily cap. */
export const dailyCapMinutesSchema = z.number().int().min(0).max(24 * 60).nullable();
/** Indexed by weekday, 0 = Sunday … 6 = Saturday. */
export const workWindowsSchema = z.array(z.array(workWindowSchema).max(8)).length(7);
export const targetsSchema = z.object({
  fitnessMinutes: z.number().int().min(0).max(168 * 60),
  familyMinutes: z.number().int().min(0).max(168 * 60),
});

/**
 * One span of the boundaries' timeline (shared/domain/boundaries.ts): the values in force from the week containing
 * `from` until the next span. The first span's `from` is null, "since the start": it holds for every earlier week.
 */
export const boundarySpanSchema = z.object({
  from: localDateSchema.nullable(),
  weeklyCapMinutes: weeklyCapMinutesSchema,
  dailyCapMinutes: dailyCapMinutesSchema,
  workWindows: workWindowsSchema,
  targets: targetsSchema,
  /**
   * What this step set itself; the rest it carries on from the step before, and a change made before it runs on
   * through it. Absent in a timeline from before it was kept: read as what differs from the step before.
   */
  sets: z.array(z.enum(BOUNDARY_SET_KEYS)).max(BOUNDARY_SET_KEYS.length).optional(),
});
export type BoundarySpan = z.infer<typeof boundarySpanSchema>;

export const dayOffKindSchema = z.enum(DAY_OFF_KINDS);
export type DayOffKind = z.infer<typeof dayOffKindSchema>;

/** A local date with no work window: work on it is off-hours work, and the week's cap shrinks by its share. */
export const dayOffSchema = z.object({ date: localDateSchema, kind: dayOffKindSchema, note: z.string().max(500) });
export type DayOff = z.infer<typeof dayOffSchema>;

export const settingsSchema = z.object({
  /**
   * The cap, daily cap, windows and targets in force this week. With a non-empty `timeline` they are a copy the
   * settings service refreshes on every read, for forms that show "now"; every figure of a week reads the timeline.
   */
  weeklyCapMinutes: weeklyCapMinutesSchema,
  dailyCapMinutes: dailyCapMinutesSchema,
  /** IANA zone, e.g. Europe/Berlin. */
  timeZone: z.string().min(1).max(64),
  /** 1 Monday (ISO weeks), 0 Sunday, 6 Saturday. */
  weekStartsOn: z.union([z.literal(0), z.literal(1), z.literal(6)]),
  workWindows: workWindowsSchema,
  lockMode: z.enum(LOCK_MODES),
  unlockCooldownSeconds: z.number().int().min(0).max(3600),
  unlockDurationMinutes: z.number().int().min(1).max(24 * 60),
  targets: targetsSchema,
  /** The dated boundaries, oldest first; empty: the values above hold in every week. */
  timeline: z.array(boundarySpanSchema).max(1000),
  /** Days off, by date. */
  daysOff: z.array(dayOffSchema).max(5000),
  nudges: z.object({
    /** A kind absent is enabled: settings saved before a kind existed do not name it. */
    enabled: z.partialRecord(nudgeKindSchema, z.boolean()),
    windowEndingMinutes: z.number().int().min(1).max(240),
    /** How long before a timebox starts its box-starting nudge comes; absent (settings saved before it existed): 5. */
    boxStartingMinutes: z.number().int().min(1).max(240).optional(),
    capWarningPercent: z.number().int().min(1).max(100),
    fitnessGapDays: z.number().int().min(1).max(60),
    familyGapDays: z.number().int().min(1).max(60),
    cooldownMinutes: z.number().int().min(1).max(24 * 60),
  }),
  /** Null: no quiet hours. */
  quietHours: z.object({ start: hhmmSchema, end: hhmmSchema }).nullable(),
  /** Work after this wall-clock hour counts as late work (a burnout signal). */
  lateWorkHour: z.number().int().min(12).max(24),
  idleThresholdMinutes: z.number().int().min(1).max(240),
  theme: z.enum(['system', 'light', 'dark']),
  launchAtLogin: z.boolean(),
  hideToTrayOnClose: z.boolean(),
  globalShortcut: z.boolean(),
  /**
   * True in a new data folder until the first-run welcome is finished or skipped. Absent: settings saved before the
   * welcome existed, by someone who needs no welcome.
   */
  welcomePending: z.boolean().optional(),
  /**
   * The welcome's step the person is on, counted from 0 (the cap, the work windows, the categories): saved with each
   * step left, so a reload or a restart resumes there. Absent: settings saved before it existed, the first step.
   */
  welcomeStep: z.number().int().min(0).max(WELCOME_STEP_COUNT - 1).optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

/** The timebox occurrence a box nudge is about: which one (once per occurrence), and the category a Start starts. */
export const nudgeRefSchema = z.object({
  /** The occurrence's boxId: a one-off's id, or `${seriesId}@${occurrenceDate}`. */
  boxId: z.string().min(1).max(100),
  categoryId: idSchema,
  /** The occurrence's start when the nudge was planned: a box moved since is a new occasion. */
  start: instantSchema,
});
export type NudgeRef = z.infer<typeof nudgeRefSchema>;

export const nudgeRecordSchema = z.object({
  id: idSchema,
  kind: nudgeKindSchema,
  at: instantSchema,
  text: z.string(),
  /** What the person chose: 'stop', 'start', 'snooze-15', 'snooze-day', 'open', 'dismissed'; absent until they choose. */
  choice: z.string().optional(),
  /** Box nudges only: the occurrence it is about. */
  ref: nudgeRefSchema.optional(),
});
export type NudgeRecord = z.infer<typeof nudgeRecordSchema>;

export const snoozeSchema = z.object({ until: instantSchema, kind: nudgeKindSchema.optional() });
export type Snooze = z.infer<typeof snoozeSchema>;

export const unlockSchema = z.object({
  id: idSchema,
  reason: z.string().min(1).max(500),
  requestedAt: instantSchema,
  activeFrom: instantSchema,
  activeUntil: instantSchema,
  /** The rules it lifts; absent (an unlock from before rules were named, or one asked for without) lifts them all. */
  lifts: z.array(lockRuleSchema).min(1).optional(),
});
export type Unlock = z.infer<typeof unlockSchema>;

export const checkInSchema = z.object({
  week: z.string(),
  at: instantSchema,
  energy: z.number().int().min(1).max(5),
  mood: z.number().int().min(1).max(5),
  note: z.string().max(2000),
});
export type CheckIn = z.infer<typeof checkInSchema>;

export const IDLE_CHOICES = ['keep', 'discard', 'move'] as const;
export const idleChoiceSchema = z.enum(IDLE_CHOICES);
export type IdleChoice = z.infer<typeof idleChoiceSchema>;

/** Time the person was away while a timer ran, asked about when they are back (keep, discard, or move it). */
export const idleQuestionSchema = z.object({
  id: idSchema,
  /** The timer as it ran then. It may have stopped since; its entry has the timer's id. */
  timer: runningTimerSchema,
  idleStart: instantSchema,
  idleEnd: instantSchema,
  minutes: z.number().int().min(0),
  /** No input, the machine asleep, the screen locked, or Timelock not running. */
  cause: z.enum(['idle', 'sleep', 'lock-screen', 'closed']),
});
export type IdleQuestion = z.infer<typeof idleQuestionSchema>;

/** Proof of life while a timer runs, so time the app did not see (closed, asleep) can be asked about at the next start. */
export const presenceSchema = z.object({
  heartbeat: z
    .object({
      at: instantSchema,
      timerId: idSchema,
      /** Set while the person is away: the next start asks from here, not from the last beat. */
      awaySince: instantSchema.optional(),
    })
    .nullable(),
  idleQuestion: idleQuestionSchema.nullable(),
});
export type Presence = z.infer<typeof presenceSchema>;

// ---- Figures the domain computes (shared/domain/weekSummary.ts produces exactly these shapes) ----

export const daySummarySchema = z.object({
  /** Local calendar date, yyyy-MM-dd. */
  date: z.string(),
  /** Local midnight to next local midnight: 23, 24 or 25 h long. */
  start: instantSchema,
  end: instantSchema,
  /** 0 = Sunday … 6 = Saturday. */
  weekday: z.number().int().min(0).max(6),
  minutes: areaMinutesSchema,
  byCategory: z.record(z.string(), z.number()),
  offHoursWorkMinutes: z.number(),
  /** Work after settings.lateWorkHour (a burnout signal). */
  lateWorkMinutes: z.number(),
  overDailyCapMinutes: z.number(),
  /** The kind of day off this date is, or null. */
  dayOff: dayOffKindSchema.nullable(),
});
export type DaySummary = z.infer<typeof daySummarySchema>;

export const balanceSchema = z.object({
  targets: z.object({ workMaxMinutes: z.number(), fitnessMinMinutes: z.number(), familyMinMinutes: z.number() }),
  targetsMet: z.array(areaSchema),
  behind: z.array(areaSchema),
  /** "2 of 3". */
  metCount: z.number().int().min(0).max(3),
});
export type Balance = z.infer<typeof balanceSchema>;

export const weekSignalsSchema = z.object({
  overCap: z.boolean(),
  /** Share (0..1) of the week's work done outside the work windows. */
  offHoursShare: z.number(),
  weekendDaysWorked: z.number().int(),
  lateWorkMinutes: z.number(),
  /** Longest run of whole days without fitness / family time, ending in this week (counts from earlier weeks). */
  longestFitnessGapDays: z.number(),
  longestFamilyGapDays: z.number(),
});
export type WeekSignals = z.infer<typeof weekSignalsSchema>;

export const weekSummarySchema = z.object({
  /** 2026-W13 when weeks start on Monday, else the start date (2026-03-22). */
  week: z.string(),
  timeZone: z.string(),
  weekStartsOn: z.number().int(),
  start: instantSchema,
  end: instantSchema,
  /** The instant the figures were computed at: a running timer counts up to it. */
  now: instantSchema,
  /** The week's cap after its days off. */
  capMinutes: z.number(),
  /** The cap in force in the week, before days off. */
  baseCapMinutes: z.number(),
  daysOff: z.array(dayOffSchema.pick({ date: true, kind: true })),
  /** How many of the days off had work-window time: those lowered the cap (capMinutes < baseCapMinutes). */
  daysOffWithWindows: z.number().int().min(0),
  dailyCapMinutes: z.number().nullable(),
  minutes: areaMinutesSchema,
  byCategory: z.record(z.string(), z.number()),
  inWindowWorkMinutes: z.number(),
  offHoursWorkMinutes: z.number(),
  remainingMinutes: z.number(),
  overCapMinutes: z.number(),
  /** When a running work timer reaches the weekly / today's daily cap; null when none runs or it is reached already. */
  capReachedAt: instantSchema.nullable(),
  dailyCapReachedAt: instantSchema.nullable(),
  /** The end of the work window `now` lies in, for the week containing now; null off-hours and for other weeks. */
  windowEndsAt: instantSchema.nullable(),
  /**
   * The entry logged ahead that the running timer (timerId) ran into (its start, its category): the run counts, and
   * its stop saves, up to there. Null when no timer runs, none was run into, or the week does not contain now. Absent from a
   * host older than it.
   */
  timerRanInto: z.object({ at: instantSchema, categoryId: idSchema, timerId: idSchema.optional() }).nullable().optional(),
  /**
   * Where the running timer (timerId) starts counting when an entry saved over its start (synced in from another
   * computer) holds its first stretch: the end of that entry (of the last of them, when several follow on); the run
   * counts, and its stop saves, from there. Null otherwise, and for a week that does not contain now. Absent from a host
   * older than it.
   */
  timerCountedFrom: z.object({ at: instantSchema, timerId: idSchema }).nullable().optional(),
  days: z.array(daySummarySchema).length(7),
  balance: balanceSchema,
  signals: weekSignalsSchema,
  /**
   * True for a week that ends before the record starts (the first entry or timer), or has ended with nothing logged in
   * it: no data, never "behind".
   */
  noData: z.boolean().optional(),
});
export type WeekSummary = z.infer<typeof weekSummarySchema>;

export const trendSignalsSchema = z.object({
  /** Consecutive finished weeks over cap, back from the last week of the range; weeks not ended are left out. */
  consecutiveWeeksOverCap: z.number().int(),
  /** Consecutive finished weeks, back from the last week, in which at least one life-area target was missed. */
  targetsMissedInARow: z.number().int(),
});
export type TrendSignals = z.infer<typeof trendSignalsSchema>;

export const weekRangeSchema = z.object({
  weeks: z.array(weekSummarySchema),
  trend: trendSignalsSchema,
});
export type WeekRange = z.infer<typeof weekRangeSchema>;

/** What one lock decision says: allowed, allowed with a warning (soft: needs a reason), or blocked. */
export const lockDecisionSchema = z.object({
  verdict: z.enum(['allowed', 'warn', 'blocked']),
  reasons: z.array(z.string()),
  /** For blocked starts: the next instant work may start; null if none within two weeks. */
  nextAllowedAt: instantSchema.nullable(),
  /** True when a reason must be typed to go ahead (soft mode warnings). */
  needsReason: z.boolean(),
  /** The rules the action breaks (a warning, a refusal, or what an unlock lets through); absent when none. */
  rules: z.array(lockRuleSchema).optional(),
});
export type LockDecision = z.infer<typeof lockDecisionSchema>;

export const scheduledNudgeSchema = z.object({
  at: instantSchema,
  kind: nudgeKindSchema,
  text: z.string(),
  /** Box nudges only: the occurrence it is about. */
  ref: nudgeRefSchema.optional(),
  /** Other kinds due at the same instant, said in this one nudge (and recorded, so none comes again on its own). */
  folded: z.array(z.object({ kind: nudgeKindSchema, text: z.string(), ref: nudgeRefSchema.optional() })).optional(),
});
export type ScheduledNudge = z.infer<typeof scheduledNudgeSchema>;
