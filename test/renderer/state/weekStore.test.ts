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

type TestApi = Awaited<ReturnType<typeof createTestApi>>;

/** Counts summary.week's answers as they come from the real router; `hold` may keep one back until it resolves. */
function countAnswers(api: TestApi, hold?: (request: { at?: number }) => Promise<void> | undefined) {
  const counter = { answered: 0 };
  api.answer('summary.week', async (request, real) => {
    const answer = await real();
    await hold?.(request);
    counter.answered++;
    return answer;
  });
  return counter;
}

const weekRequests = (api: TestApi, from: number) => api.calls.slice(from).filter((call) => call.channel === 'summary.week').map((call) => call.request);

describe('weekStore: weeks kept for paging', () => {
  it('paging back asks ahead for the week before, then shows it at once, and the way forward again without asking', async () => {
    const api = await createTestApi();
    const counter = countAnswers(api);
    const week = createWeekStore(api);
    await week.getState().show(null);
    const w13 = week.getState().summary!;
    await week.getState().showPrevious();
    const w12 = week.getState().summary!;
    expect(w12.week).toBe('2026-W12');
    // W12 as the click asked for it, and the week before it asked for ahead.
    expect(weekRequests(api, 0)).toEqual([{}, { at: w13.start - 1 }, { at: w12.start - 1 }]);
    await vi.waitFor(() => expect(counter.answered).toBe(3));

    const from = api.calls.length;
    const moving = week.getState().showPrevious();
    // In the click's own task: no loading state in between, no request for it.
    expect(week.getState().summary?.week).toBe('2026-W11');
    expect(week.getState().status).toBe('ready');
    await moving;
    const w11 = week.getState().summary!;
    await week.getState().showNext();
    expect(week.getState().summary).toBe(w12);
    // Only the week before W11, asked for ahead.
    expect(weekRequests(api, from)).toEqual([{ at: w11.start - 1 }]);
  });

  it('the week containing now is never kept: coming back to it asks the host again', async () => {
    const api = await createTestApi();
    const week = createWeekStore(api);
    await week.getState().show(null);
    await week.getState().showPrevious();
    const w12 = week.getState().summary!;
    const from = api.calls.length;
    await week.getState().showNext();
    expect(week.getState().summary?.week).toBe('2026-W13');
    expect(weekRequests(api, from)).toEqual([{ at: w12.end }]);
  });

  it('once told the data changed, it asks again for a week it kept, and shows the new figures', async () => {
    const api = await createTestApi();
    const week = createWeekStore(api);
    await week.getState().show(null);
    await week.getState().showPrevious();
    const w12 = week.getState().summary!;
    await week.getState().showNext();
    // Two hours on W12's Tuesday, saved by the real service.
    const tuesday = w12.days[1]!.start + 9 * 3_600_000;
    await api.host.call('entries.add', { categoryId: 'work', start: tuesday, end: tuesday + 2 * 3_600_000 });
    week.getState().forgetKeptWeeks();
    const from = api.calls.length;
    await week.getState().showPrevious();
    expect(weekRequests(api, from)[0]).toEqual({ at: week.getState().summary!.end - 1 });
    expect(week.getState().summary?.minutes.work).toBe(w12.minutes.work + 120);
  });

  it('an answer asked for ahead that comes after the data changed is not kept', async () => {
    const api = await createTestApi();
    const week = createWeekStore(api);
    await week.getState().show(null);
    const w13 = week.getState().summary!;
    // Every week but W12 (the click's) is held back until the data has changed.
    let release: (() => void) | null = null;
    const counter = countAnswers(api, (request) =>
      request.at !== undefined && request.at !== w13.start - 1 ? new Promise<void>((resolve) => (release = resolve)) : undefined,
    );
    await week.getState().showPrevious();
    const w12 = week.getState().summary!;
    await vi.waitFor(() => expect(release).not.toBeNull());
    // An hour on W11's Sunday (10:00 to 11:00), saved by the real service while W11's answer is on its way.
    const sunday = w12.start - 14 * 3_600_000;
    await api.host.call('entries.add', { categoryId: 'work', start: sunday, end: sunday + 3_600_000 });
    week.getState().forgetKeptWeeks();
    release!();
    await vi.waitFor(() => expect(counter.answered).toBe(2));
    release = null;
    const from = api.calls.length;
    const moving = week.getState().showPrevious();
    expect(week.getState().status).toBe('loading');
    await vi.waitFor(() => expect(release).not.toBeNull());
    release!();
    await moving;
    expect(weekRequests(api, from)[0]).toEqual({ at: w12.start - 1 });
    expect(week.getState().summary?.week).toBe('2026-W11');
    expect(week.getState().summary?.minutes.work).toBe(60);
  });
});
