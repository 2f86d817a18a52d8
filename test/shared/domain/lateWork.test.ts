import { describe, expect, it } from 'vitest';
import { lateIntervals } from '../../../shared/domain/lateWork';
import { weekSummary } from '../../../shared/domain/weekSummary';
import { weekContaining } from '../../../shared/domain/time';
import { CATEGORIES, entry, settings, t } from './helpers';

const BERLIN = 'Europe/Berlin';
const at = (text: string) => t(BERLIN, text);

const lateOf = (entries: ReturnType<typeof entry>[], lateWorkHour = 21) =>
  weekSummary({ entries, categories: CATEGORIES, settings: settings(BERLIN, { lateWorkHour }), timer: null, now: at('2026-05-01'), at: at('2026-03-25 12:00') });

describe('late work', () => {
  it('work from lateWorkHour until 05:00 the next morning is late; each minute counts to its own day', () => {
    const s = lateOf([entry('work', at('2026-03-24 20:00'), at('2026-03-25 06:00'))]);
    expect(s.days.find((d) => d.date === '2026-03-24')!.lateWorkMinutes).toBe(180); // 21:00–24:00
    expect(s.days.find((d) => d.date === '2026-03-25')!.lateWorkMinutes).toBe(300); // 00:00–05:00
    expect(s.signals.lateWorkMinutes).toBe(480);
  });

  it.each([
    ['work before lateWorkHour', '2026-03-24 18:00', '2026-03-24 21:00', 0],
    ['work from 05:00 on', '2026-03-24 05:00', '2026-03-24 09:00', 0],
    ['work at 04:00', '2026-03-24 04:00', '2026-03-24 05:30', 60],
    ['work at 23:30', '2026-03-24 23:30', '2026-03-24 23:45', 15],
  ])('%s: %s to %s is %d late minutes', (_, from, to, minutes) => {
    expect(lateOf([entry('work', at(from), at(to))]).signals.lateWorkMinutes).toBe(minutes);
  });

  it('only work is late work: family time at 23:00 is not', () => {
    expect(lateOf([entry('family', at('2026-03-24 22:00'), at('2026-03-24 23:30'))]).signals.lateWorkMinutes).toBe(0);
  });

  it('with lateWorkHour 24 only the small hours are late', () => {
    expect(lateOf([entry('work', at('2026-03-24 22:00'), at('2026-03-25 02:00'))], 24).signals.lateWorkMinutes).toBe(120);
  });

  it('the late stretches of consecutive days join across midnight', () => {
    const week = weekContaining(at('2026-03-25 12:00'), BERLIN, 1);
    const intervals = lateIntervals(week.days, 21, BERLIN);
    expect(intervals[0]).toEqual({ start: at('2026-03-23 00:00'), end: at('2026-03-23 05:00') });
    expect(intervals[1]).toEqual({ start: at('2026-03-23 21:00'), end: at('2026-03-24 05:00') });
    expect(intervals).toHaveLength(8);
  });
});
