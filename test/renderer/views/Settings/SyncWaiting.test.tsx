// Settings → Sync counts the changes waiting, from the real sync service: another computer's change that reached
// the folder but not yet this one shows as waiting, and Sync now takes it in.
import { describe, expect, it } from 'vitest';
import { makeTestHost } from '../../../support/testHost';
import { openSyncSettings, syncFolder } from './syncWindow';

describe('changes waiting in Settings → Sync', { timeout: 20_000 }, () => {
  it("another computer's change in the folder shows as waiting until Sync now takes it in", async () => {
    const folder = syncFolder();
    const desktop = makeTestHost({ storage: 'memory', idPrefix: 'desk-' });
    try {
      const { host, section, user } = await openSyncSettings('browser', [], async (laptop) => {
        await laptop.call('sync.setup', { folder, deviceName: 'Laptop' });
        await desktop.call('sync.setup', { folder, deviceName: 'Desktop' });
        await desktop.call('entries.add', { categoryId: 'work', start: desktop.clock.now() - 3_600_000, end: desktop.clock.now() });
      });
      // Joining after this computer, the desktop took its settings and categories, so its one change is the entry.
      const waiting = (await host.call('sync.status', {}))!.waiting;
      expect(waiting.toTakeIn).toBe(1);
      expect(await section.findByText('Changes waiting: 1 change from the other computers to take in.')).toBeInTheDocument();
      await user.click(section.getByRole('button', { name: 'Sync now' }));
      expect(await section.findByText('No changes waiting: this computer and the sync folder are in step.')).toBeInTheDocument();
    } finally {
      desktop.cleanup();
    }
  });
});
