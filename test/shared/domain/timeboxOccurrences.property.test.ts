// Invariants of expansion over random series, zones, week starts and ranges, weighted toward DST changes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { TimeboxOccurrence, WeeklyTimebox } from '../../../shared/planModel';
import { expandWeek, isOccurrenceDate } from '../../../shared/domain/timeboxOccurrences';
import { DAY, MINUTE, addDays, formatDate, fromLocal, offsetMinutes, parseDate, weekFromStartDate, type CalendarDate, type WeekStart } from '../../../shared/domain/time';
import { settings } from './helpers';
import { localText, weekly, ZONES } from './timeboxFixtures';

const dateOf = (text: string): CalendarDate => parseDate(text)!;
const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** The local dates, 2024–2030, on which each zone changes its offset (gaps: forward only): where expansion can go wrong. */
function changeDates(forwardOnly: boolean): Record<string, string[]> {
  return Object.fromEntries(
    ZONES.map((zone) => {
      const dates: string[] = [];
      for (let day = Date.UTC(2024, 0, 1); day < Date.UTC(2031, 0, 1); day += DAY) {
        const change = offsetMinutes(day + DAY, zone) - offsetMinutes(day, zone);
        if (forwardOnly ? change > 0 : change !== 0) dates.push(localText(changeInstant(day, zone), zone).slice(0, 10));
      }
      return [zone, dates];
    }),
  );
}
/** The instant within the day after `from` at which the zone's offset changes. */
function changeInstant(from: number, zone: string): number {
  let lo = from;
  let hi = from + DAY;
  while (hi - lo > MINUTE) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetMinutes(mid, zone) === offsetMinutes(from, zone)) lo = mid;
    else hi = mid;
  }
  return hi;
}
const CHANGE_DATES = { change: changeDates(false), gap: changeDates(true) };

const anyDate = fc.integer({ min: Date.UTC(2024, 0, 8) / DAY, max: Date.UTC(2030, 11, 1) / DAY }).map((d) => new Date(d * DAY).toISOString().slice(0, 10));

const nightMinute = fc.oneof(
  { arbitrary: fc.integer({ min: 100, max: 200 }), weight: 2 },
  { arbitrary: fc.integer({ min: 0, max: 5 * 60 }), weight: 1 },
  { arbitrary: fc.integer({ min: 0, max: 24 * 60 - 1 }), weight: 1 },
);

const scenario = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    weekStartsOn: fc.constantFrom<WeekStart>(0, 1, 6),
    pick: fc.nat(),
    near: fc.constantFrom('anywhere', 'change', 'gap', 'gap'),
    randomDate: anyDate,
    weeks: fc.integer({ min: 1, max: 6 }),
    firstOffset: fc.integer({ min: -30, max: 10 }),
    untilDays: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
    weekdays: fc.oneof(fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }), fc.constant([0]), fc.constant([0, 6])).map((days) => [...days]),
    // Around 02:00 often: every zone here changes its clocks then, on a Sunday.
    startMinute: nightMinute,
    length: fc.oneof(fc.record({ endMinute: nightMinute }), fc.record({ durationMinutes: fc.integer({ min: 1, max: 24 * 60 }) })),
    cancelOffsets: fc.uniqueArray(fc.integer({ min: -2, max: 45 }), { maxLength: 8 }),
  })
  .map((c) => {
    const changes = c.near === 'anywhere' ? [] : CHANGE_DATES[c.near][c.zone]!;
    const anchor = changes.length > 0 ? changes[c.pick % changes.length]! : c.randomDate;
    const first = addDays(dateOf(anchor), -((new Date(`${anchor}T00:00Z`).getUTCDay() - c.weekStartsOn + 7) % 7) - 7 * (c.pick % c.weeks));
    const firstDate = formatDate(addDays(first, c.firstOffset));
    const base = weekly({
      firstDate,
      until: c.untilDays === null ? null : formatDate(addDays(dateOf(firstDate), c.untilDays)),
      weekdays: c.weekdays,
      startTime: hhmm(c.startMinute),
      ...('endMinute' in c.length ? { endTime: hhmm(c.length.endMinute) } : { durationMinutes: c.length.durationMinutes }),
    });
    const cancelled = c.cancelOffsets.map((d) => formatDate(addDays(first, d))).filter((d) => isOccurrenceDate(base, d));
    return { ...c, first, series: { ...base, cancelled } };
  });

function expandRange(series: WeeklyTimebox, first: CalendarDate, weeks: number, zone: string, weekStartsOn: WeekStart) {
  const s = settings(zone, { weekStartsOn });
  return Array.from({ length: weeks }, (_, i) => {
    const week = weekFromStartDate(addDays(first, 7 * i), zone, weekStartsOn);
    return { week, occurrences: expandWeek([series], week, s) };
  });
}

/** The distinct occurrences across weeks, checking that one seen in two weeks is the same in both. */
function distinct(perWeek: { occurrences: TimeboxOccurrence[] }[]): Map<string, TimeboxOccurrence> {
  const seen = new Map<string, TimeboxOccurrence>();
  for (const { occurrences } of perWeek) {
    for (const o of occurrences) {
      const earlier = seen.get(o.boxId);
      if (earlier) expect(o).toEqual(earlier);
      seen.set(o.boxId, o);
    }
  }
  return seen;
}

/** The wall-clock rule, checked against toLocal: kept when both planned times exist, else moved, reported, same length. */
function expectWallClockKept(o: TimeboxOccurrence, series: WeeklyTimebox, zone: string): void {
  const exists = (date: CalendarDate, minute: number) => localText(fromLocal(date, Math.floor(minute / 60), minute % 60, zone), zone) === `${formatDate(date)} ${hhmm(minute)}`;
  const startMinute = Number(series.startTime.slice(0, 2)) * 60 + Number(series.startTime.slice(3));
  const endMinute = series.endTime === undefined ? null : Number(series.endTime.slice(0, 2)) * 60 + Number(series.endTime.slice(3));
  const wallLength = endMinute === null ? series.durationMinutes! : endMinute > startMinute ? endMinute - startMinute : endMinute + 24 * 60 - startMinute;
  const date = dateOf(o.occurrenceDate);
  const endDate = endMinute !== null && endMinute <= startMinute ? addDays(date, 1) : date;
  const startOk = exists(date, startMinute);
  const endOk = endMinute === null || exists(endDate, endMinute);
  expect(o.start).toBe(fromLocal(date, Math.floor(startMinute / 60), startMinute % 60, zone));
  if (startOk && endOk) {
    expect(o.shifted).toBeUndefined();
    expect(localText(o.start, zone)).toBe(`${o.occurrenceDate} ${series.startTime}`);
    if (endMinute !== null) expect(localText(o.end, zone)).toBe(`${formatDate(endDate)} ${series.endTime}`);
    else expect(o.end - o.start).toBe(wallLength * MINUTE);
  } else {
    expect(o.shifted).toMatchObject({ reason: 'dst-gap', originalStart: series.startTime, moved: startOk ? 'end' : 'box' });
    expect(o.shifted!.minutes).toBeGreaterThan(0);
    expect(o.end - o.start).toBe(wallLength * MINUTE);
  }
}

describe('expansion invariants', () => {
  it('a box is never lost or doubled: occurrences over a range = matching dates minus cancellations, each once per week', () => {
    fc.assert(
      fc.property(scenario, (c) => {
        const perWeek = expandRange(c.series, c.first, c.weeks, c.zone, c.weekStartsOn);
        for (const { week, occurrences } of perWeek) {
          expect(new Set(occurrences.map((o) => o.boxId)).size).toBe(occurrences.length);
          occurrences.forEach((o, i) => {
            expect(o.start < week.end && o.end > week.start).toBe(true);
            expect(o.end).toBeGreaterThan(o.start);
            if (i > 0) expect(o.start).toBeGreaterThanOrEqual(occurrences[i - 1]!.start);
          });
        }
        const lastDate = formatDate(addDays(c.first, 7 * c.weeks - 1));
        const firstDate = formatDate(c.first);
        let expected = 0;
        for (let d = 0; d < 7 * c.weeks; d++) {
          const date = formatDate(addDays(c.first, d));
          if (isOccurrenceDate(c.series, date) && !c.series.cancelled.includes(date)) expected++;
        }
        const found = [...distinct(perWeek).values()];
        expect(found.filter((o) => o.occurrenceDate >= firstDate && o.occurrenceDate <= lastDate)).toHaveLength(expected);
        // Anything else is an earlier occurrence reaching into the range, never a cancelled one.
        for (const o of found.filter((x) => x.occurrenceDate < firstDate)) {
          expect(o.end).toBeGreaterThan(perWeek[0]!.week.start);
          expect(c.series.cancelled).not.toContain(o.occurrenceDate);
        }
        expect(found.every((o) => o.occurrenceDate <= lastDate)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('wall-clock times are kept; a time that does not exist moves the box by the gap and is reported, with the planned length', () => {
    fc.assert(
      fc.property(scenario, (c) => {
        for (const o of distinct(expandRange(c.series, c.first, c.weeks, c.zone, c.weekStartsOn)).values()) expectWallClockKept(o, c.series, c.zone);
      }),
      { numRuns: 400 },
    );
  });

  it('every DST gap of 2024–2030, every start from 00:30 to 03:55 in 5-minute steps: each box found once, moved and reported as the rule says', () => {
    const lengths = [{ endTime: '02:15' }, { endTime: '03:00' }, { endTime: '04:00' }, { endTime: '01:00' }, { durationMinutes: 45 }];
    let shifted = 0;
    for (const zone of ZONES) {
      for (const gapDate of CHANGE_DATES.gap[zone]!) {
        const week = weekFromStartDate(dateOf(gapDate), zone, 0);
        for (let startMinute = 30; startMinute < 4 * 60; startMinute += 5) {
          for (const length of lengths) {
            const series = weekly({ firstDate: '2024-01-07', weekdays: [0], startTime: hhmm(startMinute), ...length });
            const occurrences = expandWeek([series], week, settings(zone, { weekStartsOn: 0 }));
            const own = occurrences.filter((o) => o.occurrenceDate === gapDate);
            expect(own).toHaveLength(1);
            expectWallClockKept(own[0]!, series, zone);
            if (own[0]!.shifted) shifted++;
          }
        }
      }
    }
    expect(shifted).toBeGreaterThan(1000);
  });

  it('occurrences moved to other dates are still each found once, at their new date', () => {
    fc.assert(
      fc.property(scenario, fc.uniqueArray(fc.record({ offset: fc.integer({ min: 14, max: 27 }), move: fc.integer({ min: -6, max: 6 }) }), { selector: (m) => m.offset, maxLength: 5 }), (c, moves) => {
        // A range of six weeks; the moved occurrences are in weeks 3–4 and stay inside the range.
        const overrides: WeeklyTimebox['overrides'] = {};
        for (const m of moves) {
          const date = formatDate(addDays(c.first, m.offset));
          if (isOccurrenceDate(c.series, date)) overrides[date] = { date: formatDate(addDays(c.first, m.offset + m.move)) };
        }
        const series = { ...c.series, overrides };
        const plain = distinct(expandRange(c.series, c.first, 6, c.zone, c.weekStartsOn));
        const moved = distinct(expandRange(series, c.first, 6, c.zone, c.weekStartsOn));
        expect([...moved.keys()].sort()).toEqual([...plain.keys()].sort());
        for (const [date, override] of Object.entries(overrides)) {
          const o = moved.get(`${series.id}@${date}`);
          if (!o) {
            expect(series.cancelled).toContain(date);
            continue;
          }
          expect(localText(o.start, c.zone).slice(0, 10)).toBe(override.date);
          expect(o.edited).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the order of the boxes does not change the expansion', () => {
    fc.assert(
      fc.property(scenario, scenario, (a, b) => {
        const s = settings(a.zone, { weekStartsOn: a.weekStartsOn });
        const week = weekFromStartDate(a.first, a.zone, a.weekStartsOn);
        const one = { ...a.series, id: 'a' };
        const two = { ...b.series, id: 'b' };
        expect(expandWeek([two, one], week, s)).toEqual(expandWeek([one, two], week, s));
      }),
      { numRuns: 100 },
    );
  });
});
