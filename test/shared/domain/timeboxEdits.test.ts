import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { WeeklyTimebox } from '../../../shared/planModel';
import { cancelOccurrence, editOccurrence, editSeries, restoreOccurrence, splitSeries } from '../../../shared/domain/timeboxEdits';
import { expandWeek, timeboxOccurrences } from '../../../shared/domain/timeboxOccurrences';
import { addDays, formatDate, parseDate } from '../../../shared/domain/time';
import type { Result } from '../../../shared/result';
import { settings, t } from './helpers';
import { localText, weekly } from './timeboxFixtures';

const BERLIN = 'Europe/Berlin';
const s = settings(BERLIN);
const at = (text: string) => t(BERLIN, text);
const value = <T,>(result: Result<T>): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const starts = (series: WeeklyTimebox[], weekOf: string) => expandWeek(series, at(`${weekOf} 12:00`), s).map((o) => localText(o.start, BERLIN));

describe('editing one occurrence', () => {
  it('moving one occurrence changes that day only', () => {
    const edited = value(editOccurrence(weekly(), '2026-03-25', { startTime: '10:30' }));
    expect(starts([edited], '2026-03-25')).toEqual(['2026-03-23 07:00', '2026-03-24 07:00', '2026-03-25 10:30', '2026-03-26 07:00', '2026-03-27 07:00']);
    expect(starts([edited], '2026-04-01')).toEqual(starts([weekly()], '2026-04-01'));
  });

  it('edits of one occurrence add up; a new duration replaces an earlier end time, and the other way round', () => {
    let series = value(editOccurrence(weekly(), '2026-03-25', { startTime: '10:00', title: 'Review' }));
    series = value(editOccurrence(series, '2026-03-25', { endTime: '12:00' }));
    expect(series.overrides['2026-03-25']).toEqual({ startTime: '10:00', title: 'Review', endTime: '12:00' });
    series = value(editOccurrence(series, '2026-03-25', { durationMinutes: 30 }));
    expect(series.overrides['2026-03-25']).toEqual({ startTime: '10:00', title: 'Review', durationMinutes: 30 });
  });

  it('moving an occurrence back to its own date, or editing nothing, leaves no edit behind', () => {
    const moved = value(editOccurrence(weekly(), '2026-03-25', { date: '2026-03-28' }));
    expect(value(editOccurrence(moved, '2026-03-25', { date: '2026-03-25' })).overrides).toEqual({});
    expect(value(editOccurrence(weekly(), '2026-03-25', {})).overrides).toEqual({});
  });

  it('an edit to a date the series does not have is refused as not found; a malformed one as a bad request', () => {
    expect(editOccurrence(weekly(), '2026-03-28', { startTime: '09:00' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(editOccurrence(weekly(), '2026-13-01', { startTime: '09:00' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const both = editOccurrence(weekly(), '2026-03-25', { endTime: '09:00', durationMinutes: 30 });
    expect(both).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(!both.ok && both.error.issues?.map((i) => i.path)).toEqual(['overrides.2026-03-25.durationMinutes']);
  });

  it('a cancelled occurrence must be restored before it is edited', () => {
    const cancelled = value(cancelOccurrence(weekly(), '2026-03-25'));
    expect(editOccurrence(cancelled, '2026-03-25', { startTime: '09:00' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('cancelling removes exactly that occurrence and forgets its edit; twice is the same as once; restoring brings it back as the series has it', () => {
    const edited = value(editOccurrence(weekly(), '2026-03-25', { startTime: '10:30' }));
    const cancelled = value(cancelOccurrence(edited, '2026-03-25'));
    expect(cancelled.overrides).toEqual({});
    expect(starts([cancelled], '2026-03-25')).toEqual(['2026-03-23 07:00', '2026-03-24 07:00', '2026-03-26 07:00', '2026-03-27 07:00']);
    expect(value(cancelOccurrence(cancelled, '2026-03-25'))).toEqual(cancelled);
    expect(starts([value(restoreOccurrence(cancelled, '2026-03-25'))], '2026-03-25')).toEqual(starts([weekly()], '2026-03-25'));
  });

  it('edits never change the series they are given', () => {
    const series = weekly();
    const copy = structuredClone(series);
    editOccurrence(series, '2026-03-25', { startTime: '10:30' });
    cancelOccurrence(series, '2026-03-25');
    editSeries(series, { startTime: '06:00' });
    splitSeries(series, '2026-03-25', { startTime: '06:00' }, 's2');
    expect(series).toEqual(copy);
  });
});

describe('editing the whole series', () => {
  it('a new time applies to every occurrence, past ones too, and occurrences edited on their own keep their edits', () => {
    const series = value(editOccurrence(weekly(), '2026-03-25', { startTime: '10:30' }));
    const edited = value(editSeries(series, { startTime: '06:00', endTime: '06:45', title: 'Early' }));
    expect(starts([edited], '2026-03-25')).toEqual(['2026-03-23 06:00', '2026-03-24 06:00', '2026-03-25 10:30', '2026-03-26 06:00', '2026-03-27 06:00']);
    expect(starts([edited], '2026-01-07')[0]).toBe('2026-01-05 06:00');
    expect(expandWeek([edited], at('2026-03-23 12:00'), s)[0]!.title).toBe('Early');
    expect(value(editSeries(edited, { title: null })).title).toBeUndefined();
  });

  it('a duration replaces the end time and the other way round', () => {
    const byDuration = value(editSeries(weekly(), { durationMinutes: 90 }));
    expect(byDuration.endTime).toBeUndefined();
    expect(value(editSeries(byDuration, { endTime: '09:00' })).durationMinutes).toBeUndefined();
  });

  it('dropping a weekday drops the edits and cancellations of its dates', () => {
    let series = value(editOccurrence(weekly(), '2026-03-25', { startTime: '10:30' }));
    series = value(cancelOccurrence(series, '2026-03-24'));
    const edited = value(editSeries(series, { weekdays: [1, 2, 4, 5] }));
    expect(edited.overrides).toEqual({});
    expect(edited.cancelled).toEqual(['2026-03-24']);
    const fewer = value(editSeries(series, { weekdays: [1, 4] }));
    expect(fewer.cancelled).toEqual([]);
  });

  it('new weekdays are kept in order, whatever order they came in; a new until ends the series there', () => {
    const edited = value(editSeries(weekly({ firstDate: '2026-03-23' }), { weekdays: [5, 1, 3], until: '2026-04-03' }));
    expect(edited.weekdays).toEqual([1, 3, 5]);
    expect(edited.until).toBe('2026-04-03');
    expect(value(editSeries(edited, { until: null })).until).toBeNull();
  });

  it('an invalid result is refused with the schema’s issues', () => {
    const result = editSeries(weekly(), { weekdays: [] });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(!result.ok && result.error.message).toMatch(/weekdays/);
    expect(editSeries(weekly({ firstDate: '2026-03-23' }), { until: '2026-03-01' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});

describe('splitting a series: this occurrence and the following ones', () => {
  it('the old series ends the day before, the new one starts on the date with the change, and no occurrence is lost or doubled', () => {
    const series = value(cancelOccurrence(value(editOccurrence(weekly(), '2026-03-24', { title: 'Kept' })), '2026-03-27'));
    const { before, after } = value(splitSeries(series, '2026-03-25', { startTime: '09:00', endTime: '10:00' }, 's2'));
    expect(before).toMatchObject({ id: 's1', firstDate: '2026-01-05', until: '2026-03-24', overrides: { '2026-03-24': { title: 'Kept' } }, cancelled: [] });
    expect(after).toMatchObject({ id: 's2', firstDate: '2026-03-25', until: null, startTime: '09:00', endTime: '10:00', overrides: {}, cancelled: ['2026-03-27'] });
    expect(starts([before!, after], '2026-03-25')).toEqual(['2026-03-23 07:00', '2026-03-24 07:00', '2026-03-25 09:00', '2026-03-26 09:00']);
  });

  it('splitting on or before the first date leaves no old series, and the new one is the whole series changed', () => {
    const { before, after } = value(splitSeries(weekly(), '2026-01-05', { weekdays: [6] }, 's2'));
    expect(before).toBeNull();
    expect(after).toMatchObject({ id: 's2', firstDate: '2026-01-05', weekdays: [6] });
  });

  it('no old series either when no occurrence falls before the split date', () => {
    const { before } = value(splitSeries(weekly({ firstDate: '2026-03-23', weekdays: [3] }), '2026-03-25', {}, 's2'));
    expect(before).toBeNull();
  });

  it('refuses a split after the series ended, a split date that is not a date, and a new id equal to the old', () => {
    expect(splitSeries(weekly({ until: '2026-03-20' }), '2026-03-25', {}, 's2')).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(splitSeries(weekly(), '25/03/2026', {}, 's2')).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(splitSeries(weekly(), '2026-03-25', {}, 's1')).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('an unchanged split expands exactly as the series did, on any date', () => {
    const from = at('2026-01-01');
    const to = at('2026-07-01');
    const original = weekly({ weekdays: [0, 2, 4], startTime: '22:30', endTime: '00:30', cancelled: ['2026-02-03'], overrides: { '2026-03-05': { startTime: '06:00' } } });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 180 }), (offset) => {
        const fromDate = formatDate(addDays(parseDate('2026-01-01')!, offset));
        const { before, after } = value(splitSeries(original, fromDate, {}, 's2'));
        const key = (o: { occurrenceDate: string; start: number; end: number; title: string | null }) => `${o.occurrenceDate} ${o.start} ${o.end} ${o.title}`;
        const split = timeboxOccurrences(before ? [before, after] : [after], from, to, BERLIN).map(key);
        expect(split).toEqual(timeboxOccurrences([original], from, to, BERLIN).map(key));
      }),
      { numRuns: 60 },
    );
  });
});
