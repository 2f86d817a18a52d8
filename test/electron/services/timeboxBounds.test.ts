// How far ahead a box may be planned (checkTimeboxBounds), as the timebox service holds every client to it: a
// mistyped year is refused in words and writes nothing, while an occurrence of a long series far ahead stays editable.
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestHost, type TestHost } from '../../support/testHost';
import { at, refusal } from './timeboxFixtures';

// The test host's clock: Tuesday 24 Nov 2026, 10:00 in Berlin. Five years on: Mon 24 Nov 2031, 10:00.
let host: TestHost | undefined;
afterEach(() => host?.cleanup());

describe('timebox bounds in the timebox service', () => {
  it('refuses a box or a series planned more than five years ahead, in words, and saves nothing', async () => {
    host = makeTestHost();
    const far = await refusal(host, 'plan.add', { categoryId: 'work', start: at('9999-01-01', '09:00'), end: at('9999-01-01', '10:00') });
    expect(far).toEqual({ code: 'bad-request', message: 'A timebox ends at most 5 years from now (by Mon 24 Nov 2031): this one ends Fri 1 Jan 9999 10:00. Is the year right?' });
    const series = await refusal(host, 'plan.add', { categoryId: 'fitness', start: at('2226-11-23', '07:00'), end: at('2226-11-23', '08:00'), repeat: [1, 3] });
    expect(series.message).toMatch(/^A timebox ends at most 5 years from now .* this one ends Thu 23 Nov 2226 08:00\./);
    const past = await refusal(host, 'plan.add', { categoryId: 'work', start: at('2031-11-24', '09:01'), end: at('2031-11-24', '10:01') });
    expect(past.code).toBe('bad-request');
    expect(host.app.store.getTimeboxes()).toEqual([]);
    // Up to the bound itself a plan is a plan.
    const edge = await host.call('plan.add', { categoryId: 'work', start: at('2031-11-24', '09:00'), end: at('2031-11-24', '10:00') });
    expect(host.app.store.getTimeboxes()).toEqual([edge]);
  });

  it('a box moved past the bound is refused and stays where it was; an occurrence far ahead in a series can still be edited or moved earlier', async () => {
    host = makeTestHost();
    const box = await host.call('plan.add', { categoryId: 'work', start: at('2026-11-25', '09:00'), end: at('2026-11-25', '10:00') });
    const moved = await refusal(host, 'plan.update', { id: box.id, scope: 'series', patch: { start: at('9999-11-25', '09:00') } });
    expect(moved.message).toMatch(/^A timebox ends at most 5 years from now \(by Mon 24 Nov 2031\): this one ends Thu 25 Nov 9999 10:00\./);
    expect(host.app.store.getTimeboxes()).toEqual([box]);

    const run = await host.call('plan.add', { categoryId: 'fitness', start: at('2026-11-23', '07:00'), end: at('2026-11-23', '08:00'), repeat: [1] });
    const date = '2033-11-21';
    const retitled = await host.call('plan.update', { id: run.id, scope: 'occurrence', occurrenceDate: date, patch: { title: 'Long run' } });
    expect(retitled.boxes).toHaveLength(1);
    const earlier = await host.call('plan.update', { id: run.id, scope: 'occurrence', occurrenceDate: date, patch: { start: at(date, '06:00') } });
    expect(earlier.boxes).toHaveLength(1);
    const later = await refusal(host, 'plan.update', { id: run.id, scope: 'occurrence', occurrenceDate: date, patch: { start: at(date, '09:00') } });
    expect(later.message).toMatch(/^A timebox ends at most 5 years from now/);
  });
});
