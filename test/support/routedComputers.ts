// Two Timelocks, a laptop and a desktop, on their own data folders and one sync folder, set up through their routers as
// a host does (the app's own sync service, as a restore or a timer stopped elsewhere needs it). syncedComputers.ts
// (test/electron/sync) wires sync beside the app instead, for tests of sync alone. A file calls
// `afterEach(cleanupRoutedComputers)`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeTestHost, type TestHost } from './testHost';

const hosts: TestHost[] = [];
const dirs: string[] = [];

export function cleanupRoutedComputers(): void {
  for (const h of hosts.splice(0)) h.cleanup();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

/** Both on Berlin time and one clock reading; `round` lets each take in what the other wrote, `later` moves both clocks. */
export async function routedPair() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-routed-sync-'));
  dirs.push(folder);
  const laptop = makeTestHost({ idPrefix: 'lap-', timeZone: 'Europe/Berlin' });
  const desktop = makeTestHost({ idPrefix: 'desk-', timeZone: 'Europe/Berlin', start: laptop.clock.now() });
  hosts.push(laptop, desktop);
  await laptop.call('sync.setup', { folder, deviceName: 'Laptop' });
  await desktop.call('sync.setup', { folder, deviceName: 'Desktop' });
  const round = async () => {
    await laptop.call('sync.now', {});
    await desktop.call('sync.now', {});
    await laptop.call('sync.now', {});
  };
  const later = (ms: number) => {
    laptop.clock.advance(ms);
    desktop.clock.advance(ms);
  };
  return { laptop, desktop, round, later };
}
