import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/defaults';
import { addDaysOff, datesFromTo } from '../../../shared/domain/daysOff';
import { daysOffCapWords, weeksWords } from '../../../shared/domain/livedWeeks';
import { parseDate } from '../../../shared/domain/time';

const NOW = Date.UTC(2026, 11, 7, 10, 0); // Monday of 2026-W50

describe('words for what a change does to weeks already lived', () => {
  it('a vacation over more than three lived weeks names their count, the first and the last, not each', () => {
    const before = defaultSettings('UTC');
    const dates = datesFromTo(parseDate('2026-11-02')!, parseDate('2026-12-04')!);
    const after = { ...before, daysOff: addDaysOff(before.daysOff, dates, 'vacation', '') };
    expect(daysOffCapWords(before, after, dates, NOW)).toBe('The caps of 5 weeks already lived change, from 2026-W45 to 2026-W49 (summary shows each).');
  });

  it('days off reaching into this week say it as this week, not as a week already lived', () => {
    const before = defaultSettings('UTC');
    const many = datesFromTo(parseDate('2026-11-02')!, parseDate('2026-12-08')!);
    expect(daysOffCapWords(before, { ...before, daysOff: addDaysOff(before.daysOff, many, 'vacation', '') }, many, NOW)).toBe(
      'The caps of 6 weeks, the ones already lived and this one, change, from 2026-W45 to this week (summary shows each).',
    );
    const two = ['2026-12-04', '2026-12-08'];
    expect(daysOffCapWords(before, { ...before, daysOff: addDaysOff(before.daysOff, two, 'sick', '') }, two, NOW)).toBe(
      'The caps of weeks already lived and this one change: 2026-W49 from 35 h to 28 h and this week from 35 h to 28 h.',
    );
  });

  it('days off only in weeks to come, or on days without work windows, change no lived cap: nothing is said', () => {
    const before = defaultSettings('UTC');
    const dates = ['2026-12-14', '2026-11-29'];
    expect(daysOffCapWords(before, { ...before, daysOff: addDaysOff(before.daysOff, dates, 'other', '') }, dates, NOW)).toBeNull();
  });

  it('weeks named by their first date (weeks not starting on Monday) are said in full', () => {
    const weeks = [parseDate('2026-11-08')!, parseDate('2026-11-15')!].map((start) => ({ start, label: `${start.year}-${start.month}-${start.day}` }));
    expect(weeksWords(weeks)).toBe('2026-11-8–2026-11-15');
    expect(weeksWords([{ start: parseDate('2026-11-09')!, label: '2026-W46' }, { start: parseDate('2026-11-16')!, label: '2026-W47' }])).toBe('2026-W46–W47');
  });
});
