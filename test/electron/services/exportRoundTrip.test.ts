import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AREAS, type Category, type Entry } from '../../../shared/model';
import { testHostsCleanedAfterEach, type TestHost } from '../../support/testHost';
import { entriesByName } from './importFixtures';

// Characters exports trip over: delimiters, quotes, line breaks, formula starts, brackets, non-ASCII and emoji.
const tricky = fc.constantFrom('a', 'Z', '7', ' ', ',', ';', '"', "'", '\n', '\r', '\t', '=', '+', '-', '@', '\\', '[', ']', '{', 'é', '\u00a0', '😀');
const text = (maxLength: number) => fc.string({ unit: fc.oneof(tricky, fc.string({ minLength: 1, maxLength: 1 })), maxLength });
const SEEDED = ['work', 'fitness', 'family'];

const categoriesArb = fc
  .uniqueArray(
    text(20)
      .map((s) => s.trim())
      .filter((s) => s.length > 0 && !SEEDED.includes(s.toLocaleLowerCase())),
    { minLength: 1, maxLength: 4, selector: (s) => s.toLocaleLowerCase() },
  )
  .chain((names) => fc.tuple(fc.constant(names), fc.array(fc.constantFrom(...AREAS), { minLength: names.length, maxLength: names.length })))
  .map(([names, areas]): Category[] => names.map((name, i) => ({ id: `c-${i}`, name, area: areas[i]!, color: '#123456', archived: false })));

/** Entries one after another (lengths from zero to a few hours, to the millisecond), never overlapping. */
const entriesArb = (categoryIds: string[]) =>
  fc
    .array(
      fc.record({
        gap: fc.integer({ min: 0, max: 3 * 86_400_000 }),
        length: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5 * 3_600_000 })),
        categoryId: fc.constantFrom(...categoryIds),
        note: text(40),
        tags: fc.array(text(8), { maxLength: 3 }),
        source: fc.constantFrom('timer', 'manual', 'import:toggl', '=odd source'),
        overrideReason: fc.option(text(20).filter((s) => s.trim().length > 0), { nil: undefined }),
      }),
      { maxLength: 12 },
    )
    .map((rows) => {
      let t = Date.UTC(2024, 0, 1) + 123;
      return rows.map((r, i): Entry => {
        const start = t + r.gap;
        t = start + r.length;
        const { gap: _gap, length: _length, overrideReason, ...rest } = r;
        return { id: `entry-${i}-${r.note.slice(0, 4)}`, start, end: t, ...rest, ...(overrideReason !== undefined ? { overrideReason } : {}) };
      });
    });

const dataArb = categoriesArb.chain((categories) =>
  fc.record({
    categories: fc.constant(categories),
    entries: entriesArb(['work', 'fitness', 'family', ...categories.map((c) => c.id)]),
    timeZone: fc.constantFrom('Europe/Berlin', 'America/New_York', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Chatham', 'UTC'),
  }),
);

describe('export and import round trips', () => {
  const host = testHostsCleanedAfterEach();

  for (const format of ['csv', 'json'] as const) {
    it(`a ${format.toUpperCase()} export imported into an empty data folder gives back the same entries, in the same categories and areas`, async () => {
      await fc.assert(
        fc.asyncProperty(dataArb, async ({ categories, entries, timeZone }) => {
          const source = host({ timeZone });
          source.app.store.setCategories([...source.app.store.getCategories(), ...categories]);
          source.app.store.applyEntries({ put: entries });
          const file = await source.call('export.data', { format });

          const target = host();
          const result = await target.call('import.apply', { text: file.content });
          expect(result).toMatchObject({ imported: entries.length, skipped: 0, duplicates: 0, problems: [] });
          const areaOf = (h: TestHost) => new Map(h.app.store.getCategories().map((c) => [c.name, c.area]));
          const withArea = (h: TestHost) => entriesByName(h).map((e) => ({ ...e, area: areaOf(h).get(e.category) }));
          expect(withArea(target)).toEqual(withArea(source));
          host.cleanup();
        }),
        { numRuns: Number(process.env.ROUNDTRIP_RUNS ?? 30) },
      );
    }, 30_000);
  }
});
