import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { tzOffset } from '@date-fns/tz';
import {
  DAY,
  HOUR,
  MINUTE,
  addDays,
  dayBounds,
  formatDate,
  fromLocal,
  isoWeek,
  offsetMinutes,
  parseDate,
  parseWeek,
  toLocal,
  weekContaining,
  weekFromStartDate,
  weekLabel,
  weekStartDate,
  type CalendarDate,
  type WeekStart,
} from '../../../shared/domain/time';
import type * as TimeModule from '../../../shared/domain/time';
import oracle from './fixtures/dst-oracle.json';
import { t } from './helpers';

const ZONES = ['America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Auckland'] as const;
const WEEK_STARTS: readonly WeekStart[] = [1, 0, 6];
const WEEK_START_NAME = { 1: 'monday', 0: 'sunday', 6: 'saturday' } as const;

const date = (text: string): CalendarDate => parseDate(text)!;

/** Dates 1990–2060, the range people will log in. */
const calendarDate = fc
  .integer({ min: Date.UTC(1990, 0, 1) / DAY, max: Date.UTC(2060, 11, 31) / DAY })
  .map((days): CalendarDate => {
    const d = new Date(days * DAY);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  });
const zone = fc.constantFrom(...ZONES);
const weekStart = fc.constantFrom(...WEEK_STARTS);
const instant = fc.integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2055, 0, 1) });

describe('against the zoneinfo oracle (scripts/oracle/make-dst-fixture.py)', () => {
  for (const [timeZone, fixture] of Object.entries(oracle.zones)) {
    it(`${timeZone}: each local day around a DST change starts at the oracle's midnight and lasts as long`, () => {
      for (const day of fixture.days) {
        const { start, end } = dayBounds(date(day.date), timeZone);
        expect({ date: day.date, start, lengthMinutes: (end - start) / MINUTE }).toEqual({
          date: day.date,
          start: day.start,
          lengthMinutes: day.lengthMinutes,
        });
      }
    });

    it(`${timeZone}: wall-clock times in gaps move forward by the gap, in overlaps take the earlier instant`, () => {
      for (const w of fixture.wallTimes) {
        expect({ ...w, instant: fromLocal(date(w.date), w.hour, w.minute, timeZone) }).toEqual(w);
      }
    });

    it(`${timeZone}: weeks around each change start and end at the oracle's midnights, labelled as ISO weeks`, () => {
      for (const w of fixture.weeks) {
        const noon = t(timeZone, `${w.date} 12:00`);
        for (const ws of WEEK_STARTS) {
          const expected = w.weeks[WEEK_START_NAME[ws]];
          const week = weekContaining(noon, timeZone, ws);
          expect({ first: week.days[0]!.date, start: week.start, end: week.end }).toEqual({
            first: expected.firstDate,
            start: expected.start,
            end: expected.end,
          });
        }
        expect(isoWeek(date(w.date))).toEqual({ year: Number(w.isoWeek.slice(0, 4)), week: Number(w.isoWeek.slice(6)) });
      }
    });
  }

  it('covers every DST change 2024–2030 in the four zones that have DST (two a year)', () => {
    for (const name of ['America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'Pacific/Auckland'] as const) {
      expect(oracle.zones[name].changes).toHaveLength(14);
    }
    expect(oracle.zones['Asia/Kolkata'].changes).toHaveLength(0);
  });
});

describe('local days', () => {
  it.each([
    ['America/New_York', '2026-03-08', 23 * 60],
    ['America/New_York', '2026-11-01', 25 * 60],
    ['America/New_York', '2026-06-15', 24 * 60],
    ['Europe/Berlin', '2026-03-29', 23 * 60],
    ['Europe/Berlin', '2026-10-25', 25 * 60],
    ['Australia/Lord_Howe', '2026-04-05', 24.5 * 60],
    ['Australia/Lord_Howe', '2026-10-04', 23.5 * 60],
    ['Pacific/Auckland', '2026-09-27', 23 * 60],
    ['Pacific/Auckland', '2026-04-05', 25 * 60],
    ['Asia/Kolkata', '2026-03-08', 24 * 60],
  ])('a day is as long as the clock says: %s %s lasts %d minutes', (timeZone, day, minutes) => {
    const { start, end } = dayBounds(date(day), timeZone);
    expect((end - start) / MINUTE).toBe(minutes);
  });

  it('the days of a week are consecutive and the week is their sum, in every zone and week start', () => {
    fc.assert(
      fc.property(calendarDate, zone, weekStart, (first, timeZone, ws) => {
        const week = weekFromStartDate(first, timeZone, ws);
        week.days.forEach((day, i) => {
          if (i > 0) expect(day.start).toBe(week.days[i - 1]!.end);
          expect([23, 23.5, 24, 24.5, 25]).toContain((day.end - day.start) / HOUR);
        });
        expect(week.end - week.start).toBe(week.days.reduce((sum, d) => sum + (d.end - d.start), 0));
      }),
      { numRuns: 300 },
    );
  });

  it('an instant belongs to the local day whose bounds hold it', () => {
    fc.assert(
      fc.property(instant, zone, (at, timeZone) => {
        const local = toLocal(at, timeZone);
        const { start, end } = dayBounds(local, timeZone);
        expect(start).toBeLessThanOrEqual(at);
        expect(at).toBeLessThan(end);
      }),
      { numRuns: 500 },
    );
  });
});

describe('wall-clock times', () => {
  it.each([
    ['America/New_York', '2026-03-08', 2, 30, '2026-03-08T07:30:00.000Z', 'a time in the spring gap moves forward by the gap (02:30 → 03:30 EDT)'],
    ['America/New_York', '2026-11-01', 1, 30, '2026-11-01T05:30:00.000Z', 'a time in the autumn overlap takes the earlier instant (01:30 EDT)'],
    ['Europe/Berlin', '2026-03-29', 2, 15, '2026-03-29T01:15:00.000Z', 'Berlin 02:15 on the spring night is 03:15 CEST'],
    ['Europe/Berlin', '2026-10-25', 2, 30, '2026-10-25T00:30:00.000Z', 'Berlin 02:30 on the autumn night is the first, CEST one'],
    ['Australia/Lord_Howe', '2026-10-04', 2, 15, '2026-10-03T15:45:00.000Z', 'Lord Howe 02:15 in its 30-minute gap is 02:45 +11'],
    ['Australia/Lord_Howe', '2026-04-05', 1, 45, '2026-04-04T14:45:00.000Z', 'Lord Howe 01:45 in its 30-minute overlap is the +11 one'],
    ['Pacific/Auckland', '2026-09-27', 2, 30, '2026-09-26T14:30:00.000Z', 'Auckland 02:30 in the spring gap is 03:30 NZDT'],
    ['Pacific/Auckland', '2026-04-05', 2, 30, '2026-04-04T13:30:00.000Z', 'Auckland 02:30 in the overlap is the earlier, NZDT one'],
  ])('%s %s %d:%d → %s: %s', (timeZone, day, hour, minute, iso) => {
    expect(new Date(fromLocal(date(day), hour, minute, timeZone)).toISOString()).toBe(iso);
  });

  it('a wall-clock time that exists once reads back as itself', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), zone, (d, hour, minute, timeZone) => {
        const at = fromLocal(d, hour, minute, timeZone);
        const back = toLocal(at, timeZone);
        const shown = Date.UTC(back.year, back.month - 1, back.day, back.hour, back.minute);
        const asked = Date.UTC(d.year, d.month - 1, d.day, hour, minute);
        // Only a gap moves a time, and then forward by the gap's length (30 or 60 minutes in these zones).
        expect([0, 30 * MINUTE, 60 * MINUTE]).toContain(shown - asked);
      }),
      { numRuns: 500 },
    );
  });

  it('an instant on a whole minute reads back from its local time unless it is the second pass of an overlap', () => {
    fc.assert(
      fc.property(instant, zone, (raw, timeZone) => {
        const at = raw - (raw % MINUTE);
        const local = toLocal(at, timeZone);
        const back = fromLocal(local, local.hour, local.minute, timeZone);
        if (back !== at) {
          expect(back).toBeLessThan(at);
          expect(toLocal(back, timeZone)).toEqual(local);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('the offset table agrees with Intl at any instant, in zones with odd rules too', () => {
    const zones = [...ZONES, 'Africa/Casablanca', 'America/St_Johns', 'Pacific/Chatham', 'America/Santiago', 'Asia/Tehran'];
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), (at, timeZone) => {
        expect(offsetMinutes(at, timeZone)).toBe(tzOffset(timeZone, new Date(at)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('offset tables given by another process (addOffsetTables)', () => {
  /** time.ts as a new process has it: no table found yet. */
  async function freshTime(): Promise<typeof TimeModule> {
    vi.resetModules();
    return import('../../../shared/domain/time');
  }
  const zones = ['Europe/Berlin', 'Pacific/Chatham', 'Africa/Casablanca', 'America/St_Johns'];
  const year = Array.from({ length: 400 }, (_, i) => Date.UTC(2026, 0, 1) + i * 22 * 3_600_000);

  it('a process given the tables another found gives the same offsets as Intl, and finds none itself', async () => {
    const finder = await freshTime();
    for (const zone of zones) for (const at of year) finder.offsetMinutes(at, zone);
    const found = JSON.parse(JSON.stringify(finder.knownOffsetTables())) as unknown;

    const given = await freshTime();
    expect(given.addOffsetTables(found)).toBe(Object.values(finder.knownOffsetTables()).reduce((n, t) => n + Object.keys(t).length, 0));
    for (const zone of zones) for (const at of year) expect(given.offsetMinutes(at, zone)).toBe(tzOffset(zone, new Date(at)));
    expect(given.knownOffsetTables()).toEqual(found);
  });

  it('a table of the wrong shape is not taken, and the offsets come from Intl', async () => {
    const finder = await freshTime();
    finder.offsetMinutes(year[0]!, 'Europe/Berlin');
    const [bucket, table] = Object.entries(finder.knownOffsetTables()['Europe/Berlin']!)[0]!;
    const start = table.from[0]!;
    const wrong = [
      { from: [start + 1], offset: [60] },
      { from: [start, start + 10, start + 5], offset: [60, 120, 60] },
      { from: [start, start + 10], offset: [60] },
      { from: [start], offset: [null] },
      { from: [start], offset: [25 * 60] },
      { from: [], offset: [] },
      'Europe/Berlin',
    ];
    for (const shape of wrong) {
      const given = await freshTime();
      expect(given.addOffsetTables({ 'Europe/Berlin': { [bucket]: shape } })).toBe(0);
      expect(given.offsetMinutes(year[0]!, 'Europe/Berlin')).toBe(tzOffset('Europe/Berlin', new Date(year[0]!)));
    }
    const given = await freshTime();
    expect(given.addOffsetTables({ 'Europe/Berlin': { '1.5': table, x: table } })).toBe(0);
    expect(given.addOffsetTables(null)).toBe(0);
  });

  it('a table this process has already is kept as it is', async () => {
    const given = await freshTime();
    const at = Date.UTC(2026, 6, 1);
    given.offsetMinutes(at, 'Europe/Berlin');
    const [bucket, table] = Object.entries(given.knownOffsetTables()['Europe/Berlin']!)[0]!;
    expect(given.addOffsetTables({ 'Europe/Berlin': { [bucket]: { from: [table.from[0]!], offset: [0] } } })).toBe(0);
    expect(given.offsetMinutes(at, 'Europe/Berlin')).toBe(120);
  });

  it('the tables around an instant cover the reach either side of it, across a table’s end', async () => {
    const finder = await freshTime();
    // The first table after 1970 ends 52 weeks in; 2 days either side of that instant need both tables.
    const seam = 52 * 7 * DAY;
    const around = finder.offsetTablesAround(seam, 'Europe/Berlin', 2 * DAY);
    expect(Object.keys(around['Europe/Berlin']!).sort()).toEqual(['0', '1']);
    expect(Object.keys(finder.offsetTablesAround(Date.UTC(2026, 2, 25), 'Europe/Berlin', DAY)['Europe/Berlin']!)).toHaveLength(1);
    const given = await freshTime();
    expect(given.addOffsetTables(JSON.parse(JSON.stringify(around)))).toBe(2);
  });

  it('tables given with other rules are found again with this process’s Intl when confirmed, and the offsets are Intl’s', async () => {
    const finder = await freshTime();
    const at = Date.UTC(2026, 6, 1);
    const found = finder.offsetTablesAround(at, 'Europe/Berlin', DAY);
    const [bucket, table] = Object.entries(found['Europe/Berlin']!)[0]!;
    const otherRules = { 'Europe/Berlin': { [bucket]: { from: [table.from[0]!], offset: [60] } } };

    const given = await freshTime();
    expect(given.addOffsetTables(otherRules)).toBe(1);
    expect(given.offsetMinutes(at, 'Europe/Berlin')).toBe(60);
    expect(given.confirmOffsetTables(otherRules)).toBe(1);
    expect(given.offsetMinutes(at, 'Europe/Berlin')).toBe(120);
    expect(given.confirmOffsetTables(JSON.parse(JSON.stringify(found)) as typeof found)).toBe(0);
  });
});

describe('weeks', () => {
  it.each([
    ['2026-03-23', '2026-W13'],
    ['2026-03-29', '2026-W13'],
    ['2020-12-31', '2020-W53'],
    ['2021-01-03', '2020-W53'],
    ['2021-01-04', '2021-W01'],
    ['2024-12-30', '2025-W01'],
    ['2026-01-01', '2026-W01'],
    ['2027-01-01', '2026-W53'],
  ])('ISO week: %s is in %s', (day, label) => {
    expect(weekLabel(addDays(date(day), -((new Date(`${day}T00:00Z`).getUTCDay() + 6) % 7)), 1)).toBe(label);
  });

  it.each([
    [1, '2026-03-25', '2026-W13', '2026-03-23'],
    [0, '2026-03-25', '2026-03-22', '2026-03-22'],
    [6, '2026-03-25', '2026-03-21', '2026-03-21'],
    [0, '2026-03-22', '2026-03-22', '2026-03-22'],
    [6, '2026-03-27', '2026-03-21', '2026-03-21'],
  ] as const)('weeks starting on weekday %d: %s lies in the week labelled %s, which starts %s', (ws, day, label, first) => {
    const week = weekContaining(t('Europe/Berlin', `${day} 12:00`), 'Europe/Berlin', ws);
    expect(week.label).toBe(label);
    expect(week.days[0]!.date).toBe(first);
    expect(formatDate(parseWeek(label, ws)!)).toBe(first);
  });

  it.each(['2026-W7', '2026-w07', '2026-w7', '2026W07'])('"%s" names 2026-W07, as typed by hand', (label) => {
    expect(formatDate(parseWeek(label, 1)!)).toBe('2026-02-09');
  });

  it.each(['2026-W00', '2026-W0', '2026-W54', '2021-W53', '2026-W007', '2026-13-01', '2026-02-30', 'W13', ''])('"%s" names no week', (label) => {
    expect(parseWeek(label, 1)).toBeNull();
  });

  it('the week start holds the date, falls on the chosen weekday, and is at most six days before', () => {
    fc.assert(
      fc.property(instant, zone, weekStart, (at, timeZone, ws) => {
        const first = weekStartDate(at, timeZone, ws);
        const local = toLocal(at, timeZone);
        const back = Date.UTC(local.year, local.month - 1, local.day) - Date.UTC(first.year, first.month - 1, first.day);
        expect(back / DAY).toBeGreaterThanOrEqual(0);
        expect(back / DAY).toBeLessThanOrEqual(6);
        expect(new Date(Date.UTC(first.year, first.month - 1, first.day)).getUTCDay()).toBe(ws);
      }),
      { numRuns: 500 },
    );
  });

  it('a week label parses back to the week it labels, and the next week is seven days on', () => {
    fc.assert(
      fc.property(calendarDate, weekStart, (d, ws) => {
        const first = addDays(d, -((new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() - ws + 7) % 7));
        const label = weekLabel(first, ws);
        expect(parseWeek(label, ws)).toEqual(first);
        // Any date inside the week names the same week.
        expect(parseWeek(formatDate(d), ws)).toEqual(first);
        expect(weekLabel(addDays(first, 7), ws)).not.toBe(label);
      }),
      { numRuns: 500 },
    );
  });
});
