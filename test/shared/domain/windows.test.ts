import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HOUR, MINUTE } from '../../../shared/domain/time';
import { mergeIntervals, msInside, nextWindowStart, windowIntervals } from '../../../shared/domain/windows';
import { settings, t } from './helpers';

const BERLIN = 'Europe/Berlin';
const iso = (ms: number) => new Date(ms).toISOString();

describe('work windows as intervals', () => {
  it('the default windows are 09:00–17:00 on weekdays and none at the weekend', () => {
    const s = settings(BERLIN);
    const week = windowIntervals(t(BERLIN, '2026-03-23'), t(BERLIN, '2026-03-30'), s);
    expect(week).toHaveLength(5);
    expect(week.map((w) => (w.end - w.start) / HOUR)).toEqual([8, 8, 8, 8, 8]);
    expect(week[0]).toEqual({ start: t(BERLIN, '2026-03-23 09:00'), end: t(BERLIN, '2026-03-23 17:00') });
  });

  it('an overnight window belongs to the day it opens on and reaches into the next', () => {
    const s = settings(BERLIN, { workWindows: [[], [], [], [], [], [{ start: '22:00', end: '02:00' }], []] });
    const saturday = windowIntervals(t(BERLIN, '2026-03-28'), t(BERLIN, '2026-03-29'), s);
    expect(saturday).toEqual([{ start: t(BERLIN, '2026-03-28 00:00'), end: t(BERLIN, '2026-03-28 02:00') }]);
  });

  it('a window whose end equals its start lasts the whole day, 23 h on the spring-forward day', () => {
    const s = settings(BERLIN, { workWindows: [[{ start: '00:00', end: '00:00' }], [], [], [], [], [], []] });
    const [sunday] = windowIntervals(t(BERLIN, '2026-03-29'), t(BERLIN, '2026-03-30'), s);
    expect((sunday!.end - sunday!.start) / HOUR).toBe(23);
  });

  it('a window across the spring-forward gap is an hour shorter on the clock', () => {
    const s = settings(BERLIN, { workWindows: [[{ start: '01:00', end: '04:00' }], [], [], [], [], [], []] });
    const [w] = windowIntervals(t(BERLIN, '2026-03-29'), t(BERLIN, '2026-03-30'), s);
    expect((w!.end - w!.start) / HOUR).toBe(2);
  });

  it('overlapping windows on one day merge into one interval', () => {
    const s = settings(BERLIN, { workWindows: [[], [{ start: '09:00', end: '12:00' }, { start: '11:00', end: '14:00' }, { start: '15:00', end: '16:00' }], [], [], [], [], []] });
    const monday = windowIntervals(t(BERLIN, '2026-03-23'), t(BERLIN, '2026-03-24'), s);
    expect(monday.map((w) => [iso(w.start), iso(w.end)])).toEqual([
      ['2026-03-23T08:00:00.000Z', '2026-03-23T13:00:00.000Z'],
      ['2026-03-23T14:00:00.000Z', '2026-03-23T15:00:00.000Z'],
    ]);
  });

  it('time inside windows is counted by the minute, and a span never has more inside than its length', () => {
    const s = settings(BERLIN);
    const from = t(BERLIN, '2026-03-23');
    const windows = windowIntervals(from, from + 7 * 24 * HOUR, s);
    expect(msInside(windows, t(BERLIN, '2026-03-23 16:30'), t(BERLIN, '2026-03-23 18:00')) / MINUTE).toBe(30);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 7 * 24 * 60 }), fc.integer({ min: 0, max: 48 * 60 }), (startMin, lengthMin) => {
        const start = from + startMin * MINUTE;
        const end = start + lengthMin * MINUTE;
        const inside = msInside(windows, start, end);
        expect(inside).toBeGreaterThanOrEqual(0);
        expect(inside).toBeLessThanOrEqual(end - start);
      }),
      { numRuns: 300 },
    );
  });

  it('merging keeps every instant covered exactly once', () => {
    const merged = mergeIntervals([
      { start: 5, end: 9 },
      { start: 0, end: 3 },
      { start: 3, end: 4 },
      { start: 8, end: 12 },
    ]);
    expect(merged).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 12 },
    ]);
  });

  it('after Friday\'s window the next one opens the next workday at 09:00; inside a window it is now', () => {
    const s = settings(BERLIN);
    expect(nextWindowStart(t(BERLIN, '2026-03-27 10:00'), s)).toBe(t(BERLIN, '2026-03-27 10:00'));
    expect(nextWindowStart(t(BERLIN, '2026-03-27 18:00'), s)).toBe(t(BERLIN, '2026-03-30 09:00'));
  });
});
