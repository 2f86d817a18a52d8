// An entry deleted on one computer and edited on the other before they sync: the conflict says which happened where
// and which was kept, rather than calling the deletion an edit.
import { afterEach, expect, it } from 'vitest';
import { cleanupComputers, pair } from './syncedComputers';
import { HOUR, MINUTE } from '../../support/testHost';

afterEach(cleanupComputers);

it('deleted on one computer and edited later on the other: the edit is kept, and the conflict says so', async () => {
  const { laptop, desktop, round } = pair();
  const start = laptop.host.clock.now() - 2 * HOUR;
  const entry = await laptop.host.call('entries.add', { categoryId: 'work', start, end: start + HOUR, note: 'report' });
  round();
  await laptop.host.call('entries.delete', { id: entry.id });
  desktop.host.clock.advance(MINUTE);
  await desktop.host.call('entries.update', { id: entry.id, note: 'report, longer' });
  round();
  round();
  for (const c of [laptop, desktop]) {
    expect(c.store.getEntries()).toEqual([expect.objectContaining({ id: entry.id, note: 'report, longer' })]);
    expect(c.sync.conflicts().map((x) => x.message)).toEqual(['This entry was edited on one computer and deleted on the other; the edit, the later change, is kept.']);
  }
});

it('edited on one computer and deleted later on the other: the deletion is kept, and the conflict says so', async () => {
  const { laptop, desktop, round } = pair();
  const start = laptop.host.clock.now() - 2 * HOUR;
  const entry = await laptop.host.call('entries.add', { categoryId: 'work', start, end: start + HOUR, note: 'report' });
  round();
  await laptop.host.call('entries.update', { id: entry.id, note: 'report, longer' });
  desktop.host.clock.advance(MINUTE);
  await desktop.host.call('entries.delete', { id: entry.id });
  round();
  round();
  for (const c of [laptop, desktop]) {
    expect(c.store.getEntries()).toEqual([]);
    expect(c.sync.conflicts().map((x) => x.message)).toEqual(['This entry was deleted on one computer and edited on the other; the deletion, the later change, is kept.']);
  }
});
