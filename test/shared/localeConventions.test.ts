import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conventionClock, conventionNumber, readLocaleConventions, type NumberOptions } from '../../shared/localeConventions';
import { localeConventionsSchema } from '../../shared/conventionsModel';
import { DAY, offsetMinutes } from '../../shared/domain/time';

// Latin, Arabic, Persian, Bengali, Devanagari and Burmese digits; grouping by 3, by 3 then 2 (India), from 5 digits
// (Spanish, Polish); minus signs with direction marks; 12-hour clocks with the day period first (Korean, Chinese),
// last, or in other scripts; 24-hour clocks with and without a leading zero.
const LOCALES = [
  'en-US', 'en-GB', 'en-IN', 'de-DE', 'de-CH', 'fr-FR', 'fr-CA', 'ja-JP', 'ar-EG', 'ar-SA', 'hi-IN', 'fa-IR', 'zh-CN', 'zh-TW',
  'ko-KR', 'es-MX', 'es-ES', 'pl-PL', 'pt-BR', 'ru-RU', 'sv-SE', 'nb-NO', 'he-IL', 'bn-BD', 'mr-IN', 'ne-NP', 'my-MM', 'th-TH',
  'tr-TR', 'it-IT', 'nl-NL', 'fi-FI', 'cs-CZ', 'uk-UA', 'el-GR', 'vi-VN', 'ur-PK', 'en', 'de',
];
const NOW = Date.UTC(2026, 2, 25, 10);
const conventionsOf = new Map(LOCALES.map((locale) => [locale, readLocaleConventions(locale, 'Europe/Berlin', NOW)!]));

// Every form the window writes through formatNumber: Intl's default, hours, cell hours, whole numbers, h:mm:ss parts.
const OPTIONS: NumberOptions[] = [
  {},
  { maximumFractionDigits: 1 },
  { maximumFractionDigits: 2, useGrouping: false },
  { useGrouping: false },
  { minimumIntegerDigits: 2, useGrouping: false },
  { maximumFractionDigits: 0 },
];
const VALUES = [
  0, -0, 0.05, 0.04, 0.15, 0.25, 0.35, 1.005, 1, 9.95, 99.95, 999.95, 1234.56, 12345.678, 123456.7, 1234567.891, 98765432.1,
  -1.5, -1234.56, -0.04, 1e21, 1.5e-7, 2100 / 60, 1290 / 60, 37.5, 0.999, 999999.9996, 168, 1000, 10000, 100000,
];

describe('a locale’s conventions write what Intl writes', () => {
  it('every conventions read passes the contract’s schema', () => {
    for (const conventions of conventionsOf.values()) expect(localeConventionsSchema.safeParse(conventions).success).toBe(true);
  });

  it.each(LOCALES)('%s: numbers in every form the window uses, including 0, halves, grouping and negatives', (locale) => {
    const { numbers } = conventionsOf.get(locale)!;
    for (const options of OPTIONS) {
      const written = VALUES.map((value) => conventionNumber(numbers, value, options));
      expect(written).toEqual(VALUES.map((value) => new Intl.NumberFormat(locale, options).format(value)));
    }
  });

  it.each(LOCALES)('%s: every minute of the day on the locale’s own clock', (locale) => {
    const conventions = conventionsOf.get(locale)!;
    const intl = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC', hourCycle: conventions.hourCycle });
    expect(conventions.hourCycle).toBe(new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle);
    const minutes = Array.from({ length: 24 * 60 }, (_, i) => [Math.floor(i / 60), i % 60] as const);
    expect(minutes.map(([h, m]) => conventionClock(conventions.clock, h, m))).toEqual(minutes.map(([h, m]) => intl.format(Date.UTC(2000, 0, 3, h, m))));
  });

  it('any finite number, any of the forms, in a sample of locales', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.constantFrom(...OPTIONS),
        fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ min: -1e7, max: 1e7, noNaN: true }), fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000)),
        (locale, options, value) => {
          expect(conventionNumber(conventionsOf.get(locale)!.numbers, value, options)).toBe(new Intl.NumberFormat(locale, options).format(value));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('leaves NaN and the infinities to Intl', () => {
    const { numbers } = conventionsOf.get('en-US')!;
    expect([NaN, Infinity, -Infinity].map((value) => conventionNumber(numbers, value))).toEqual([null, null, null]);
  });

  it('carries the zone’s offsets for at least a week either side of now, as the domain finds them', () => {
    const { offsets } = readLocaleConventions('en-US', 'America/New_York', Date.UTC(2026, 2, 5))!;
    expect(Object.keys(offsets)).toEqual(['America/New_York']);
    // The clocks go forward on 8 March 2026 in New York: the table says when.
    const tables = Object.values(offsets['America/New_York']!);
    const lookup = (t: number) => {
      const table = tables.find((one) => one.from[0]! <= t && t < one.from[0]! + 52 * 7 * DAY)!;
      return table.offset[table.from.findLastIndex((from) => from <= t)];
    };
    for (let t = Date.UTC(2026, 2, 5) - 8 * DAY; t <= Date.UTC(2026, 2, 5) + 8 * DAY; t += 3_600_000) expect(lookup(t)).toBe(offsetMinutes(t, 'America/New_York'));
  });

  it('a tag that is no language tag is refused as Intl refuses it', () => {
    expect(() => readLocaleConventions('en_US!', 'UTC', NOW)).toThrow(RangeError);
  });
});
