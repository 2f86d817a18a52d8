// The window around now that Today asks for before it knows today's bounds: it holds the day containing now in any
// time zone, and two askers a moment apart (the early asker, then the store) ask for the same one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayBounds, localDateOf } from '../../shared/domain/time';
import { entriesAroundNow, startupCalls } from '../../shared/startupCalls';

const ZONES = ['Europe/Berlin', 'America/New_York', 'Pacific/Chatham', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC'];
const YEARS_2000_TO_2040 = { min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) };

describe('entriesAroundNow', () => {
  it('holds the day containing now, with time to spare for clocks that disagree by up to 50 minutes', () => {
    fc.assert(
      fc.property(fc.integer(YEARS_2000_TO_2040), fc.constantFrom(...ZONES), (now, zone) => {
        const { from, to } = entriesAroundNow(now);
        const day = dayBounds(localDateOf(now, zone), zone);
        expect(from).toBeLessThanOrEqual(day.start - 50 * 60_000);
        expect(to).toBeGreaterThanOrEqual(day.end + 50 * 60_000);
      }),
    );
  });

  it('is the same window for two clocks read a moment apart within the same five minutes', () => {
    const start = Date.UTC(2026, 11, 2, 10, 0);
    expect(entriesAroundNow(start + 1)).toEqual(entriesAroundNow(start + 5 * 60_000 - 1));
    expect(entriesAroundNow(start + 5 * 60_000)).not.toEqual(entriesAroundNow(start));
  });
});

describe('startupCalls', () => {
  it('asks for the entries around the context’s now and for nothing that depends on the clock otherwise', () => {
    const calls = startupCalls({ now: Date.UTC(2026, 11, 2, 10, 0), locale: 'en-GB' });
    expect(calls.find((call) => call.channel === 'entries.list')?.payload).toEqual(entriesAroundNow(Date.UTC(2026, 11, 2, 10, 0)));
    expect(new Set(calls.map((call) => call.channel)).size).toBe(calls.length);
  });
});
