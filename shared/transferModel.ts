// What moves data in and out of Timelock: import requests and reports, exports, backups. The contract's channels use
// these schemas; they live apart from model.ts because nothing here is stored, only carried.
import { z } from 'zod';
import { areaSchema, categorySchema, instantSchema } from './model';
import { isValidTimeZone, parseDate } from './domain/time';
import { EXPORT_FORMATS } from './modelNames';

export { EXPORT_FORMATS };

export const IMPORT_FORMATS = ['toggl', 'clockify', 'harvest', 'generic', 'timelock-csv', 'timelock-json'] as const;
export const importFormatSchema = z.enum(IMPORT_FORMATS);
export type ImportFormat = z.infer<typeof importFormatSchema>;

/** The renderer and the CLI read the file themselves and send its text; 64 MiB is far beyond any real export. */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;

export const importRequestSchema = z
  .object({
    text: z.string().max(MAX_IMPORT_CHARS),
    /** Only named in messages, and a `.json` name is a hint when the text alone does not tell. */
    fileName: z.string().max(255).optional(),
    /** Overrides the format read from the header. */
    format: importFormatSchema.optional(),
    /** The zone clock times in the file are read in; settings.timeZone when absent. */
    timeZone: z.string().min(1).max(64).refine(isValidTimeZone, 'expected an IANA time zone, e.g. Europe/Berlin').optional(),
    /**
     * Project → life area (work, fitness, family) for a category to create, or an existing category's name or id.
     * A bare area name wins over a category of that name or id; `area:fitness` and `category:<id>` say which without doubt.
     */
    map: z.record(z.string().max(200), z.string().trim().min(1).max(64)).optional(),
    /** Leave out the rows with problems and import the rest, instead of refusing the whole file. */
    skipInvalid: z.boolean().optional(),
    /** Soft lock: the reason kept with imported work rows that fall outside the windows or past a cap. */
    reason: z.string().trim().min(1).max(500).optional(),
  })
  .strict();
export type ImportRequest = z.infer<typeof importRequestSchema>;

/** A problem or a warning about one row; line 0 is the file as a whole. For JSON, `line` is the entry's position. */
export const importIssueSchema = z.object({ line: z.number().int().min(0), message: z.string() });
export type ImportIssue = z.infer<typeof importIssueSchema>;

export const importRowSchema = z.object({
  line: z.number().int().min(1),
  /** Null when the row's times could not be read. */
  start: instantSchema.nullable(),
  end: instantSchema.nullable(),
  project: z.string(),
  category: z.string().nullable(),
  area: areaSchema.nullable(),
  note: z.string(),
  tags: z.array(z.string()),
  /** needs-reason: new, once the reason for work outside the windows or past a cap is given. */
  status: z.enum(['new', 'needs-reason', 'duplicate', 'problem']),
});
export type ImportRow = z.infer<typeof importRowSchema>;

export const importMappingSchema = z.object({
  /** The project as the file names it ("No project" for rows without one). */
  project: z.string(),
  category: z.string(),
  /** Null when the category would be created. */
  categoryId: z.string().nullable(),
  area: areaSchema,
  created: z.boolean(),
  rows: z.number().int().min(0),
});
export type ImportMapping = z.infer<typeof importMappingSchema>;

export const importPreviewSchema = z.object({
  format: importFormatSchema,
  /** The first rows of the file as read, in file order. */
  rows: z.array(importRowSchema),
  total: z.number().int().min(0),
  toImport: z.number().int().min(0),
  duplicates: z.number().int().min(0),
  /** Rows that refuse the file (or are left out with skipInvalid), by line. */
  problems: z.array(importIssueSchema),
  /** Imported as read, but worth a look: a DST time moved, a long text cut, an archived category. */
  warnings: z.array(importIssueSchema),
  newCategories: z.array(z.object({ name: z.string(), area: areaSchema })),
  mapping: z.array(importMappingSchema),
  /** Work rows that pass the soft lock only with a reason, by line, with the lock's words: one reason given for the
   * import covers them all. Counted in toImport (Import asks for the reason first), never in problems. */
  needsReason: z.array(importIssueSchema),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importResultSchema = z.object({
  imported: z.number().int().min(0),
  /** Rows left out because of a problem (skipInvalid). */
  skipped: z.number().int().min(0),
  duplicates: z.number().int().min(0),
  createdCategories: z.array(categorySchema),
  problems: z.array(importIssueSchema),
  warnings: z.array(importIssueSchema),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const importProgressSchema = z.object({
  stage: z.enum(['reading', 'checking', 'writing', 'done']),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
});
export type ImportProgress = z.infer<typeof importProgressSchema>;

/** A local date, yyyy-MM-dd, that exists. */
const localDate = z.string().refine((text) => parseDate(text) !== null, 'expected a date as yyyy-MM-dd');

export const exportRequestSchema = z
  .object({ format: z.enum(EXPORT_FORMATS), from: localDate.optional(), to: localDate.optional() })
  .strict()
  .refine((r) => r.from === undefined || r.to === undefined || r.from <= r.to, { message: 'from must not be after to', path: ['to'] });
export type ExportRequest = z.infer<typeof exportRequestSchema>;

export const exportFileSchema = z.object({ fileName: z.string(), mimeType: z.string(), content: z.string() });
export type ExportFile = z.infer<typeof exportFileSchema>;

export const BACKUP_KINDS = ['daily', 'manual', 'before-restore'] as const;
/** A backup's id is its file name without `.json`; nothing else can reach the file system through it. */
export const backupIdSchema = z.string().regex(/^timelock-[0-9A-Za-z-]{1,80}$/, 'expected a backup id such as timelock-2026-11-26');

export const backupInfoSchema = z.object({
  id: backupIdSchema,
  kind: z.enum(BACKUP_KINDS),
  createdAt: instantSchema,
  path: z.string(),
  sizeBytes: z.number().int().min(0),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

export const restoreResultSchema = z.object({
  /** The backup id, or the file restored from. */
  restoredFrom: z.string(),
  /** The state just before the restore, kept as a backup of its own. */
  safetyBackup: backupInfoSchema,
  entries: z.number().int().min(0),
  categories: z.number().int().min(0),
  /** What the restore did to the settings, in words: the time zone, the settings history, the days off, the others. */
  settings: z.string().default(''),
  /**
   * What it kept as another computer saved it, in words, one line per computer: on a synced computer a restore never
   * deletes or undoes a record another computer saved (electron/services/keepOthersSaved.ts); and what it brought back
   * that another computer had deleted.
   */
  kept: z.array(z.string()).default([]),
  warnings: z.array(z.string()),
});
export type RestoreResult = z.infer<typeof restoreResultSchema>;
