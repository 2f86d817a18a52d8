import { describe, expect, it } from 'vitest';
import { expandWeek, isOccurrenceDate, timeboxOccurrences } from '../../../shared/domain/timeboxOccurrences';
import { HOUR, MINUTE, parseDate, weekContaining, weekFromStartDate } from '../../../shared/domain/time';
import { settings, t } from './helpers';
import { localText, once, weekly } from './timeboxFixtures';

const BERLIN = 'Europe/Berlin';
const s = settings(BERLIN);
const at = (text: string) => t(BERLIN, text);
/** The week of Monday 2026-03-23 in Berlin. */
const WEEK = weekFromStartDate(parseDate('2026-03-23')!, BERLIN, 1);
const times = (list: { start: number; end: number }[], zone = BERLIN) => list.map((o) => `${localText(o.start, zone)}–${localText(o.end, zone).slice(11)}`);

describe('expanding a week', () => {
  it('a weekday series gives one occurrence per listed weekday, keyed by series and local date, sorted by start', () => {
    const occurrences = expandWeek([weekly({ weekdays: [5, 1, 3], title: 'Deep work' })], WEEK, s);
    expect(occurrences.map((o) => [o.boxId, o.occurrenceDate, o.seriesId, o.title])).toEqual([
      ['s1@2026-03-23', '2026-03-23', 's1', 'Deep work'],
      ['s1@2026-03-25', '2026-03-25', 's1', 'Deep work'],
      ['s1@2026-03-27', '2026-03-27', 's1', 'Deep work'],
    ]);
    expect(times(occurrences)).toEqual(['2026-03-23 07:00–08:00', '2026-03-25 07:00–08:00', '2026-03-27 07:00–08:00']);
  });

  it('the week can be given as any instant in it', () => {
    expect(expandWeek([weekly()], at('2026-03-26 15:00'), s)).toEqual(expandWeek([weekly()], WEEK, s));
  });

  it('one-offs and series are merged into one order by start, a one-off carrying its local start date and no series', () => {
    const boxes = [weekly({ weekdays: [2] }), once('gym', 'fitness', at('2026-03-24 06:00'), at('2026-03-24 06:45'), 'Gym')];
    const occurrences = expandWeek(boxes, WEEK, s);
    expect(occurrences.map((o) => o.boxId)).toEqual(['gym', 's1@2026-03-24']);
    expect(occurrences[0]).toEqual({ boxId: 'gym', occurrenceDate: '2026-03-24', categoryId: 'fitness', start: at('2026-03-24 06:00'), end: at('2026-03-24 06:45'), title: 'Gym' });
  });

  it('a series starts on its first date and stops after its until date', () => {
    const occurrences = expandWeek([weekly({ firstDate: '2026-03-24', until: '2026-03-26' })], WEEK, s);
    expect(occurrences.map((o) => o.occurrenceDate)).toEqual(['2026-03-24', '2026-03-25', '2026-03-26']);
  });

  it('cancelled occurrences are left out and only they are', () => {
    const occurrences = expandWeek([weekly({ cancelled: ['2026-03-24', '2026-03-27'] })], WEEK, s);
    expect(occurrences.map((o) => o.occurrenceDate)).toEqual(['2026-03-23', '2026-03-25', '2026-03-26']);
  });

  it('a box ending at or before its start time crosses midnight, and one crossing into the next week is in both weeks', () => {
    const late = weekly({ weekdays: [0], startTime: '22:00', endTime: '01:00' });
    const occurrences = expandWeek([late], WEEK, s);
    // Last Sunday's box reaches into this Monday; this Sunday's into next Monday.
    expect(times(occurrences)).toEqual(['2026-03-22 22:00–01:00', '2026-03-29 22:00–01:00']);
    expect(occurrences.map((o) => o.end - o.start)).toEqual([3 * HOUR, 3 * HOUR]);
    const next = expandWeek([late], weekContaining(at('2026-04-01 12:00'), BERLIN, 1), s);
    expect(next.map((o) => o.boxId)).toEqual(['s1@2026-03-29', 's1@2026-04-05']);
  });

  it('an end time equal to the start time is a whole day', () => {
    const [o] = expandWeek([weekly({ weekdays: [3], startTime: '09:00', endTime: '09:00' })], WEEK, s);
    expect(o!.end - o!.start).toBe(24 * HOUR);
  });

  it('a duration series lasts its minutes', () => {
    const [o] = expandWeek([weekly({ weekdays: [3], durationMinutes: 95 })], WEEK, s);
    expect(times([o!])).toEqual(['2026-03-25 07:00–08:35']);
  });

  it('a one-off is in every week it overlaps, and in no other', () => {
    const box = once('trip', 'family', at('2026-03-29 20:00'), at('2026-03-30 02:00'));
    expect(expandWeek([box], WEEK, s).map((o) => o.boxId)).toEqual(['trip']);
    expect(expandWeek([box], at('2026-04-01 12:00'), s).map((o) => o.boxId)).toEqual(['trip']);
    expect(expandWeek([box], at('2026-03-18 12:00'), s)).toEqual([]);
  });

  it('an empty or reversed range has no occurrences', () => {
    expect(timeboxOccurrences([weekly()], at('2026-03-24'), at('2026-03-24'), BERLIN)).toEqual([]);
    expect(timeboxOccurrences([weekly()], at('2026-03-25'), at('2026-03-24'), BERLIN)).toEqual([]);
  });
});

describe('occurrences edited on their own', () => {
  it('a moved start keeps the length; a new end or duration resizes; a title of null shows none', () => {
    const series = weekly({
      title: 'Focus',
      overrides: {
        '2026-03-23': { startTime: '10:00' },
        '2026-03-24': { endTime: '09:30' },
        '2026-03-25': { durationMinutes: 20 },
        '2026-03-26': { title: null },
        '2026-03-27': { title: 'Planning' },
      },
    });
    const occurrences = expandWeek([series], WEEK, s);
    expect(times(occurrences)).toEqual(['2026-03-23 10:00–11:00', '2026-03-24 07:00–09:30', '2026-03-25 07:00–07:20', '2026-03-26 07:00–08:00', '2026-03-27 07:00–08:00']);
    expect(occurrences.map((o) => o.title)).toEqual(['Focus', 'Focus', 'Focus', null, 'Planning']);
    expect(occurrences.every((o) => o.edited)).toBe(true);
    expect(expandWeek([weekly()], WEEK, s).some((o) => o.edited)).toBe(false);
  });

  it('an occurrence moved to another date keeps its original key and appears where it was moved, also in another week', () => {
    const series = weekly({ overrides: { '2026-03-27': { date: '2026-04-04', startTime: '10:00' }, '2026-03-23': { date: '2026-03-22' } } });
    const thisWeek = expandWeek([series], WEEK, s);
    expect(thisWeek.map((o) => o.occurrenceDate)).toEqual(['2026-03-24', '2026-03-25', '2026-03-26']);
    const nextWeek = expandWeek([series], at('2026-04-01 12:00'), s);
    const moved = nextWeek.find((o) => o.boxId === 's1@2026-03-27')!;
    expect(times([moved])).toEqual(['2026-04-04 10:00–11:00']);
    const lastWeek = expandWeek([series], at('2026-03-18 12:00'), s);
    expect(lastWeek.filter((o) => o.boxId === 's1@2026-03-23').map((o) => localText(o.start, BERLIN))).toEqual(['2026-03-22 07:00']);
  });

  it('a cancellation wins over an edit of the same date, and edits of dates the series does not have are ignored', () => {
    const series = weekly({ cancelled: ['2026-03-24'], overrides: { '2026-03-24': { startTime: '12:00' }, '2026-03-28': { startTime: '12:00' } } });
    expect(expandWeek([series], WEEK, s).map((o) => o.occurrenceDate)).toEqual(['2026-03-23', '2026-03-25', '2026-03-26', '2026-03-27']);
  });

  it('isOccurrenceDate: a listed weekday within the series’ dates, cancelled or not', () => {
    const series = weekly({ firstDate: '2026-03-24', until: '2026-04-30', cancelled: ['2026-03-25'] });
    expect(['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-28', '2026-04-30', '2026-05-01', 'not a date'].map((d) => isOccurrenceDate(series, d))).toEqual([
      false,
      true,
      true,
      false,
      true,
      false,
      false,
    ]);
  });
});

// Each zone's changes in 2026. Gaps: New York 02:00→03:00 on 8 Mar, Berlin 02:00→03:00 on 29 Mar, Lord Howe
// 02:00→02:30 on 4 Oct, Auckland 02:00→03:00 on 27 Sep. Overlaps: New York 1 Nov, Berlin 25 Oct, Lord Howe and
// Auckland 5 Apr. Kolkata has none.
const CHANGES: [string, string][] = [
  ['America/New_York', '2026-03-08'],
  ['America/New_York', '2026-11-01'],
  ['Europe/Berlin', '2026-03-29'],
  ['Europe/Berlin', '2026-10-25'],
  ['Australia/Lord_Howe', '2026-04-05'],
  ['Australia/Lord_Howe', '2026-10-04'],
  ['Pacific/Auckland', '2026-04-05'],
  ['Pacific/Auckland', '2026-09-27'],
  ['Asia/Kolkata', '2026-03-29'],
];

describe('across DST changes', () => {
  it.each(CHANGES)('%s around %s: a daily 07:00–08:00 box stays 07:00–08:00 local, an hour long, every day', (zone, date) => {
    const occurrences = expandWeek([weekly({ weekdays: [0, 1, 2, 3, 4, 5, 6], firstDate: '2026-01-01' })], t(zone, `${date} 12:00`), settings(zone));
    expect(occurrences).toHaveLength(7);
    for (const o of occurrences) {
      expect(localText(o.start, zone)).toBe(`${o.occurrenceDate} 07:00`);
      expect(localText(o.end, zone)).toBe(`${o.occurrenceDate} 08:00`);
      expect(o.end - o.start).toBe(HOUR);
      expect(o.shifted).toBeUndefined();
    }
  });

  it.each([
    ['America/New_York', '2026-03-08', '02:30', '03:30', '03:30–04:30', 'box', 60, 60],
    ['America/New_York', '2026-03-08', '01:00', '02:30', '01:00–03:30', 'end', 60, 90],
    ['Europe/Berlin', '2026-03-29', '02:00', '02:45', '03:00–03:45', 'box', 60, 45],
    ['Australia/Lord_Howe', '2026-10-04', '02:00', '03:00', '02:30–03:30', 'box', 30, 60],
    ['Australia/Lord_Howe', '2026-10-04', '01:30', '02:15', '01:30–02:45', 'end', 30, 45],
    ['Pacific/Auckland', '2026-09-27', '02:15', '04:00', '03:15–05:00', 'box', 60, 105],
  ])('%s on %s: a box planned %s–%s falls in the gap, is moved to %s and reported (%s, %i min)', (zone, date, start, end, moved, part, gap, length) => {
    const occurrences = expandWeek([weekly({ weekdays: [0], firstDate: '2026-01-04', startTime: start, endTime: end })], t(zone, `${date} 12:00`), settings(zone));
    const o = occurrences.find((x) => x.occurrenceDate === date)!;
    expect(times([o], zone)).toEqual([`${date} ${moved}`]);
    expect(o.shifted).toEqual({ reason: 'dst-gap', originalStart: start, originalEnd: end, moved: part, minutes: gap });
    expect(o.end - o.start).toBe(length * MINUTE);
  });

  it.each([
    ['America/New_York', '2026-11-01', '01:30', '02:30', 120],
    ['Europe/Berlin', '2026-10-25', '02:30', '03:00', 90],
    ['Australia/Lord_Howe', '2026-04-05', '01:40', '02:10', 60],
    ['Pacific/Auckland', '2026-04-05', '02:30', '03:00', 90],
  ])('%s on %s: a box planned %s–%s in the repeated hour starts at the earlier instant and keeps its wall-clock times (%i min long)', (zone, date, start, end, length) => {
    const occurrences = expandWeek([weekly({ weekdays: [0], firstDate: '2026-01-04', startTime: start, endTime: end })], t(zone, `${date} 12:00`), settings(zone));
    const o = occurrences.find((x) => x.occurrenceDate === date)!;
    expect(times([o], zone)).toEqual([`${date} ${start}–${end}`]);
    expect(o.end - o.start).toBe(length * MINUTE);
    expect(o.start).toBe(t(zone, `${date} ${start}`));
    expect(o.shifted).toBeUndefined();
  });

  it('a duration box spanning a gap lasts its minutes, so its local end is later by the gap; nothing did not exist, nothing is reported', () => {
    const zone = 'America/New_York';
    const [o] = expandWeek([weekly({ weekdays: [0], firstDate: '2026-01-04', startTime: '01:30', durationMinutes: 120 })], t(zone, '2026-03-08 12:00'), settings(zone));
    expect(times([o!], zone)).toEqual(['2026-03-08 01:30–04:30']);
    expect(o!.shifted).toBeUndefined();
  });

  it('a duration box starting in a gap moves by the gap and is reported', () => {
    const zone = 'Europe/Berlin';
    const [o] = expandWeek([weekly({ weekdays: [0], firstDate: '2026-01-04', startTime: '02:30', durationMinutes: 30 })], t(zone, '2026-03-29 12:00'), settings(zone));
    expect(times([o!], zone)).toEqual(['2026-03-29 03:30–04:00']);
    expect(o!.shifted).toEqual({ reason: 'dst-gap', originalStart: '02:30', originalEnd: '03:00', moved: 'box', minutes: 60 });
  });

  it('an occurrence edited into a gap is moved and reported like any other', () => {
    const zone = 'America/New_York';
    const series = weekly({ weekdays: [0], firstDate: '2026-01-04', startTime: '09:00', endTime: '10:00', overrides: { '2026-03-08': { startTime: '02:10' } } });
    const [o] = expandWeek([series], t(zone, '2026-03-08 12:00'), settings(zone));
    expect(times([o!], zone)).toEqual(['2026-03-08 03:10–04:10']);
    expect(o!.shifted?.originalStart).toBe('02:10');
  });
});
