// The files in the data folder, and the zod schema each one must pass when it is loaded or before it is written.
// Every file carries `dataVersion` so a layout change is a migration, never a guess.
import { z } from 'zod';
import {
  categorySchema,
  checkInSchema,
  entrySchema,
  nudgeRecordSchema,
  presenceSchema,
  runningTimerSchema,
  settingsSchema,
  snoozeSchema,
  unlockSchema,
} from '../../shared/model';
import { timeboxSchema } from '../../shared/planModel';
import { checkEntryShard, parseWith } from './entryCheck';
import { CURRENT_DATA_VERSION } from './migrations';
import { MONTH_KEY } from './documentNames';

export { backupName, DOCUMENT_NAMES, MONTH_KEY } from './documentNames';

const dataVersion = z.literal(CURRENT_DATA_VERSION);

export const settingsDocumentSchema = z.object({ dataVersion, settings: settingsSchema, categories: z.array(categorySchema) });
export const timerDocumentSchema = z.object({ dataVersion, timer: runningTimerSchema.nullable() });
export const nudgesDocumentSchema = z.object({
  dataVersion,
  log: z.array(nudgeRecordSchema),
  snoozes: z.array(snoozeSchema),
  unlocks: z.array(unlockSchema),
});
export const checkInsDocumentSchema = z.object({ dataVersion, checkIns: z.array(checkInSchema) });
/** Its own small file: the heartbeat is written once a minute while a timer runs, and should rewrite nothing else. */
export const presenceDocumentSchema = presenceSchema.extend({ dataVersion });
/** The plan: one-off and weekly timeboxes. Its own file, so planning never rewrites settings or entries. */
export const timeboxesDocumentSchema = z.object({ dataVersion, timeboxes: z.array(timeboxSchema) });
export const entryShardDocumentSchema = z.object({ dataVersion, entries: z.array(entrySchema) });
/** The full new contents of every shard one change touches, written before any of them (see entryShards.ts). */
export const entryJournalDocumentSchema = z.object({ dataVersion, shards: z.record(z.string().regex(MONTH_KEY), z.array(entrySchema)) });

/** The kinds a whole-data change (see dataJournal.ts) can carry: every document but the two journals. */
export const JOURNALED_KINDS = ['settings', 'timer', 'nudges', 'checkins', 'presence', 'timeboxes', 'entries'] as const;
/**
 * The full new contents of every document one whole-data change (a restore) touches, written before any of them.
 * Each document is kept as it would be stored, with its own `dataVersion`, and checked against its own kind's
 * schema (and migrations) when read back, so a field added to any document rides along without a change here.
 */
export const dataJournalDocumentSchema = z.object({
  dataVersion,
  documents: z.array(z.object({ name: z.string(), kind: z.enum(JOURNALED_KINDS), doc: z.record(z.string(), z.unknown()) })),
});

export const DOCUMENT_SCHEMAS = {
  settings: settingsDocumentSchema,
  timer: timerDocumentSchema,
  nudges: nudgesDocumentSchema,
  checkins: checkInsDocumentSchema,
  presence: presenceDocumentSchema,
  timeboxes: timeboxesDocumentSchema,
  entries: entryShardDocumentSchema,
  journal: entryJournalDocumentSchema,
  dataJournal: dataJournalDocumentSchema,
} as const;

export type DocumentKind = keyof typeof DOCUMENT_SCHEMAS;
export type DocumentOf<K extends DocumentKind> = z.infer<(typeof DOCUMENT_SCHEMAS)[K]>;

/**
 * `DOCUMENT_SCHEMAS[kind].safeParse(value)`. Entry month files, the bulk of the data, take the hand-written check of
 * entryCheck.ts (same verdict, same value, zod's issues on a refusal): they are checked at every open and write.
 */
export function parseDocument<K extends DocumentKind>(kind: K, value: unknown): z.ZodSafeParseResult<DocumentOf<K>> {
  if (kind === 'entries') return parseWith(checkEntryShard, entryShardDocumentSchema, value) as z.ZodSafeParseResult<DocumentOf<K>>;
  return DOCUMENT_SCHEMAS[kind].safeParse(value) as z.ZodSafeParseResult<DocumentOf<K>>;
}

/** How the notices name a file's contents, and what starting that file over from its defaults means. */
export function describeDocument(kind: DocumentKind, name: string): { what: string; reset: string } {
  switch (kind) {
    case 'settings':
      return { what: 'your settings and categories', reset: 'Your settings and categories are back to the defaults.' };
    case 'timer':
      return { what: 'the running timer', reset: 'No timer is running.' };
    case 'nudges':
      return { what: 'the nudge history, snoozes and unlocks', reset: 'The nudge history, snoozes and unlocks start empty.' };
    case 'checkins':
      return { what: 'your weekly check-ins', reset: 'The check-in history starts empty.' };
    case 'presence':
      return { what: 'the running timer\'s heartbeat and any open question about time away', reset: 'No question about time away is open.' };
    case 'timeboxes':
      return { what: 'your plan (timeboxes)', reset: 'The plan starts empty; the moved files still hold your timeboxes.' };
    case 'entries': {
      const month = name.slice('entries-'.length);
      return {
        what: `your entries starting in ${month} (UTC)`,
        reset: `Entries starting in ${month} (UTC) are missing until that file is repaired; the moved files still hold them.`,
      };
    }
    case 'journal':
      return { what: 'the last change to your entries', reset: 'That change may be missing.' };
    case 'dataJournal':
      return { what: 'the last restore of your data', reset: 'That restore may be missing or only partly there.' };
  }
}
