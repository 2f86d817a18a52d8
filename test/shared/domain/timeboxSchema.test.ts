import { describe, expect, it } from 'vitest';
import { localDateSchema } from '../../../shared/model';
import { timeboxSchema, weeklyTimeboxSchema } from '../../../shared/planModel';
import { weekly } from './timeboxFixtures';

const issues = (value: unknown) => {
  const parsed = timeboxSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
};

describe('the timebox model', () => {
  it('a weekly series and a one-off both parse; a series without edits gets empty ones', () => {
    const { overrides: _o, cancelled: _c, ...bare } = weekly();
    expect(weeklyTimeboxSchema.parse(bare)).toEqual(weekly());
    expect(issues({ kind: 'once', id: 'b', categoryId: 'family', start: 1_000, end: 2_000, title: 'Park' })).toEqual([]);
  });

  it('a one-off must end after it starts', () => {
    expect(issues({ kind: 'once', id: 'b', categoryId: 'family', start: 2_000, end: 2_000 })).toEqual(['end']);
  });

  it('a series has exactly one of an end time and a duration, each weekday at most once, and no until before its first date', () => {
    expect(issues({ ...weekly(), durationMinutes: 30 })).toEqual(['endTime']);
    const { endTime: _e, ...noLength } = weekly();
    expect(issues(noLength)).toEqual(['endTime']);
    expect(issues(weekly({ weekdays: [1, 1] }))).toEqual(['weekdays']);
    expect(issues(weekly({ weekdays: [] }))).toEqual(['weekdays']);
    expect(issues(weekly({ until: '2026-01-04' }))).toEqual(['until']);
    expect(issues(weekly({ until: '2026-01-05' }))).toEqual([]);
  });

  it('wall-clock times are HH:mm and dates real calendar dates, in the series and in its edits', () => {
    expect(issues(weekly({ startTime: '24:00' }))).toEqual(['startTime']);
    expect(issues(weekly({ firstDate: '2026-02-29' }))).toEqual(['firstDate']);
    expect(issues(weekly({ cancelled: ['2026-1-5'] }))).toEqual(['cancelled.0']);
    expect(issues(weekly({ overrides: { '2026-03-25': { endTime: '09:00', durationMinutes: 30 } } }))).toEqual(['overrides.2026-03-25.durationMinutes']);
    expect(issues(weekly({ overrides: { tomorrow: {} } }))).toEqual(['overrides.tomorrow']);
    expect(localDateSchema.safeParse('2028-02-29').success).toBe(true);
  });

  it('a title is trimmed, and a blank one refused', () => {
    expect(weeklyTimeboxSchema.parse(weekly({ title: '  Deep work ' })).title).toBe('Deep work');
    expect(issues(weekly({ title: '   ' }))).toEqual(['title']);
  });
});
