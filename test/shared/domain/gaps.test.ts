import { describe, expect, it } from 'vitest';
import type { Entry, RunningTimer } from '../../../shared/model';
import { weekSummary } from '../../../shared/domain/weekSummary';
import { GAP_LOOKBACK_DAYS } from '../../../shared/domain/gaps';
import { addDays, formatDate, parseDate } from '../../../shared/domain/time';
import { CATEGORIES, entry, settings, t } from './helpers';

const BERLIN = 'Europe/Berlin';
const at = (text: string) => t(BERLIN, text);
const onDay = (date: string, days: number) => formatDate(addDays(parseDate(date)!, days));

/** Work every day from `from` for `days` days, so the person is clearly logging. */
const workDays = (from: string, days: number): Entry[] =>
  Array.from({ length: days }, (_, i) => entry('work', at(`${onDay(from, i)} 09:00`), at(`${onDay(from, i)} 10:00`)));

const gaps = (entries: Entry[], opts: { now?: number; timer?: RunningTimer } = {}) =>
  weekSummary({ entries, categories: CATEGORIES, settings: settings(BERLIN), timer: opts.timer ?? null, now: opts.now ?? at('2026-05-01'), at: at('2026-03-25 12:00') }).signals;

describe('gaps without fitness and family time', () => {
  it('counts the whole days between two days with fitness', () => {
    const entries = [...workDays('2026-03-01', 29), entry('fitness', at('2026-03-23 07:00'), at('2026-03-23 08:00')), entry('run', at('2026-03-27 07:00'), at('2026-03-27 08:00'))];
    // Tue, Wed, Thu without fitness: 3 days; Sat and Sun after: 2.
    expect(gaps(entries).longestFitnessGapDays).toBe(3);
  });

  it('follows a gap back into earlier weeks', () => {
    const entries = [...workDays('2026-03-01', 29), entry('fitness', at('2026-03-15 07:00'), at('2026-03-15 08:00')), entry('fitness', at('2026-03-25 07:00'), at('2026-03-25 08:00'))];
    // 16 March to 24 March: 9 days, 7 of them before the week.
    expect(gaps(entries).longestFitnessGapDays).toBe(9);
  });

  it('a gap that ended before the week does not count in it', () => {
    const entries = [...workDays('2026-03-01', 29), ...workDays('2026-03-23', 7).map((e) => ({ ...e, categoryId: 'fitness' }))];
    expect(gaps(entries).longestFitnessGapDays).toBe(0);
  });

  it('today is not a whole day yet: a gap counts only the days that have ended', () => {
    const entries = [...workDays('2026-03-01', 29), entry('fitness', at('2026-03-20 07:00'), at('2026-03-20 08:00'))];
    // Saturday 21 to Tuesday 24: four whole days; Wednesday 25 is today.
    expect(gaps(entries, { now: at('2026-03-25 12:00') }).longestFitnessGapDays).toBe(4);
  });

  it('an entry ending at midnight belongs to the day before', () => {
    const entries = [...workDays('2026-03-01', 29), entry('family', at('2026-03-22 20:00'), at('2026-03-23 00:00'))];
    // Family on Sunday 22 only: Monday 23 to Sunday 29 is a 7-day gap.
    expect(gaps(entries).longestFamilyGapDays).toBe(7);
  });

  it('a gap never starts before the first thing logged: a new person’s first week is not a two-month gap', () => {
    expect(gaps(workDays('2026-03-25', 5)).longestFitnessGapDays).toBe(5);
    expect(gaps([]).longestFitnessGapDays).toBe(0);
  });

  it(`the look-back is bounded: a gap reads at most ${GAP_LOOKBACK_DAYS} days before the week`, () => {
    const entries = [entry('fitness', at('2025-06-01 07:00'), at('2025-06-01 08:00')), ...workDays('2025-06-02', 300)];
    expect(gaps(entries).longestFitnessGapDays).toBe(GAP_LOOKBACK_DAYS + 7);
  });

  it('a fitness timer running now counts as fitness time today and before', () => {
    const now = at('2026-03-25 08:00');
    const entries = [...workDays('2026-03-01', 22)];
    const timer = { id: 'run-now', categoryId: 'fitness', start: at('2026-03-23 23:00'), note: '' };
    // The timer covers Monday 23 (an hour) and Tuesday 24: no whole day without fitness since.
    const signals = gaps(entries, { now, timer });
    expect(signals.longestFitnessGapDays).toBe(0);
    expect(signals.longestFamilyGapDays).toBe(24);
  });
});
