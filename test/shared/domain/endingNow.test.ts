import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitEndingNow } from '../../../shared/domain/endingNow';

const MIN = 60_000;
const NOW = Date.UTC(2026, 11, 7, 10, 0);

describe('time added "ending now"', () => {
  it('ends now when nothing is in the way', () => {
    expect(fitEndingNow(30 * MIN, NOW, [{ start: NOW - 120 * MIN, end: NOW - 60 * MIN }], null)).toEqual({ start: NOW - 30 * MIN, end: NOW });
  });

  it('right after a timer stopped, goes just before its entry instead of overlapping it', () => {
    const stopped = { start: NOW - 46 * MIN, end: NOW };
    expect(fitEndingNow(30 * MIN, NOW, [stopped], null)).toEqual({ start: stopped.start - 30 * MIN, end: stopped.start });
  });

  it('a zero-length entry is in nobody’s way', () => {
    expect(fitEndingNow(30 * MIN, NOW, [{ start: NOW, end: NOW }], null)).toEqual({ start: NOW - 30 * MIN, end: NOW });
  });

  it('skips gaps too short for it, and ends before a running timer started', () => {
    const entries = [
      { start: NOW - 100 * MIN, end: NOW - 50 * MIN },
      { start: NOW - 40 * MIN, end: NOW - 20 * MIN },
    ];
    expect(fitEndingNow(15 * MIN, NOW, entries, NOW - 10 * MIN)).toEqual({ start: NOW - 115 * MIN, end: NOW - 100 * MIN });
  });

  it('whatever is in the way, the span has the length asked, ends by now and overlaps nothing', () => {
    const span = fc.record({ start: fc.integer({ min: -600, max: 0 }), len: fc.integer({ min: 0, max: 120 }) });
    fc.assert(
      fc.property(fc.array(span, { maxLength: 8 }), fc.integer({ min: 1, max: 180 }), (raw, minutes) => {
        const entries = raw.map((r) => ({ start: NOW + r.start * MIN, end: NOW + (r.start + r.len) * MIN }));
        const fit = fitEndingNow(minutes * MIN, NOW, entries, null);
        expect(fit.end - fit.start).toBe(minutes * MIN);
        expect(fit.end).toBeLessThanOrEqual(NOW);
        for (const e of entries) expect(Math.min(e.end, fit.end) <= Math.max(e.start, fit.start)).toBe(true);
      }),
    );
  });
});
