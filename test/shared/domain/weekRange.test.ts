import { describe, expect, it } from 'vitest';
import { weekRangeSchema } from '../../../shared/model';
import { weekRange, weekSummary } from '../../../shared/domain/weekSummary';
import { addDays, formatDate, parseDate } from '../../../shared/domain/time';
import { CATEGORIES, entry, settings, t } from './helpers';

const BERLIN = 'Europe/Berlin';
const at = (text: string) => t(BERLIN, text);
const day = (first: string, n: number) => formatDate(addDays(parseDate(first)!, n));

/** 42 h of work a week (over the 35 h cap) in the weeks from `first` for `weeks` weeks; 20 h in the others. */
function history(overFrom: string, weeks: number) {
  const entries = [];
  for (let w = 0; w < 20; w++) {
    const monday = day('2026-01-05', 7 * w);
    const over = monday >= overFrom && monday < day(overFrom, 7 * weeks);
    for (let d = 0; d < 6; d++) entries.push(entry('work', at(`${day(monday, d)} 09:00`), at(`${day(monday, d)} ${over ? '16:00' : '12:20'}`)));
  }
  return entries;
}

describe('week range', () => {
  const input = { categories: CATEGORIES, settings: settings(BERLIN), timer: null, now: at('2026-06-01 12:00') };

  it('holds N weeks, oldest first, ending with the week containing `at`, each the same as its own summary', () => {
    const entries = history('2026-03-02', 4);
    const range = weekRange({ ...input, entries, at: at('2026-03-25 12:00'), weeks: 12 });
    expect(range.weeks).toHaveLength(12);
    expect(range.weeks[11]!.week).toBe('2026-W13');
    expect(range.weeks[0]!.week).toBe('2026-W02');
    range.weeks.forEach((w, i) => i > 0 && expect(w.start).toBe(range.weeks[i - 1]!.end));
    expect(range.weeks[5]).toEqual(weekSummary({ ...input, entries, at: range.weeks[5]!.start }));
    expect(weekRangeSchema.parse(range)).toEqual(range);
  });

  it('consecutive weeks over cap count back from the last week', () => {
    const entries = history('2026-03-02', 4); // W10–W13 over the cap
    expect(weekRange({ ...input, entries, at: at('2026-03-25 12:00'), weeks: 12 }).trend.consecutiveWeeksOverCap).toBe(4);
    expect(weekRange({ ...input, entries, at: at('2026-03-25 12:00'), weeks: 2 }).trend.consecutiveWeeksOverCap).toBe(2);
    expect(weekRange({ ...input, entries, at: at('2026-04-01 12:00'), weeks: 12 }).trend.consecutiveWeeksOverCap).toBe(0);
  });

  it('targets missed in a row count the weeks, back from the last, with any life-area target missed', () => {
    const entries = history('2026-03-02', 4); // no fitness or family ever: every week misses
    expect(weekRange({ ...input, entries, at: at('2026-03-25 12:00'), weeks: 12 }).trend.targetsMissedInARow).toBe(12);
  });

  it('weeks not yet ended count as no miss and break no run: a range into next week, seen on a Wednesday', () => {
    const now = at('2026-03-25 12:00');
    // W10–W12 over the cap, and W13 up to now; no fitness or family ever, so every ended week misses a target.
    const entries = history('2026-03-02', 4).filter((e) => e.end <= now);
    const range = weekRange({ ...input, entries, now, at: at('2026-04-01 12:00'), weeks: 12 });
    expect(range.weeks.slice(-2).map((w) => w.week)).toEqual(['2026-W13', '2026-W14']);
    // W13 has 17 h so far, not over the cap yet; W14 has not started. Neither breaks a run nor adds a miss.
    expect(range.trend).toEqual({ consecutiveWeeksOverCap: 3, targetsMissedInARow: 10 });
  });

  it('52 weeks for the year chart, across both DST changes', () => {
    const range = weekRange({ ...input, entries: history('2026-03-02', 4), weeks: 52 });
    expect(range.weeks).toHaveLength(52);
    expect(range.weeks.map((w) => (w.end - w.start) / 3_600_000)).toContain(167);
    expect(range.weeks.map((w) => (w.end - w.start) / 3_600_000)).toContain(169);
  });

  it('asks for at least one week', () => {
    expect(weekRange({ ...input, entries: [], weeks: 0 }).weeks).toHaveLength(1);
  });
});
