// The same file imported on two synced computers: its projects become one category each on both, and its entries
// agree to the last field, so sync reports nothing to decide.
import { afterEach, describe, expect, it } from 'vitest';
import { togglCsv } from '../services/importFixtures';
import { cleanupComputers, pair } from './syncedComputers';

afterEach(cleanupComputers);

const FILE = togglCsv([
  ['Client A', 'kick-off', '2026-11-16 09:00:00', '2026-11-16 11:30:00'],
  ['Client A', 'review', '2026-11-17 09:00:00', '2026-11-17 10:00:00'],
  ['Running', '5 km', '2026-11-17 18:00:00', '2026-11-17 18:40:00'],
]);

describe('an import on two synced computers', () => {
  it('the same file imported on both makes one category per project and no conflict', async () => {
    const { laptop, desktop, round } = pair();
    await laptop.host.call('import.apply', { text: FILE, fileName: 'toggl.csv' });
    await desktop.host.call('import.apply', { text: FILE, fileName: 'toggl.csv' });
    round();
    for (const c of [laptop, desktop]) {
      const names = c.store.getCategories().map((category) => category.name);
      expect(names.filter((n) => n === 'Client A')).toHaveLength(1);
      expect(names.filter((n) => n === 'Running')).toHaveLength(1);
      expect(c.store.getEntries()).toHaveLength(3);
      expect(c.sync.conflicts()).toEqual([]);
    }
    expect(laptop.store.getCategories()).toEqual(desktop.store.getCategories());
    expect(laptop.store.getEntries()).toEqual(desktop.store.getEntries());
  });

  it('a category renamed since an earlier import keeps its id; the next import of that project makes a new one', async () => {
    const { laptop } = pair();
    await laptop.host.call('import.apply', { text: FILE, fileName: 'toggl.csv' });
    const first = laptop.store.getCategories().find((c) => c.name === 'Client A')!;
    await laptop.host.call('categories.update', { id: first.id, name: 'Clients' });
    const next = togglCsv([['Client A', 'follow-up', '2026-11-18 09:00:00', '2026-11-18 10:00:00']]);
    const result = await laptop.host.call('import.apply', { text: next, fileName: 'toggl-2.csv' });
    expect(result.createdCategories).toHaveLength(1);
    expect(result.createdCategories[0]!.id).not.toBe(first.id);
    expect(laptop.store.getCategories().filter((c) => c.id === first.id).map((c) => c.name)).toEqual(['Clients']);
  });
});
