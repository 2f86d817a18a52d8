// The window on Settings → Sync over a real host in this process (the real router and sync service, a store in
// memory), for the sync tests that need the service's own answers rather than a fake's.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach } from 'vitest';
import { App } from '../../../../renderer/App';
import type { AppEnv } from '../../../../renderer/AppEnv';
import { createApi } from '../../../../renderer/api';
import { preloadViews } from '../../../../renderer/LazyView';
import { createStores } from '../../../../renderer/state/createStores';
import { startStores } from '../../../../renderer/state/startStores';
import { makeScratchFolder } from '../../../support/scratchFolder';
import { makeTestHost, type TestHost, type TestHostOptions } from '../../../support/testHost';

// Settings' code in before the first render, as in a window whose chunks are cached.
await preloadViews();

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const done of cleanups.splice(0)) done();
});

/**
 * The window on Settings, talking to a real host in this process whose folder dialog answers `picks` in turn;
 * `before` runs on the host before the window opens (sync set up, say).
 */
export async function openSyncSettings(hostKind: AppEnv['host'], picks: Array<string | null> = [], before?: (host: TestHost) => Promise<unknown>) {
  const dialogs: number[] = [];
  const picker: NonNullable<TestHostOptions['folderPicker']> = {
    chooseFolder: async () => {
      dialogs.push(dialogs.length);
      return picks.shift() ?? null;
    },
  };
  const host: TestHost = makeTestHost({ storage: 'memory', ...(hostKind === 'electron' ? { folderPicker: picker } : {}) });
  const api = createApi({ invoke: (channel, payload) => host.app.router.call(channel as never, payload), subscribe: (listener) => host.app.bus.subscribe(listener) });
  const stores = createStores(api, { notifier: null, initialHash: '#/settings' });
  const stop = startStores(api, stores, null);
  cleanups.push(() => {
    stop();
    host.cleanup();
  });
  await before?.(host);
  render(<App env={{ stores, clock: () => host.clock.now(), locale: 'en-US', chartWidth: 640, host: hostKind }} />);
  const section = within(await screen.findByRole('region', { name: 'Sync' }));
  return { host, section, dialogs, user: userEvent.setup(), setUpForm: async () => within(await section.findByRole('form', { name: 'Set up sync' })) };
}

export function syncFolder(): string {
  const folder = makeScratchFolder('tl-sync-chosen-');
  cleanups.push(folder.remove);
  return folder.path;
}

