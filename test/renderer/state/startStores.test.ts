// Start-up costs one request per figure: the week store and Today both show the week containing now, and one
// summary.week serves both.
import { describe, expect, it } from 'vitest';
import { NOW } from '../fixtures';
import { renderApp } from '../renderApp';
import { createTestApi } from '../testApi';

describe('start-up requests', () => {
  it('asks for the week containing now once, and Today shows that week with its own day’s entries', async () => {
    const api = await createTestApi();
    await api.host.call('entries.add', { categoryId: 'work', start: NOW - 2 * 3_600_000, end: NOW - 3_600_000, note: 'report' });
    const { stores } = await renderApp({ api });
    expect(api.callsTo('summary.week')).toEqual([{}]);
    expect(stores.today.getState().summary).toBe(stores.week.getState().summary);
    expect(stores.today.getState().entries.map((entry) => entry.note)).toEqual(['report']);
  });
});
