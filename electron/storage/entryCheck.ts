// A hand-written check for stored entries and entry month files, run on every entry at every open and every write.
// zod's safeParse of 25,000 entries was most of the cost of opening a data folder; this does the same work without
// zod's per-value bookkeeping. `entrySchema` (shared/model.ts) stays the one definition: this must accept exactly
// what it accepts and give the same value (test/electron/storage/entryCheck.property.test.ts holds it to that), and
// on a refusal zod runs again so the person reads zod's own description of what is wrong.
import type { z } from 'zod';
import { entrySchema, type Entry } from '../../shared/model';
import { CURRENT_DATA_VERSION } from './migrations';
import { isId, isInstant, isRecord, isText } from './valueChecks';

// The limits of entrySchema (those of instantSchema and idSchema are in valueChecks.ts).
const MAX_NOTE = 2000;
const MAX_TAGS = 50;
const MAX_TAG = 100;
const MAX_SOURCE = 40;
const MAX_OVERRIDE_REASON = 500;

/** The entry as entrySchema would output it (a fresh object, unknown keys dropped), or undefined when it refuses it. */
export function checkEntry(value: unknown): Entry | undefined {
  if (!isRecord(value)) return undefined;
  const { id, categoryId, start, end, note, tags, source, overrideReason } = value;
  if (!isId(id) || !isId(categoryId) || !isInstant(start) || !isInstant(end)) return undefined;
  if (!isText(note, MAX_NOTE) || !isText(source, MAX_SOURCE)) return undefined;
  if (!Array.isArray(tags) || tags.length > MAX_TAGS) return undefined;
  const tagsCopy: string[] = new Array<string>(tags.length);
  for (let i = 0; i < tags.length; i++) {
    const tag: unknown = tags[i];
    if (!isText(tag, MAX_TAG)) return undefined;
    tagsCopy[i] = tag;
  }
  const entry: Entry = { id, categoryId, start, end, note, tags: tagsCopy, source };
  if (overrideReason !== undefined) {
    if (!isText(overrideReason, MAX_OVERRIDE_REASON)) return undefined;
    entry.overrideReason = overrideReason;
  } else if ('overrideReason' in value) {
    // zod keeps an optional key that is present with the value undefined; so must we, for the same value.
    entry.overrideReason = undefined;
  }
  return entry;
}

export type EntryShardDocument = { dataVersion: typeof CURRENT_DATA_VERSION; entries: Entry[] };

/** An entry month file's contents as entryShardDocumentSchema would output them, or undefined when it refuses them. */
export function checkEntryShard(value: unknown): EntryShardDocument | undefined {
  if (!isRecord(value) || value.dataVersion !== CURRENT_DATA_VERSION || !Array.isArray(value.entries)) return undefined;
  const given: unknown[] = value.entries;
  const entries: Entry[] = new Array<Entry>(given.length);
  for (let i = 0; i < given.length; i++) {
    const entry = checkEntry(given[i]);
    if (entry === undefined) return undefined;
    entries[i] = entry;
  }
  return { dataVersion: CURRENT_DATA_VERSION, entries };
}

/** safeParse's answer, taken from the fast check when it accepts, and from the schema (for its issues) when not. */
export function parseWith<T>(check: (value: unknown) => T | undefined, schema: z.ZodType, value: unknown): z.ZodSafeParseResult<T> {
  const checked = check(value);
  if (checked !== undefined) return { success: true, data: checked };
  return schema.safeParse(value) as z.ZodSafeParseResult<T>;
}

/** entrySchema.safeParse, fast. */
export function parseEntry(value: unknown): z.ZodSafeParseResult<Entry> {
  return parseWith(checkEntry, entrySchema, value);
}
