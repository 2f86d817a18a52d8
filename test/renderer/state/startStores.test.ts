// Start-up costs one request per figure: the week store and Today both show the week containing now, and one
// summary.week serves both.
import { describe, expect, it } from 'vitest';
import { createFakeApi } from '../fakeApi';
import { NOW } from '../fixtures';
import { renderApp } from '../renderApp';

describe('start-up requests', () => {
  it('asks for the week containing now once, and Today shows that week with its own day’s entries', async () => {
    const api = createFakeApi();
    api.state.entries = [{ id: 'e1', categoryId: 'work', start: NOW - 2 * 3_600_000, end: NOW - 3_600_000, note: 'report', tags: [], source: 'manual' }];
    const { stores } = await renderApp({ api });
    expect(api.callsTo('summary.week')).toEqual([{}]);
    expect(stores.today.getState().summary).toBe(stores.week.getState().summary);
    expect(stores.today.getState().entries.map((entry) => entry.note)).toEqual(['report']);
  });
});
