import { describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/result';
import type { WeekSummary } from '../../../shared/model';
import { createWeekStore } from '../../../renderer/state/weekStore';
import { createFakeApi } from '../fakeApi';
import { weekSummaryFixture } from '../fixtures';

describe('weekStore', () => {
  it('asks for the current week without an instant: the main process knows what now is', async () => {
    const api = createFakeApi();
    const week = createWeekStore(api);
    await week.getState().show(null);
    expect(api.callsTo('summary.week')).toEqual([{}]);
    expect(week.getState().summary?.week).toBe('2026-W13');
  });

  it('keeps only the answer to the latest request when refreshes overlap', async () => {
    const api = createFakeApi();
    const answers: Array<(result: Result<WeekSummary>) => void> = [];
    api.answer('summary.week', () => new Promise((resolve) => answers.push(resolve)));
    const week = createWeekStore(api);
    const first = week.getState().refresh();
    const second = week.getState().refresh();
    answers[1]!({ ok: true, value: weekSummaryFixture({ capMinutes: 40 * 60 }) });
    answers[0]!({ ok: true, value: weekSummaryFixture({ capMinutes: 20 * 60 }) });
    await Promise.all([first, second]);
    expect(week.getState().summary?.capMinutes).toBe(40 * 60);
  });

  it('keeps the figures it has when a refresh fails, and says why', async () => {
    const api = createFakeApi();
    const week = createWeekStore(api);
    await week.getState().refresh();
    api.fail('summary.week', { code: 'internal', message: 'The summary could not be computed.' });
    await week.getState().refresh();
    expect(week.getState().summary).not.toBeNull();
    expect(week.getState().error?.message).toBe('The summary could not be computed.');
  });

  it('moves to the next week by asking for the instant the shown week ends', async () => {
    const api = createFakeApi();
    const week = createWeekStore(api);
    await week.getState().show(null);
    const end = week.getState().summary!.end;
    await week.getState().showNext();
    expect(api.callsTo('summary.week').at(-1)).toEqual({ at: end });
    expect(week.getState().summary?.week).toBe('2026-W14');
  });
});
