// The hand-written entry check must be entrySchema in everything but speed: the same verdict on any value, valid or
// a near miss, and the same stored value (fields, key order, dropped unknown keys), or a file would load differently.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entrySchema } from '../../../shared/model';
import { entryShardDocumentSchema, parseDocument } from '../../../electron/storage/documents';
import { checkEntry, checkEntryShard, parseEntry } from '../../../electron/storage/entryCheck';

const MAX_INSTANT = 8.64e15;

// One UTF-16 unit each, so a string's length is exactly what was asked for; the limits themselves are drawn often.
const unit = fc.constantFrom('a', 'é', ' ', '\u0000');
const text = (min: number, max: number) =>
  fc.oneof(fc.string({ minLength: min, maxLength: max, unit }), fc.constant('x'.repeat(max)), fc.constant('x'.repeat(min)));
const over = (max: number) => fc.oneof(fc.constant('x'.repeat(max + 1)), fc.string({ minLength: max + 1, maxLength: max + 3, unit }));
/**
 * Around a limit in characters outside the BMP (two UTF-16 units, one code point: zod counts code points) and lone
 * surrogates (one unit, one code point), so a length in units and one in code points fall on both sides of it.
 */
const pairs = (max: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: max + 1 }), fc.constantFrom('😀', '\ud83d', '\ude00', 'a'), fc.integer({ min: max - 2, max: max + 1 }))
    .map(([at, odd, total]) => {
      const body = '😀'.repeat(Math.max(0, total - 1));
      return body.slice(0, at) + odd + body.slice(at);
    });
const instant = fc.oneof(fc.constantFrom(0, 1, MAX_INSTANT, Date.UTC(2026, 2, 29)), fc.integer({ min: 0, max: 2 ** 31 }), fc.double({ min: 0, max: MAX_INSTANT }).map(Math.floor));

const validEntry = fc
  .record(
    {
      id: text(1, 64),
      categoryId: text(1, 64),
      start: instant,
      end: instant,
      note: text(0, 2000),
      tags: fc.array(text(0, 100), { maxLength: 50 }),
      source: text(0, 40),
      overrideReason: fc.option(text(0, 500), { nil: undefined }),
      // Keys the schema does not know: dropped from the value.
      color: fc.anything(),
      __extra: fc.string(),
    },
    { requiredKeys: ['id', 'categoryId', 'start', 'end', 'note', 'tags', 'source'] },
  )
  .map((entry): Record<string, unknown> => entry);

/** A value one step past a limit or of the wrong type, for each field in turn. */
const wrongValue: Record<string, fc.Arbitrary<unknown>> = {
  id: fc.oneof(fc.constant(''), over(64), fc.integer(), fc.constant(null)),
  categoryId: fc.oneof(fc.constant(''), over(64), fc.constant(['a'])),
  start: fc.oneof(fc.constantFrom(-1, 0.5, MAX_INSTANT + 1, Number.NaN, Infinity, -Infinity, '5', null), fc.double({ min: 0, max: 1e6, noInteger: true })),
  end: fc.constantFrom(-0.5, 1e16, Number.NaN, Infinity, 5n, true),
  note: fc.oneof(over(2000), fc.constant(5)),
  tags: fc.oneof(
    fc.array(text(0, 3), { minLength: 51, maxLength: 52 }),
    fc.tuple(over(100)),
    fc.tuple(fc.constant('ok'), fc.oneof(fc.integer(), fc.constant(null), fc.constant(undefined))),
    fc.constant('a,b'),
    fc.constant({ 0: 'a', length: 1 }),
  ),
  source: fc.oneof(over(40), fc.constant(undefined)),
  overrideReason: fc.oneof(over(500), fc.constant(null), fc.integer()),
};
const FIELDS = Object.keys(wrongValue);

const nearMissEntry = fc.oneof(
  fc
    .tuple(validEntry, fc.constantFrom(...FIELDS), fc.boolean())
    .chain(([entry, field, drop]) =>
      drop && field !== 'overrideReason'
        ? fc.constant(Object.fromEntries(Object.entries(entry).filter(([key]) => key !== field)))
        : wrongValue[field]!.map((bad) => ({ ...entry, [field]: bad })),
    ),
  fc.constantFrom<unknown>(null, undefined, 'entry', 7, [], [1]),
);

const LIMITS = { id: 64, categoryId: 64, note: 2000, source: 40, overrideReason: 500 } as const;
/** A string field at its limit counted in UTF-16 units: valid or not, depending on the draw. */
const boundaryEntry = fc
  .tuple(validEntry, fc.constantFrom(...(Object.keys(LIMITS) as Array<keyof typeof LIMITS>)))
  .chain(([entry, field]) => pairs(LIMITS[field]).map((value) => ({ ...entry, [field]: value })));

const anyEntry = fc.oneof(validEntry, nearMissEntry, boundaryEntry);

/** Same value, and the same keys in the same order (the order the file is written in). */
function expectSameValue(fast: unknown, zod: unknown): void {
  expect(fast).toStrictEqual(zod);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(zod));
  expect(Object.keys(fast as object)).toEqual(Object.keys(zod as object));
}

describe('the hand-written entry check', () => {
  it('accepts exactly the entries entrySchema accepts, giving the same value', () => {
    fc.assert(
      fc.property(anyEntry, (value) => {
        const fast = checkEntry(value);
        const zod = entrySchema.safeParse(value);
        expect(fast !== undefined).toBe(zod.success);
        if (zod.success) expectSameValue(fast, zod.data);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses every near miss, one field past its limit, and says why in zod\'s words', () => {
    fc.assert(
      fc.property(nearMissEntry, (value) => {
        expect(checkEntry(value)).toBeUndefined();
        const parsed = parseEntry(value);
        expect(parsed.success).toBe(false);
        if (!parsed.success) expect(parsed.error.issues).toEqual(entrySchema.safeParse(value).error?.issues);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps an optional reason present as undefined, as zod does, and drops it when absent', () => {
    const base = { id: 'e1', categoryId: 'work', start: 0, end: 60_000, note: '', tags: [], source: 'manual' };
    expect(checkEntry({ ...base, overrideReason: undefined })).toHaveProperty('overrideReason', undefined);
    expect(checkEntry(base)).not.toHaveProperty('overrideReason');
  });

  it('gives a fresh copy: changing the given entry afterwards changes nothing stored', () => {
    const tags = ['deep'];
    const given = { id: 'e1', categoryId: 'work', start: 0, end: 60_000, note: '', tags, source: 'manual' };
    const checked = checkEntry(given)!;
    tags.push('later');
    given.note = 'changed';
    expect(checked).toEqual({ ...given, note: '', tags: ['deep'] });
  });
});

describe('the hand-written entry month file check', () => {
  const shardLike = fc.record(
    {
      dataVersion: fc.oneof(fc.constant(1), fc.constantFrom(0, 2, '1', null, 1.5)),
      entries: fc.oneof(fc.array(validEntry, { maxLength: 5 }), fc.array(anyEntry, { maxLength: 5 }), fc.constant({})),
      extra: fc.anything(),
    },
    { requiredKeys: [] },
  );

  it('accepts exactly the files entryShardDocumentSchema accepts, giving the same value', () => {
    fc.assert(
      fc.property(shardLike, (value) => {
        const fast = checkEntryShard(value);
        const zod = entryShardDocumentSchema.safeParse(value);
        expect(fast !== undefined).toBe(zod.success);
        if (zod.success) {
          expectSameValue(fast, zod.data);
          fast!.entries.forEach((entry, i) => expectSameValue(entry, zod.data.entries[i]));
        }
        const viaDocuments = parseDocument('entries', value);
        expect(viaDocuments.success).toBe(zod.success);
        if (!viaDocuments.success) expect(viaDocuments.error.issues).toEqual(zod.error?.issues);
      }),
      { numRuns: 1500 },
    );
  });
});
