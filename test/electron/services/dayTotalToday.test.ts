// Hours typed for today are time already spent: they land before now, so a timer started later in the day starts.
// Placed in the work window after now (2 h typed at 08:00 became 09:00–11:00), they refused a timer at 09:30.
import { afterEach, describe, expect, it } from 'vitest';
import { HOUR, MINUTE, makeTestHost, type TestHost } from '../../support/testHost';

let host: TestHost | undefined;
afterEach(() => host?.cleanup());

describe('a day total typed for today', () => {
  it('goes before now, and a work timer started after it starts', async () => {
    // Tuesday 24 Nov 2026, 08:00 in Berlin: before the 09:00 work window.
    host = makeTestHost({ start: Date.UTC(2026, 10, 24, 7, 0) });
    const typedAt = host.clock.now();
    const change = await host.call('entries.setDayMinutes', { date: '2026-11-24', categoryId: 'work', minutes: 120 });
    expect(change.added.map((e) => [e.start, e.end])).toEqual([[typedAt - 2 * HOUR, typedAt]]);

    host.clock.advance(90 * MINUTE);
    const timer = await host.call('timer.start', { categoryId: 'work' });
    expect(timer.start).toBe(typedAt + 90 * MINUTE);
  });
});

describe('a day total typed for a day with no work window', () => {
  it('lands in the morning, in the settings’ zone, not from midnight: no late work is made up', async () => {
    // Tuesday 24 Nov 2026 in Berlin; the Saturday before has no window.
    host = makeTestHost({ start: Date.UTC(2026, 10, 24, 9, 0) });
    const change = await host.call('entries.setDayMinutes', { date: '2026-11-21', categoryId: 'work', minutes: 120 });
    // 09:00 Berlin (CET) is 08:00 UTC.
    expect(change.added.map((e) => [e.start, e.end])).toEqual([[Date.UTC(2026, 10, 21, 8, 0), Date.UTC(2026, 10, 21, 10, 0)]]);
    const week = await host.call('summary.week', { at: Date.UTC(2026, 10, 21, 12, 0) });
    expect(week.days.find((d) => d.date === '2026-11-21')!.lateWorkMinutes).toBe(0);
  });
});
