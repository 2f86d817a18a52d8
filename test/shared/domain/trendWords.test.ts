import { describe, expect, it } from 'vitest';
import { balanceTrendWords, insightsTrendWords } from '../../../shared/domain/trendWords';
import { weekRange } from '../../../shared/domain/weekSummary';
import { CATEGORIES, entry, settings, t } from './helpers';

const BERLIN = 'Europe/Berlin';
const at = (text: string) => t(BERLIN, text);
// A 20 h cap and no fitness or family targets: the cap is the only target a week can miss.
const input = {
  categories: CATEGORIES,
  settings: settings(BERLIN, { weeklyCapMinutes: 1200, targets: { fitnessMinutes: 0, familyMinutes: 0 } }),
  timer: null,
  weeks: 3,
};
/** Eight hours of work on each of the dates. */
const workDays = (...dates: string[]) => dates.map((d) => entry('work', at(`${d} 08:00`), at(`${d} 16:00`)));

describe('trend words', () => {
  // 2026-W13 runs Monday 23 March to Sunday 29 March; Thursday 26 March at noon it is in progress.
  const now = at('2026-03-26 12:00');

  it('a week in progress already over the cap is said as this week, and the finished weeks are counted without it', () => {
    // W12 (finished) has an hour of work; W13 so far has 24 h, over the 20 h cap.
    const entries = [entry('work', at('2026-03-17 09:00'), at('2026-03-17 10:00')), ...workDays('2026-03-23', '2026-03-24', '2026-03-25')];
    const range = weekRange({ ...input, entries, now });
    expect(range.trend.consecutiveWeeksOverCap).toBe(0);
    expect(insightsTrendWords(range)).toBe(
      '2026-W13 is in progress and is not counted yet. This week is already over the cap: 24 h of 20 h. The latest finished week is not over the cap. No target was missed in the latest finished week.',
    );
    expect(balanceTrendWords(range)).toBe(
      'All three targets met in 1 of 1 finished week; fitness behind in 0, family behind in 0; work over the cap in 0. 2026-W13 is in progress and is not counted yet. This week is already over the cap: 24 h of 20 h. The week with nothing logged has no data.',
    );
  });

  it('finished weeks over the cap make the run; the week in progress over it is said apart, neither adding to it nor breaking it', () => {
    // W11 and W12 finished over the cap (24 h each), W13 over it so far.
    const entries = workDays('2026-03-09', '2026-03-10', '2026-03-11', '2026-03-16', '2026-03-17', '2026-03-18', '2026-03-23', '2026-03-24', '2026-03-25');
    const range = weekRange({ ...input, entries, now });
    expect(range.trend).toEqual({ consecutiveWeeksOverCap: 2, targetsMissedInARow: 2 });
    expect(insightsTrendWords(range)).toBe(
      '2026-W13 is in progress and is not counted yet. This week is already over the cap: 24 h of 20 h. 2 weeks in a row over the cap. At least one target missed 2 weeks in a row.',
    );
    expect(balanceTrendWords(range)).toBe(
      'All three targets met in 0 of 2 finished weeks; fitness behind in 0, family behind in 0; work over the cap in 2. 2026-W13 is in progress and is not counted yet. This week is already over the cap: 24 h of 20 h.',
    );
  });

  it('hours are said in the figures the caller gives', () => {
    const entries = workDays('2026-03-16', '2026-03-23', '2026-03-24', '2026-03-25');
    const hours = (minutes: number) => `${(minutes / 60).toFixed(1).replace('.', ',')} h`;
    expect(insightsTrendWords(weekRange({ ...input, entries, now }), hours)).toContain('This week is already over the cap: 24,0 h of 20,0 h.');
  });
});
