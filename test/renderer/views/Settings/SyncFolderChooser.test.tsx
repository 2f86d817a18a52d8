// Settings → Sync's Choose… in the desktop app, over the real router and sync service in this process: the folder
// picked in the (stand-in) system dialog fills the field, and sync turns on through it. The browser host has no
// dialog and keeps the typed path only.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
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

/** The window on Settings, talking to a real host in this process whose folder dialog answers `picks` in turn. */
async function openSettings(hostKind: AppEnv['host'], picks: Array<string | null> = []) {
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
  render(<App env={{ stores, clock: () => host.clock.now(), locale: 'en-US', chartWidth: 640, host: hostKind }} />);
  const section = within(await screen.findByRole('region', { name: 'Sync' }));
  const form = within(await section.findByRole('form', { name: 'Set up sync' }));
  return { host, section, form, dialogs, user: userEvent.setup() };
}

function syncFolder(): string {
  const folder = makeScratchFolder('tl-sync-chosen-');
  cleanups.push(folder.remove);
  return folder.path;
}

// A whole window over a real host, typed into: past the default 5 s on a loaded machine.
describe('choosing the sync folder in Settings → Sync', { timeout: 20_000 }, () => {
  it('in the desktop app, Choose… fills the folder field from the folder dialog, and sync turns on through that folder', async () => {
    const chosen = syncFolder();
    const { host, section, form, user } = await openSettings('electron', [chosen]);
    const field = form.getByRole('textbox', { name: 'Sync folder (full path)' });
    await user.click(form.getByRole('button', { name: 'Choose…' }));
    expect(field).toHaveValue(chosen);
    expect(field).toHaveFocus();
    // Choosing alone starts nothing.
    expect(await host.call('sync.status', {})).toBeNull();

    await user.type(form.getByRole('textbox', { name: 'Name of this computer' }), 'Laptop');
    await user.click(form.getByRole('button', { name: 'Turn sync on' }));
    expect(await section.findByText(`Sync is on: this computer is “Laptop”, syncing through ${chosen}.`)).toBeInTheDocument();
    expect((await host.call('sync.status', {}))?.folder).toBe(chosen);
  });

  it('a cancelled dialog leaves the path typed so far as it was', async () => {
    const { form, dialogs, user } = await openSettings('electron', [null]);
    const field = form.getByRole('textbox', { name: 'Sync folder (full path)' });
    await user.type(field, '/home/ada/Sync');
    await user.click(form.getByRole('button', { name: 'Choose…' }));
    expect(dialogs).toHaveLength(1);
    expect(field).toHaveValue('/home/ada/Sync');
  });

  it('in the browser host there is no Choose…: the folder is typed', async () => {
    const { form } = await openSettings('browser');
    expect(form.getByRole('textbox', { name: 'Sync folder (full path)' })).toBeInTheDocument();
    expect(form.queryByRole('button', { name: /Choose/ })).not.toBeInTheDocument();
  });
});
