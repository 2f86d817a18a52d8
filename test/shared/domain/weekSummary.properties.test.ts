// Invariants of the week summary over random entries, zones and week starts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Entry, WeekSummary } from '../../../shared/model';
import { weekRange, weekSummary } from '../../../shared/domain/weekSummary';
import { DAY, MINUTE } from '../../../shared/domain/time';
import { CATEGORIES, settings } from './helpers';

const ZONES = ['America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Auckland'] as const;
const CATEGORY_IDS = [...CATEGORIES.map((c) => c.id), 'deleted'];
// Around the DST changes of 2024–2030 and anywhere between.
const weekAt = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 11, 20) });
const config = fc.record({ zone: fc.constantFrom(...ZONES), weekStartsOn: fc.constantFrom(0 as const, 1 as const, 6 as const), at: weekAt });

/** Entries near `at` (from two days before its week to two after), on whole minutes, up to two days long. */
const entriesNear = (at: number) =>
  fc.array(
    fc.record({
      offset: fc.integer({ min: -9 * 24 * 60, max: 9 * 24 * 60 }),
      length: fc.oneof(fc.integer({ min: 0, max: 4 * 60 }), fc.integer({ min: 0, max: 2 * 24 * 60 })),
      categoryId: fc.constantFrom(...CATEGORY_IDS),
    }),
    { maxLength: 25 },
  ).map((raw) =>
    raw.map((r, i): Entry => {
      const start = Math.floor(at / MINUTE) * MINUTE + r.offset * MINUTE;
      return { id: `p${i}`, categoryId: r.categoryId, start, end: start + r.length * MINUTE, note: '', tags: [], source: 'manual' };
    }),
  );

const scenario = config.chain((c) => entriesNear(c.at).map((entries) => ({ ...c, entries })));

function summarize(c: { zone: string; weekStartsOn: 0 | 1 | 6; at: number }, entries: readonly Entry[], now = c.at + 30 * DAY): WeekSummary {
  return weekSummary({ entries, categories: CATEGORIES, settings: settings(c.zone, { weekStartsOn: c.weekStartsOn, dailyCapMinutes: 6 * 60 }), timer: null, now, at: c.at });
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1e-6);

describe('week summary invariants', () => {
  it('the week total equals the sum of its days, for every area, category and work figure', () => {
    fc.assert(
      fc.property(scenario, (c) => {
        const s = summarize(c, c.entries);
        for (const area of ['work', 'fitness', 'family'] as const) close(s.minutes[area], sum(s.days.map((d) => d.minutes[area])));
        for (const [id, minutes] of Object.entries(s.byCategory)) close(minutes, sum(s.days.map((d) => d.byCategory[id] ?? 0)));
        close(s.offHoursWorkMinutes, sum(s.days.map((d) => d.offHoursWorkMinutes)));
        close(s.signals.lateWorkMinutes, sum(s.days.map((d) => d.lateWorkMinutes)));
        close(s.inWindowWorkMinutes + s.offHoursWorkMinutes, s.minutes.work);
        close(sum(Object.values(s.byCategory)), s.minutes.work + s.minutes.fitness + s.minutes.family);
        // Days tile the week, and the week is the seven days around `at`.
        s.days.forEach((d, i) => i > 0 && expect(d.start).toBe(s.days[i - 1]!.end));
        expect(s.start).toBeLessThanOrEqual(c.at);
        expect(c.at).toBeLessThan(s.end);
      }),
      { numRuns: 150 },
    );
  });

  it('a summary does not depend on the order of the entries', () => {
    fc.assert(
      fc.property(
        scenario.chain((c) => fc.shuffledSubarray(c.entries, { minLength: c.entries.length, maxLength: c.entries.length }).map((shuffled) => ({ ...c, shuffled }))),
        (c) => {
          expect(summarize(c, c.shuffled)).toEqual(summarize(c, c.entries));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('splitting an entry at any minute changes no figure', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), fc.float({ min: 0, max: 1, noNaN: true }), (c, pick, where) => {
        fc.pre(c.entries.length > 0);
        const i = pick % c.entries.length;
        const e = c.entries[i]!;
        const cut = e.start + Math.floor(((e.end - e.start) / MINUTE) * where) * MINUTE;
        const split = [...c.entries.slice(0, i), { ...e, end: cut }, { ...e, id: `${e.id}b`, start: cut }, ...c.entries.slice(i + 1)];
        const a = summarize(c, c.entries);
        const b = summarize(c, split);
        expect(b.minutes).toEqual(a.minutes);
        expect(b.days.map((d) => [d.minutes, d.offHoursWorkMinutes, d.lateWorkMinutes])).toEqual(a.days.map((d) => [d.minutes, d.offHoursWorkMinutes, d.lateWorkMinutes]));
      }),
      { numRuns: 100 },
    );
  });

  it('splitting across days and weeks preserves an entry’s whole duration', () => {
    fc.assert(
      fc.property(config, fc.integer({ min: 0, max: 10 * 24 * 60 }), fc.integer({ min: 0, max: 14 * 24 * 60 }), (c, offset, length) => {
        const s0 = summarize(c, []);
        const start = s0.start + offset * MINUTE;
        const e: Entry = { id: 'long', categoryId: 'family', start, end: start + length * MINUTE, note: '', tags: [], source: 'manual' };
        const range = weekRange({
          entries: [e],
          categories: CATEGORIES,
          settings: settings(c.zone, { weekStartsOn: c.weekStartsOn }),
          timer: null,
          now: c.at + 60 * DAY,
          // The middle of the fourth week from s0's: \`c.at\` itself may sit within an hour of a week's start, and 21
          // days of 24 hours from it cross into another week when a clock change falls between (Berlin, March 2029).
          at: s0.start + 21 * DAY + 3.5 * DAY,
          weeks: 4,
        });
        expect(range.weeks[0]!.start).toBe(s0.start);
        close(sum(range.weeks.map((w) => w.minutes.family)), length);
        close(sum(range.weeks.flatMap((w) => w.days.map((d) => d.minutes.family))), length);
      }),
      // The case a CI run found: Friday 23:00 in Berlin, weeks from Saturday, the clocks going forward that Sunday.
      { numRuns: 100, examples: [[{ zone: 'Europe/Berlin', weekStartsOn: 6, at: Date.UTC(2029, 2, 23, 22) }, 0, 0]] },
    );
  });

  it('a whole local day of time counts the day’s own length, 23 to 25 hours, in every zone', () => {
    fc.assert(
      fc.property(config, fc.integer({ min: 0, max: 6 }), (c, i) => {
        const day = summarize(c, []).days[i]!;
        const s = summarize(c, [{ id: 'd', categoryId: 'fitness', start: day.start, end: day.end, note: '', tags: [], source: 'manual' }]);
        expect(s.days[i]!.minutes.fitness).toBe((day.end - day.start) / MINUTE);
        expect([23 * 60, 23.5 * 60, 24 * 60, 24.5 * 60, 25 * 60]).toContain(s.minutes.fitness);
      }),
      { numRuns: 150 },
    );
  });

  it('a running timer counts exactly as an entry that ends now would', () => {
    fc.assert(
      fc.property(config, fc.integer({ min: 0, max: 7 * 24 * 60 }), fc.integer({ min: 1, max: 3 * 24 * 60 }), fc.constantFrom(...CATEGORY_IDS), (c, offset, length, categoryId) => {
        const s0 = summarize(c, []);
        const start = s0.start + offset * MINUTE;
        const now = start + length * MINUTE;
        const base = { categories: CATEGORIES, settings: settings(c.zone, { weekStartsOn: c.weekStartsOn }), now, at: c.at };
        const running = weekSummary({ ...base, entries: [], timer: { id: 't', categoryId, start, note: '' } });
        const stopped = weekSummary({ ...base, entries: [{ id: 't', categoryId, start, end: now, note: '', tags: [], source: 'timer' }], timer: null });
        expect({ ...running, capReachedAt: null, dailyCapReachedAt: null }).toEqual({ ...stopped, capReachedAt: null, dailyCapReachedAt: null });
      }),
      { numRuns: 100 },
    );
  });
});
