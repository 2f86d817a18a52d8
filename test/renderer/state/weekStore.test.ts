import { describe, expect, it, vi } from 'vitest';
import { createWeekStore } from '../../../renderer/state/weekStore';
import { createTestApi } from '../testApi';

describe('weekStore', () => {
  it('asks for the current week without an instant: the main process knows what now is', async () => {
    const api = await createTestApi();
    const week = createWeekStore(api);
    await week.getState().show(null);
    expect(api.callsTo('summary.week')).toEqual([{}]);
    expect(week.getState().summary?.week).toBe('2026-W13');
  });

  it('keeps only the answer to the latest request when refreshes overlap', async () => {
    const api = await createTestApi({ settings: { weeklyCapMinutes: 20 * 60 } });
    // Each answer is the real one, held until the test lets it go: the later request's answer arrives first.
    const release: Array<() => void> = [];
    api.answer('summary.week', async (_request, real) => {
      const answer = await real();
      await new Promise<void>((resolve) => release.push(resolve));
      return answer;
    });
    const week = createWeekStore(api);
    const first = week.getState().refresh();
    await vi.waitFor(() => expect(release).toHaveLength(1));
    await api.host.call('settings.update', { weeklyCapMinutes: 40 * 60 });
    const second = week.getState().refresh();
    await vi.waitFor(() => expect(release).toHaveLength(2));
    release[1]!();
    await second;
    release[0]!();
    await Promise.all([first, second]);
    expect(week.getState().summary?.capMinutes).toBe(40 * 60);
  });

  it('keeps the figures it has when a refresh fails, and says why', async () => {
    const api = await createTestApi();
    const week = createWeekStore(api);
    await week.getState().refresh();
    api.fail('summary.week', { code: 'internal', message: 'The summary could not be computed.' });
    await week.getState().refresh();
    expect(week.getState().summary).not.toBeNull();
    expect(week.getState().error?.message).toBe('The summary could not be computed.');
  });

  it('moves to the next week by asking for the instant the shown week ends', async () => {
    const api = await createTestApi();
    const week = createWeekStore(api);
    await week.getState().show(null);
    const end = week.getState().summary!.end;
    await week.getState().showNext();
    expect(api.callsTo('summary.week').at(-1)).toEqual({ at: end });
    expect(week.getState().summary?.week).toBe('2026-W14');
  });
});
